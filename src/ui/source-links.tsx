/**
 * A chart's source line whose names open their entry in "Sources and methodology": each
 * publisher links to `#source-<slug>`, the id of its entry (src/features/sources). The names
 * come from the API and are rendered as text, never as HTML.
 */
import { Fragment } from 'react'

/** The anchor id of a publisher's entry in "Sources and methodology". */
export function sourceAnchorId(org: string): string {
  let h = 0
  for (const ch of org) h = (Math.imul(h, 31) + (ch.codePointAt(0) ?? 0)) | 0
  const slug = org
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 48)
  // the hash keeps two names that slug alike (or have no Latin letters) apart
  return `source-${slug || 'org'}-${(h >>> 0).toString(36)}`
}

/**
 * Publishers joined by "; ", each a link to its methods entry: on this page, or on `page` (the
 * dashboard, from an embed), opened in a new tab.
 */
export function SourceLinks({
  names,
  page,
  labels,
}: {
  names: readonly string[]
  page?: string
  /** Shorter text for each name (compact embeds); the full name stays the link's tooltip. */
  labels?: readonly string[]
}) {
  const other = page ? { target: '_blank', rel: 'noopener noreferrer' } : {}
  return (
    <>
      {names.map((name, i) => {
        const text = labels?.[i] ?? name
        return (
          <Fragment key={name}>
            {i > 0 ? '; ' : null}
            <a
              href={`${page ? page.split('#')[0] : ''}#${sourceAnchorId(name)}`}
              title={text === name ? undefined : name}
              {...other}
            >
              {text}
            </a>
          </Fragment>
        )
      })}
    </>
  )
}
