/**
 * "Add to briefing pack" under a chart: puts the chart with the filters it shows into the pack
 * (or takes it out again), and says so in a status line with a link to the pack.
 */
import { useMemo, useState } from 'react'
import { useLocale } from '../../i18n/context'
import type { DashboardState } from '../../url/state'
import type { ChartId } from './chart-ids'
import { MAX_VIEWS, sameView, viewOf } from './pack'
import { useBriefingPack } from './pack-store'
import '../../styles/briefing-pack.css'

/** Anchor of the pack panel, for "See the pack". */
export const PACK_PANEL_ID = 'briefing-pack'

export function AddToPack({ chart, state }: { chart: ChartId; state: DashboardState }) {
  const { t } = useLocale()
  const pack = useBriefingPack()
  const view = useMemo(() => viewOf(chart, state), [chart, state])
  const inPack = pack.views.some((v) => sameView(v, view))
  const [said, setSaid] = useState<{ text: string; link: boolean; query: string } | null>(null)
  // a status about another view (the filters changed since) is stale
  const status = said && said.query === view.query ? said : null
  const setStatus = (next: { text: string; link: boolean }) =>
    setSaid({ ...next, query: view.query })

  const count = (n: number) => (n === 1 ? t('pack.countOne') : t('pack.countOther', { count: n }))
  const toggle = () => {
    if (inPack) {
      pack.remove(view)
      setStatus({ text: t('pack.removed', { count: count(pack.views.length - 1) }), link: false })
      return
    }
    const result = pack.add(view)
    if (result === 'full') setStatus({ text: t('pack.full', { max: MAX_VIEWS }), link: true })
    else setStatus({ text: t('pack.added', { count: count(pack.views.length + 1) }), link: true })
  }
  return (
    <span className="pack-add">
      <button
        type="button"
        className="button button--quiet pack-add__button"
        data-in-pack={inPack ? 'true' : undefined}
        onClick={toggle}
      >
        {inPack ? t('pack.remove') : t('pack.add')}
      </button>
      <span role="status" className="pack-add__status">
        {status ? (
          <>
            {status.text}
            {status.link && pack.views.length > 0 ? (
              <>
                {' '}
                <a href={`#${PACK_PANEL_ID}`}>{t('pack.see')}</a>
              </>
            ) : null}
          </>
        ) : null}
      </span>
    </span>
  )
}
