/**
 * The data version a build ships with: `dataAsOf` of data/processed/manifest.json, defined at
 * build time (vite.config.ts, scripts/vite.embed.config.ts). Share snippets pin embeds to it
 * (`asOf=`), and an embed pinned to an older version says its figures were updated since.
 * Null where the build had no manifest (then nothing is pinned).
 */
declare const __ROKJP_DATA_AS_OF__: string | null | undefined

export const BUILD_DATA_AS_OF: string | null =
  typeof __ROKJP_DATA_AS_OF__ === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(__ROKJP_DATA_AS_OF__)
    ? __ROKJP_DATA_AS_OF__
    : null
