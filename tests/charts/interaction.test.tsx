import { act, fireEvent, render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { AgeCohortsChart } from '../../src/charts/age-cohorts/age-cohorts-chart'
import { FavorabilityTrendChart } from '../../src/charts/favorability-trend/favorability-trend-chart'
import { OpinionVsTourismChart } from '../../src/charts/opinion-vs-tourism/opinion-vs-tourism-chart'
import { TourismFlowsChart } from '../../src/charts/tourism-flows/tourism-flows-chart'
import {
  BLUE,
  ORANGE,
  cohortBands,
  cohortGroups,
  tourismSeries,
  trendSeries,
} from '../fixtures/charts/cases'

function renderTrend() {
  return render(
    <FavorabilityTrendChart
      title="Favorability"
      source="Synthetic"
      data={{ series: trendSeries }}
    />,
  )
}

const tooltip = () => screen.getByRole('status', { hidden: true })

describe('keyboard navigation', () => {
  it('arrows move the focused point and the tooltip follows; Escape clears', async () => {
    const user = userEvent.setup()
    renderTrend()
    const surface = screen.getByRole('group', { name: 'Favorability' })
    expect(surface.getAttribute('tabindex')).toBe('0')
    expect(surface.getAttribute('aria-describedby')).toBeTruthy()
    // Tab order: legend buttons first, then the chart surface.
    for (let i = 0; i < 4; i++) await user.tab()
    expect(document.activeElement).toBe(surface)
    await user.keyboard('{ArrowRight}')
    expect(tooltip().textContent).toContain('Source A')
    expect(tooltip().textContent).toContain('2013')
    await user.keyboard('{ArrowRight}')
    expect(tooltip().textContent).toContain('2014')
    expect(tooltip().textContent).toContain('25%')
    await user.keyboard('{End}')
    expect(tooltip().textContent).toContain('2023')
    await user.keyboard('{ArrowDown}')
    expect(tooltip().textContent).toContain('Source B')
    expect(tooltip().textContent).toContain('2023')
    await user.keyboard('{ArrowDown}')
    expect(tooltip().textContent).toContain('Source C')
    await user.keyboard('{ArrowUp}{ArrowUp}{Home}')
    expect(tooltip().textContent).toContain('Source A')
    expect(tooltip().textContent).toContain('2013')
    await user.keyboard('{Escape}')
    expect(tooltip().textContent).toBe('')
  })

  it('tooltip shows who ran the wave, fieldwork, sample size and the estimated flag', async () => {
    const user = userEvent.setup()
    renderTrend()
    act(() => screen.getByRole('group', { name: 'Favorability' }).focus())
    await user.keyboard('{ArrowRight}')
    const text = tooltip().textContent ?? ''
    // no wave credit in the data: the series' source stands in
    expect(text).toContain('Run by: Synthetic source a')
    expect(text).toContain('Fieldwork: 2013-05 to 2013-06')
    expect(text).toContain('Sample size: 1,000')
    // 2021 is estimated: index 7.
    await user.keyboard('{ArrowRight>7/}')
    expect(tooltip().textContent).toContain('2021')
    expect(tooltip().textContent).toContain('Estimated')
  })
})

describe('tooltip sample size of an age band', () => {
  it('names the whole survey’s n as such and never as the point’s sample size', async () => {
    const user = userEvent.setup()
    const band = {
      ...trendSeries[0]!,
      points: [{ period: '2019', value: 45.7, sampleSize: null, surveySampleSize: 1608 }],
    }
    render(<FavorabilityTrendChart title="Band" source="Synthetic" data={{ series: [band] }} />)
    act(() => screen.getByRole('group', { name: 'Band' }).focus())
    await user.keyboard('{ArrowRight}')
    const text = tooltip().textContent ?? ''
    expect(text).toContain('45.7%')
    expect(text).toContain('Whole survey’s sample (this age group’s not published): 1,608')
    expect(text).not.toContain('Sample size:')
  })
})

describe('tooltip: wording, credit, confidence and page, one hover away', () => {
  it('says who ran the wave, the question, how sure the reading is and where it was read', async () => {
    const user = userEvent.setup()
    const s = {
      ...trendSeries[0]!,
      question: 'Impression of Japan: good or relatively good. Paraphrase.',
      points: [
        {
          period: '2025',
          value: 52.4,
          conductedBy: 'EAI with API and KEI',
          confidence: 'low' as const,
          sourceUrl: 'https://www.koreaherald.com/article/1',
        },
      ],
    }
    render(<FavorabilityTrendChart title="Wave" source="Synthetic" data={{ series: [s] }} />)
    act(() => screen.getByRole('group', { name: 'Wave' }).focus())
    await user.keyboard('{ArrowRight}')
    const text = tooltip().textContent ?? ''
    expect(text).toContain('Run by: EAI with API and KEI')
    expect(text).toContain('Question: Impression of Japan: good or relatively good. Paraphrase.')
    expect(text).toContain('Confidence: low (a forum, blog or machine translation, or derived)')
    expect(text).toContain('Read from: koreaherald.com')
  })
})

describe('legend', () => {
  it('hiding a series keeps the other colours', async () => {
    const user = userEvent.setup()
    const { container } = renderTrend()
    const strokes = () =>
      [...container.querySelectorAll('svg path[fill="none"]')].map((p) => p.getAttribute('stroke'))
    const before = strokes()
    expect(before).toContain(BLUE.light)
    expect(before).toContain(ORANGE.light)
    const button = screen.getByRole('button', { name: 'Source A' })
    expect(button.getAttribute('aria-pressed')).toBe('true')
    await user.click(button)
    expect(button.getAttribute('aria-pressed')).toBe('false')
    const after = strokes()
    expect(after).not.toContain(BLUE.light)
    expect(after.filter((s) => s === ORANGE.light)).toEqual(
      before.filter((s) => s === ORANGE.light),
    )
    await user.click(button)
    expect(strokes()).toEqual(before)
  })
})

describe('table and range', () => {
  it('shows a table of exactly the plotted rows, and the range narrows it', async () => {
    const user = userEvent.setup()
    renderTrend()
    await user.click(screen.getByRole('button', { name: 'Show table' }))
    const table = screen.getByRole('table')
    const total = trendSeries.reduce((n, s) => n + s.points.length, 0)
    expect(within(table).getAllByRole('row')).toHaveLength(total + 1)
    const from = screen.getByRole('slider', { name: /From/ })
    fireEvent.change(from, { target: { value: '2020' } })
    const rows = within(screen.getByRole('table')).getAllByRole('row').slice(1)
    expect(rows.length).toBeLessThan(total)
    expect(rows.every((r) => Number(r.children[1]!.textContent) >= 2020)).toBe(true)
    await user.click(screen.getByRole('button', { name: 'Reset range' }))
    expect(within(screen.getByRole('table')).getAllByRole('row')).toHaveLength(total + 1)
  })
})

describe('other charts', () => {
  it('tourism-flows switches mode and formats counts', async () => {
    const user = userEvent.setup()
    render(<TourismFlowsChart title="Visitors" data={{ series: tourismSeries }} />)
    expect(screen.getByRole('button', { name: 'Annual' }).getAttribute('aria-pressed')).toBe('true')
    await user.click(screen.getByRole('button', { name: 'Monthly' }))
    expect(screen.getByRole('button', { name: 'Monthly' }).getAttribute('aria-pressed')).toBe(
      'true',
    )
    act(() => screen.getByRole('group', { name: 'Visitors' }).focus())
    await user.keyboard('{ArrowRight}')
    expect(tooltip().textContent).toContain('Jan 2018')
  })

  it('opinion-vs-tourism shows every series at the shared year', async () => {
    const user = userEvent.setup()
    render(
      <OpinionVsTourismChart
        title="Opinion and visits"
        data={{ opinion: [trendSeries[1]!], tourism: tourismSeries.slice(0, 2) }}
      />,
    )
    act(() => screen.getByRole('group', { name: 'Opinion and visits' }).focus())
    await user.keyboard('{ArrowRight>4/}')
    const text = tooltip().textContent ?? ''
    expect(text).toContain('2019')
    expect(text).toContain('Source B')
    expect(text).toContain('KR → JP')
    expect(text).toContain('JP → KR')
  })

  it('age-cohorts: arrows move between waves and bands', async () => {
    const user = userEvent.setup()
    render(
      <AgeCohortsChart
        title="By age"
        data={{ groups: cohortGroups, bands: cohortBands }}
        highlightBand="18-29"
      />,
    )
    act(() => screen.getByRole('group', { name: 'By age' }).focus())
    await user.keyboard('{ArrowRight}')
    expect(tooltip().textContent).toContain('18-29')
    expect(tooltip().textContent).toContain('2015')
    await user.keyboard('{ArrowRight}')
    expect(tooltip().textContent).toContain('2023')
    expect(tooltip().textContent).toContain('45%')
    await user.keyboard('{ArrowDown}')
    expect(tooltip().textContent).toContain('30-39')
    await user.click(screen.getByRole('button', { name: 'Source A' }))
    expect(screen.getByRole('button', { name: 'Source A' }).getAttribute('aria-pressed')).toBe(
      'false',
    )
  })
})
