/**
 * The filter bar: age cohort first (the main use), then whose opinion, survey sources and
 * years. Every control writes to the URL state; nothing here fetches.
 */
import { memo, useId, useMemo, type ReactNode } from 'react'
import { sourceFamilies } from '../../data/chart-inputs'
import { useSeriesProfiles } from '../../data/use-series-data'
import { COHORTS } from '../../domain/age-bands'
import { useLocale } from '../../i18n/context'
import {
  DEFAULT_STATE,
  MAX_YEAR,
  MEASURES,
  MIN_YEAR,
  RESPONDENTS,
  type DashboardState,
} from '../../url/state'

export interface FiltersProps {
  state: DashboardState
  onChange: (next: Partial<DashboardState>) => void
  /** Extra actions at the end of the bar (e.g. "Copy link"). */
  actions?: ReactNode
}

const LAST_DATA_YEAR = 2026
const YEARS = Array.from(
  { length: Math.min(LAST_DATA_YEAR, MAX_YEAR) - MIN_YEAR + 1 },
  (_, i) => MIN_YEAR + i,
)

export function Filters({ state, onChange, actions }: FiltersProps) {
  const { t, lang } = useLocale()
  const id = useId()
  // the opinion sources the data service lists, in legend order
  const profiles = useSeriesProfiles(lang)
  const sourceOptions = useMemo(() => sourceFamilies(profiles), [profiles])
  return (
    <section className="filters" aria-label={t('filters.label')}>
      <CohortField name={`${id}-age`} age={state.age} onChange={onChange} />
      <div className="filters__row">
        <OtherFields
          respondents={state.respondents}
          measure={state.measure}
          from={state.from}
          to={state.to}
          sources={state.sources}
          sourceOptions={sourceOptions}
          onChange={onChange}
        />
        {actions}
      </div>
    </section>
  )
}

/**
 * The cohort buttons. Memoised, like {@link OtherFields}: a click re-renders only the field it
 * changed (the year lists alone are ~90 options), so the frame goes to the charts.
 */
const CohortField = memo(function CohortField({
  name,
  age,
  onChange,
}: {
  name: string
  age: DashboardState['age']
  onChange: FiltersProps['onChange']
}) {
  const { t, charts: s } = useLocale()
  return (
    <fieldset className="filters__cohort">
      <legend>{t('filters.age')}</legend>
      <div className="segmented">
        {COHORTS.map((c) => (
          <label
            key={c.id}
            className={age === c.id ? 'segmented__item is-active' : 'segmented__item'}
          >
            <input
              type="radio"
              name={name}
              value={c.id}
              checked={age === c.id}
              onChange={() => onChange({ age: c.id })}
            />
            <span>{s.cohorts[c.id]}</span>
          </label>
        ))}
      </div>
    </fieldset>
  )
})

type OtherFieldsProps = Pick<
  DashboardState,
  'respondents' | 'measure' | 'from' | 'to' | 'sources'
> & {
  sourceOptions: readonly { family: string; label: string }[]
  onChange: FiltersProps['onChange']
}

/** Whose opinion, measure, years, sources and reset. */
const OtherFields = memo(function OtherFields({
  respondents,
  measure,
  from,
  to,
  sources,
  sourceOptions,
  onChange,
}: OtherFieldsProps) {
  const { t, charts: s } = useLocale()
  const toggleSource = (family: string) => {
    const set = new Set(sources)
    if (set.has(family)) set.delete(family)
    else set.add(family)
    onChange({ sources: [...set].sort() })
  }
  return (
    <>
      <label className="filters__field">
        <span>{t('filters.respondents')}</span>
        <select
          value={respondents}
          onChange={(e) =>
            onChange({ respondents: e.target.value as DashboardState['respondents'] })
          }
        >
          {RESPONDENTS.map((r) => (
            <option key={r} value={r}>
              {s.respondents[r]}
            </option>
          ))}
        </select>
      </label>
      <label className="filters__field">
        <span>{s.measureFilter}</span>
        <select
          value={measure}
          onChange={(e) => onChange({ measure: e.target.value as DashboardState['measure'] })}
        >
          {MEASURES.map((m) => (
            <option key={m} value={m}>
              {s.measures[m].label}
            </option>
          ))}
        </select>
      </label>
      <YearField
        label={t('filters.from')}
        open={t('filters.start')}
        value={from}
        years={YEARS.filter((y) => to === null || y <= to)}
        onChange={(year) => onChange({ from: year })}
      />
      <YearField
        label={t('filters.to')}
        open={t('filters.end')}
        value={to}
        years={YEARS.filter((y) => from === null || y >= from)}
        onChange={(year) => onChange({ to: year })}
      />
      <details className="filters__sources">
        <summary>
          {t('filters.sources')}: {sources.length === 0 ? t('filters.allSources') : sources.length}
        </summary>
        <div className="filters__source-list">
          {sourceOptions.map(({ family, label }) => (
            <label key={family}>
              <input
                type="checkbox"
                checked={sources.includes(family)}
                onChange={() => toggleSource(family)}
              />{' '}
              {label}
            </label>
          ))}
        </div>
      </details>
      <button
        type="button"
        className="button button--quiet"
        onClick={() =>
          onChange({
            age: DEFAULT_STATE.age,
            from: null,
            to: null,
            respondents: DEFAULT_STATE.respondents,
            sources: [],
            measure: DEFAULT_STATE.measure,
          })
        }
      >
        {t('filters.reset')}
      </button>
    </>
  )
})

/** One end of the year range: a year, or open (`null`: the first or the latest data). */
function YearField({
  label,
  open,
  value,
  years,
  onChange,
}: {
  label: string
  /** The label of the open end ("Start", "Latest"). */
  open: string
  value: number | null
  years: readonly number[]
  onChange: (year: number | null) => void
}) {
  return (
    <label className="filters__field">
      <span>{label}</span>
      <select
        value={value ?? ''}
        onChange={(e) => onChange(e.target.value ? Number(e.target.value) : null)}
      >
        <option value="">{open}</option>
        {years.map((y) => (
          <option key={y} value={y}>
            {y}
          </option>
        ))}
      </select>
    </label>
  )
}
