/** Defined by scripts/vite.embed.config.ts: `dataAsOf` of data/processed/manifest.json. */
declare const __ROKJP_DATA_AS_OF__: string | undefined
