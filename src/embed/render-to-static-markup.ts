/**
 * `react-dom/server`'s `renderToStaticMarkup` for the Preact embed build (aliased in
 * scripts/vite.embed.config.ts; preact-render-to-string is not a dependency). The chart export
 * renders SVG fragments to strings: here they are rendered into a detached <svg> with Preact and
 * serialised as XML, so text and attributes come out escaped and SVG elements keep their
 * namespace. Browser only, loaded with the export code on first download.
 */
import { render, type ComponentChild } from 'preact'

const SVG_NS = 'http://www.w3.org/2000/svg'
const XMLNS = ` xmlns="${SVG_NS}"`

export function renderToStaticMarkup(element: ComponentChild): string {
  const container = document.createElementNS(SVG_NS, 'svg')
  render(element, container)
  const serializer = new XMLSerializer()
  let out = ''
  for (const node of Array.from(container.childNodes))
    out += serializer.serializeToString(node).replace(XMLNS, '')
  render(null, container)
  return out
}

export const renderToString = renderToStaticMarkup
export default { renderToStaticMarkup, renderToString }
