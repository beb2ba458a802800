/**
 * "Share / embed": the dialog gives the link and both embed snippets of the current view, and
 * the choice between the compact embed (default) and the whole chart (full=1).
 */
import { fireEvent, screen, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { ShareDialog } from '../../src/app/ShareDialog'
import { DEFAULT_STATE } from '../../src/url/state'
import { renderWithProviders } from './render'

const field = (dialog: HTMLElement, name: RegExp) =>
  (within(dialog).getByRole('textbox', { name }) as HTMLTextAreaElement).value

describe('ShareDialog', () => {
  it('offers the compact embed of the current view, and the whole chart on request', () => {
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
  })
})
