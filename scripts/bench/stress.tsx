/**
 * Bench-only harness (built and served by `npm run bench`, never shipped): the favourability
 * trend chart, through the same chart component as the dashboard, on the deterministic stress
 * dataset (12 series × 720 monthly points). A radio pair swaps between two datasets of the same
 * size, standing in for the dashboard's cohort filter, so the bench can time a re-render.
 */
import { StrictMode, useState } from 'react'
import { createRoot } from 'react-dom/client'
import { FavorabilityTrendChart } from '../../src/charts/favorability-trend/favorability-trend-chart'
import { stressSeries } from '../../tests/fixtures/charts/stress'
import '../../src/styles/global.css'

const VARIANTS = { all: 42, '18–29': 43 } as const
type Variant = keyof typeof VARIANTS
// Generated once up front, so a timed re-render measures the chart, not the generator.
const DATA = {
  all: { series: stressSeries(12, 720, VARIANTS.all) },
  '18–29': { series: stressSeries(12, 720, VARIANTS['18–29']) },
}

function StressPage() {
  const [variant, setVariant] = useState<Variant>('all')
  const data = DATA[variant]
  return (
    <main className="page">
      <fieldset>
        <legend>Dataset</legend>
        {(Object.keys(VARIANTS) as Variant[]).map((v) => (
          <label key={v}>
            <input
              type="radio"
              name="variant"
              value={v}
              checked={variant === v}
              onChange={() => setVariant(v)}
            />
            <span>{v}</span>
          </label>
        ))}
      </fieldset>
      <section className="chart-card" data-chart="stress">
        <FavorabilityTrendChart
          title="Stress: 12 series × 720 months"
          source="Synthetic (tests/fixtures/charts/stress.ts)"
          data={data}
        />
      </section>
    </main>
  )
}

const root = document.getElementById('root')
if (root)
  createRoot(root).render(
    <StrictMode>
      <StressPage />
    </StrictMode>,
  )
