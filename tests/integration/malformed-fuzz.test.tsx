/**
 * Malformed API bodies, generated with fast-check (fixed seed), through a real chart feature
 * (TourismFlows) with the app's providers and the MSW node server: the chart's place shows an
 * error (role=alert), no SVG data point is drawn from a malformed value, no attribute is NaN,
 * and nothing is thrown. One case also mutates a single series while the others stay valid.
 */
import { readFileSync } from 'node:fs'
import { screen, waitFor } from '@testing-library/react'
import fc from 'fast-check'
import { http, HttpResponse } from 'msw'
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest'
import { observationsResponseSchema } from '../../src/data/schemas'
import { TourismFlows } from '../../src/features/tourism/TourismFlows'
import { server } from '../../src/mocks/node'
import { DEFAULT_STATE } from '../../src/url/state'
import { renderWithProviders } from './render'

const SEED = 20260707
const CASES = 20

type Row = Record<string, unknown>
interface Body {
  seriesId: string
  observations: Row[]
}

const bodyCache = new Map<string, Body>()
function realBody(id: string): Body {
  let b = bodyCache.get(id)
  if (!b) {
    b = JSON.parse(readFileSync(`data/processed/observations/${id}.json`, 'utf8')) as Body
    bodyCache.set(id, b)
  }
  return b
}

/** A mutation of an observations body, applied to whichever series is requested. */
interface Mutation {
  label: string
  apply: (body: Body) => string
}

const RAW = '"\u0000RAW\u0000"'
const withRow = (body: Body, frac: number, edit: (row: Row) => Row): Body => {
  const i = Math.min(body.observations.length - 1, Math.floor(frac * body.observations.length))
  return {
    ...body,
    observations: body.observations.map((r, j) => (j === i ? edit({ ...r }) : r)),
  }
}

const badValue = fc.constantFrom<unknown>(
  'NaN',
  'Infinity',
  '12',
  null,
  true,
  {},
  [],
  [12],
  { value: 12 },
  '',
)
const rawToken = fc.constantFrom('NaN', 'Infinity', '-Infinity', '1e999', '-1e999', '0x1F', '.5')
const field = fc.constantFrom('value', 'period', 'ageGroup', 'sourceUrl', 'estimated', 'confidence')
const badFieldValue = fc.constantFrom<unknown>(
  undefined, // dropped
  null,
  42,
  'garbage',
  '2019-13',
  'javascript:alert(1)',
  ['x'],
  { nested: { deeper: [1, 2, { x: null }] } },
)

const mutationArb: fc.Arbitrary<Mutation> = fc.oneof(
  fc.tuple(fc.double({ min: 0, max: 0.999, noNaN: true }), badValue).map(([frac, v]) => ({
    label: `value=${JSON.stringify(v)}`,
    apply: (b: Body) => JSON.stringify(withRow(b, frac, (r) => ({ ...r, value: v }))),
  })),
  fc.tuple(fc.double({ min: 0, max: 0.999, noNaN: true }), rawToken).map(([frac, tok]) => ({
    label: `value=${tok} (raw)`,
    apply: (b: Body) =>
      JSON.stringify(withRow(b, frac, (r) => ({ ...r, value: '\u0000RAW\u0000' })))
        .split(RAW)
        .join(tok),
  })),
  fc
    .tuple(fc.double({ min: 0, max: 0.999, noNaN: true }), field, badFieldValue)
    .map(([frac, f, v]) => ({
      label: `${f}=${v === undefined ? '(dropped)' : JSON.stringify(v)}`,
      apply: (b: Body) =>
        JSON.stringify(
          withRow(b, frac, (r) => {
            if (v === undefined) delete r[f]
            else r[f] = v
            return r
          }),
        ),
    })),
  fc
    .constantFrom<[string, (b: Body) => unknown]>(
      ['observations={}', (b) => ({ ...b, observations: {} })],
      ['observations missing', (b) => ({ seriesId: b.seriesId })],
      ['seriesId=Not Kebab', (b) => ({ ...b, seriesId: 'Not Kebab' })],
      ['rows are numbers', (b) => ({ ...b, observations: b.observations.map((r) => r.value) })],
      ['body is an array', (b) => b.observations],
      ['body is null', () => null],
    )
    .map(([label, f]) => ({ label, apply: (b: Body) => JSON.stringify(f(b)) })),
  fc.tuple(fc.double({ min: 0.05, max: 0.95, noNaN: true })).map(([frac]) => ({
    label: `truncated at ${Math.round(frac * 100)}%`,
    apply: (b: Body) => {
      const t = JSON.stringify(b)
      return t.slice(0, Math.floor(t.length * frac))
    },
  })),
  fc.constantFrom<Mutation>(
    { label: 'html', apply: () => '<!doctype html><p>Bad gateway</p>' },
    { label: 'empty', apply: () => '' },
  ),
)

/** True when the text would be refused by the client (not JSON, or not the contract). */
function isMalformed(text: string): boolean {
  try {
    return !observationsResponseSchema.safeParse(JSON.parse(text)).success
  } catch {
    return true
  }
}

// Deterministic sample, keeping only bodies that really break the contract for the series
// TourismFlows loads (a dropped `note` may be harmless, for instance).
const TOURISM_PROBE = 'jnto-kr-visitors-to-jp'
const mutations = fc
  .sample(mutationArb, { seed: SEED, numRuns: CASES * 4 })
  .filter((m) => isMalformed(m.apply(realBody(TOURISM_PROBE))))
  .slice(0, CASES)

function useMutation(m: Mutation, only?: (id: string) => boolean) {
  server.use(
    http.get('*/api/v1/series/:id/observations', ({ params }) => {
      const id = String(params.id)
      const body = realBody(id)
      if (only && !only(id)) return HttpResponse.json(body)
      return new HttpResponse(m.apply(body), {
        status: 200,
        headers: { 'content-type': 'application/json' },
      })
    }),
  )
}

/** Every data mark drawn (points, lines, bars) in the feature's SVGs. */
function dataMarks(container: HTMLElement): Element[] {
  return [...container.querySelectorAll('svg circle, svg rect, svg path')]
}

function attributesWithNaN(container: HTMLElement): string[] {
  const bad: string[] = []
  for (const el of container.querySelectorAll('svg *'))
    for (const a of el.attributes)
      if (/NaN|Infinity|undefined/.test(a.value)) bad.push(`${el.tagName} ${a.name}=${a.value}`)
  return bad
}

const errors: unknown[] = []
const onError = (e: ErrorEvent) => errors.push(e.error ?? e.message)
let consoleError: ReturnType<typeof vi.spyOn>

beforeAll(() => {
  server.listen({ onUnhandledFrame: 'error' })
  window.addEventListener('error', onError)
})
afterEach(() => {
  server.resetHandlers()
  consoleError?.mockRestore()
})
afterAll(() => {
  server.close()
  window.removeEventListener('error', onError)
})

describe('malformed bodies through TourismFlows', () => {
  it('the sample is deterministic and large enough', () => {
    expect(mutations.length).toBe(CASES)
    expect(new Set(mutations.map((m) => m.label)).size).toBeGreaterThan(CASES / 2)
  })

  it.each(mutations.map((m, i) => [i, m.label, m] as const))(
    'case %i (%s): error state, no data point, nothing thrown',
    async (_i, _label, m) => {
      consoleError = vi.spyOn(console, 'error')
      errors.length = 0
      useMutation(m)
      const { container } = renderWithProviders(<TourismFlows state={DEFAULT_STATE} />)
      const alert = await screen.findByRole('alert', {}, { timeout: 5000 })
      expect(alert.textContent).toMatch(/unexpected shape|not JSON|not valid|could not/i)
      expect(dataMarks(container)).toEqual([])
      expect(attributesWithNaN(container)).toEqual([])
      expect(container.textContent).not.toMatch(/NaN|Infinity|undefined/)
      expect(errors).toEqual([])
      expect(consoleError).not.toHaveBeenCalled()
    },
    15_000,
  )

  it('one malformed series: the others draw, the bad one is named, no NaN anywhere', async () => {
    consoleError = vi.spyOn(console, 'error')
    errors.length = 0
    const m = mutations.find((x) => x.label.startsWith('value='))!
    useMutation(m, (id) => id === TOURISM_PROBE)
    const { container } = renderWithProviders(<TourismFlows state={DEFAULT_STATE} />)
    await waitFor(() => expect(dataMarks(container).length).toBeGreaterThan(0), { timeout: 5000 })
    expect(screen.queryByRole('alert')).toBeNull()
    const notice = screen
      .getAllByRole('status')
      .find((el) => el.classList.contains('notice') && el.textContent)
    // the partial-failure notice names the malformed series (its label, not its id)
    expect(notice?.textContent).toMatch(/could not be loaded: .*\(JNTO\)/)
    expect(attributesWithNaN(container)).toEqual([])
    expect(errors).toEqual([])
    expect(consoleError).not.toHaveBeenCalled()
  }, 15_000)
})
