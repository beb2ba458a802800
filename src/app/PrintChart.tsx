/**
 * Prints one chart card alone (with its caption and sources), or the whole page with the
 * browser's own Print. The print stylesheet hides everything but the marked card.
 */
import { useLocale } from '../i18n/context'

export function PrintChart({ target }: { target: string }) {
  const { t } = useLocale()
  const print = () => {
    document.body.dataset.printChart = target
    const clear = () => {
      delete document.body.dataset.printChart
      window.removeEventListener('afterprint', clear)
    }
    window.addEventListener('afterprint', clear)
    window.print()
  }
  return (
    <button type="button" className="button button--quiet print-chart" onClick={print}>
      {t('print.chart')}
    </button>
  )
}
