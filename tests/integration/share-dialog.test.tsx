/**
 * "Share / embed": the dialog gives the link and both embed snippets of the current view, and
 * the choice between the compact embed (default) and the whole chart (full=1).
 */
import { fireEvent, screen, waitFor, within } from '@testing-library/react'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { ShareDialog } from '../../src/app/ShareDialog'
import { server } from '../../src/mocks/node'
import { DEFAULT_STATE } from '../../src/url/state'
import { renderWithProviders } from './render'

const field = (dialog: HTMLElement, name: RegExp) =>
  (within(dialog).getByRole('textbox', { name }) as HTMLTextAreaElement).value

beforeAll(() => server.listen({ onUnhandledFrame: 'error' }))
afterEach(() => server.resetHandlers())
afterAll(() => server.close())

describe('ShareDialog', () => {
  it('offers the compact embed of the current view, and the whole chart on request', async () => {
    renderWithProviders(
      <ShareDialog
        chart="age-cohorts"
        title="Favourability by age group"
        state={{ ...DEFAULT_STATE, age: '18-29', from: 2015 }}
      />,
    )
    fireEvent.click(screen.getByRole('button', { name: 'Share / embed' }))
    const dialog = screen.getByRole('dialog', { hidden: true })
    const iframe = () => field(dialog, /iframe/)
    const loader = () => field(dialog, /loader/)
    expect(iframe()).toContain('chart=age-cohorts&amp;age=18-29&amp;from=2015')
    expect(iframe()).not.toContain('full=1')
    expect(loader()).toContain('data-age="18-29"')
    expect(loader()).not.toContain('data-full')

    const whole = within(dialog).getByRole('checkbox', { name: /whole chart/ })
    expect((whole as HTMLInputElement).checked).toBe(false)
    fireEvent.click(whole)
    expect(iframe()).toContain('full=1')
    expect(loader()).toContain('data-full="1"')
    // the link is the reader's live dashboard view either way
    expect(field(dialog, /Link to this view/)).not.toContain('full')
    // the survey list arrives with the catalogue
    expect(await within(dialog).findByRole('combobox', { name: 'Survey sources' })).toBeTruthy()
  })

  it('embeds one direction or one survey on request, leaving the link alone', async () => {
    renderWithProviders(
      <ShareDialog chart="age-cohorts" title="Favourability by age group" state={DEFAULT_STATE} />,
    )
    fireEvent.click(screen.getByRole('button', { name: 'Share / embed' }))
    const dialog = screen.getByRole('dialog', { hidden: true })
    const embedUrl = () =>
      new URL(/src="([^"]+)"/.exec(field(dialog, /iframe/))![1]!.replace(/&amp;/g, '&'))
        .searchParams
    expect(embedUrl().get('respondents')).toBe('both')
    expect(embedUrl().has('sources')).toBe(false)

    fireEvent.change(within(dialog).getByRole('combobox', { name: 'Whose opinion' }), {
      target: { value: 'JP' },
    })
    expect(embedUrl().get('respondents')).toBe('JP')
    expect(field(dialog, /loader/)).toContain('data-respondents="JP"')

    // the surveys the data service lists, once loaded
    const survey = await within(dialog).findByRole('combobox', { name: 'Survey sources' })
    await waitFor(() => expect(within(survey).getAllByRole('option').length).toBeGreaterThan(2))
    const first = within(survey).getAllByRole('option')[1]!.getAttribute('value')!
    fireEvent.change(survey, { target: { value: first } })
    expect(embedUrl().get('sources')).toBe(first)
    expect(field(dialog, /loader/)).toContain(`data-sources="${first}"`)
    expect(field(dialog, /Link to this view/)).not.toMatch(/respondents|sources/)
  })
})
