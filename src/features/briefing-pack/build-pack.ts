/**
 * Makes a pack in the browser: each view's rows fetched through the dashboard's query cache
 * (what the page has loaded is not fetched again; a retry asks only for what failed), its
 * spec built as `npm run export` builds it, its page rendered by the chart kit's export
 * renderer, its image drawn as a 2× PNG the way the Download menu draws one. Loaded on the
 * first "Download PowerPoint" or "Print pack"; pptxgenjs is a further chunk, loaded only for
 * the PowerPoint file.
 */
import type { QueryClient } from '@tanstack/react-query'
import type { ChartLabels } from '../../charts/core/labels'
import { saveBlob, svgToPngBlob } from '../../charts/export/build'
import { eventsOptions, observationsOptions, seriesListOptions } from '../../data/queries'
import type { EventRow } from '../../data/schemas'
import { profileSeriesList } from '../../data/series-profile'
import type { Lang } from '../../domain/format'
import type { ChartStrings } from '../../i18n/chart-strings'
import type { DashboardState } from '../../url/state'
import type { ChartId } from './chart-ids'
import { buildChartSpec, chartRefs, EmptyViewError, viewLink, type SpecData } from './chart-spec'
import { renderPackPage, type PackPage } from './pack-page'
import type { PackSlide } from './pptx'
import { layoutSlide } from './slide-layout'

/** Which step of which view failed, for a message that names it. */
export type PackStep = 'data' | 'empty' | 'image' | 'load' | 'file'

export class PackError extends Error {
  override name = 'PackError'
  constructor(
    readonly step: PackStep,
    /** 0-based index of the view, or -1 for the pack as a whole. */
    readonly index: number,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options)
  }
}

export interface PackJobView {
  chart: ChartId
  state: DashboardState
}

export interface PackJob {
  client: QueryClient
  apiBase: string
  /** The dashboard's address without query or fragment: slides link back under it. */
  pageBase: string
  views: readonly PackJobView[]
  lang: Lang
  s: ChartStrings
  /** Appended to notes cut short on a slide. */
  more: string
  onProgress: (done: number, total: number) => void
}

/** The image's box on paper (mm): a portrait page less margins and text (styles/briefing-pack.css). */
const PAPER_BOX = { w: 186, h: 150 }

const message = (e: unknown) => (e instanceof Error ? e.message : String(e))

/** The rows one view's chart needs, through the query cache (all or nothing). */
async function viewData(job: PackJob, view: PackJobView): Promise<SpecData> {
  const { client, apiBase } = job
  const { series } = await client.fetchQuery(seriesListOptions(apiBase))
  const refs = chartRefs(view.chart, profileSeriesList(series, view.state.lang), view.state)
  const rows = await Promise.all(
    refs.map((r) => client.fetchQuery(observationsOptions(apiBase, r.id))),
  )
  // events annotate the plot; without them the chart still says everything (as on the page)
  let events: EventRow[] = []
  try {
    events = (await client.fetchQuery(eventsOptions(apiBase))).events
  } catch {
    events = []
  }
  return {
    series,
    observations: Object.fromEntries(refs.map((r, i) => [r.id, rows[i]?.observations ?? []])),
    events,
    leaders: [],
  }
}

/** One view as a page, its image sized for a slide or for paper. */
async function makePage(
  job: PackJob,
  view: PackJobView,
  i: number,
  target: 'slide' | 'paper',
  theme: 'light' | 'dark',
): Promise<PackPage> {
  let data: SpecData
  try {
    data = await viewData(job, view)
  } catch (e) {
    throw new PackError('data', i, message(e), { cause: e })
  }
  const labels: ChartLabels = job.s.labels
  try {
    const spec = buildChartSpec(
      data,
      {
        chart: view.chart,
        state: view.state,
        link: viewLink(view.state, job.pageBase, view.chart),
      },
      job.s,
    )
    return renderPackPage(spec, {
      chart: view.chart,
      box: target === 'slide' ? (text) => layoutSlide(text, labels, job.more).imageBox : PAPER_BOX,
      theme,
      lang: job.lang,
      labels,
    })
  } catch (e) {
    if (e instanceof EmptyViewError) throw new PackError('empty', i, e.message, { cause: e })
    throw new PackError('image', i, message(e), { cause: e })
  }
}

/** The pages of a printed pack (light, as paper is), one per view. */
export async function makePrintPages(job: PackJob): Promise<PackPage[]> {
  const pages: PackPage[] = []
  job.onProgress(0, job.views.length)
  for (const [i, view] of job.views.entries()) {
    pages.push(await makePage(job, view, i, 'paper', 'light'))
    job.onProgress(i + 1, job.views.length)
  }
  return pages
}

function base64Of(blob: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader()
    reader.onload = () => resolve(String(reader.result).replace(/^data:[^,]*,/, ''))
    reader.onerror = () => reject(reader.error ?? new Error('could not read the image'))
    reader.readAsDataURL(blob)
  })
}

/** The file name of a pack saved on `date` (the reader's day), e.g. rokjp-pulse_briefing-pack_2026-05-01.pptx. */
export function packFileName(lang: Lang, date = new Date()): string {
  const day = [
    date.getFullYear(),
    String(date.getMonth() + 1).padStart(2, '0'),
    String(date.getDate()).padStart(2, '0'),
  ].join('-')
  return `rokjp-pulse_briefing-pack_${day}${lang === 'en' ? '' : `_${lang}`}.pptx`
}

/**
 * Makes the PowerPoint file of the pack and saves it; resolves to its file name. Slides
 * follow the page's colours (`theme`); images are 2× PNGs.
 */
export async function downloadPackPptx(
  job: PackJob & { theme: 'light' | 'dark'; title: string },
): Promise<string> {
  const slides: PackSlide[] = []
  const total = job.views.length
  job.onProgress(0, total)
  for (const [i, view] of job.views.entries()) {
    const page = await makePage(job, view, i, 'slide', job.theme)
    try {
      const png = await svgToPngBlob(page.image, 2)
      slides.push({ page, pngBase64: await base64Of(png) })
    } catch (e) {
      throw new PackError('image', i, message(e), { cause: e })
    }
    job.onProgress(i + 1, total)
  }
  let pptx: typeof import('./pptx')
  try {
    pptx = await import('./pptx')
  } catch (e) {
    throw new PackError('load', -1, message(e), { cause: e })
  }
  try {
    const deck = pptx.buildPackDeck(slides, {
      lang: job.lang,
      theme: job.theme,
      labels: job.s.labels,
      title: job.title,
      more: job.more,
    })
    // an explicit type: pptxgenjs 4.0.1 mistakes a props object without one for the type itself
    const blob = (await deck.write({ outputType: 'blob' })) as Blob
    const name = packFileName(job.lang)
    saveBlob(blob, name)
    return name
  } catch (e) {
    throw new PackError('file', -1, message(e), { cause: e })
  }
}
