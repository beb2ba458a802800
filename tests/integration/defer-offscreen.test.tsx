/**
 * DeferOffscreen: on screen, a change is drawn at once; off screen it waits for the paint and
 * an idle moment (marked aria-busy meanwhile), and it is never left stale: it catches up on
 * its own, and at once when it scrolls into view or an update moves it into view.
 */
import { act, render, screen, waitFor } from '@testing-library/react'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { DeferOffscreen } from '../../src/ui/DeferOffscreen'

/** A controllable IntersectionObserver: `setVisible(false)` reports every target off screen. */
let observers: { cb: IntersectionObserverCallback; targets: Element[] }[] = []
function setVisible(visible: boolean) {
  act(() => {
    for (const o of observers)
      o.cb(
        o.targets.map(
          (target) => ({ target, isIntersecting: visible }) as IntersectionObserverEntry,
        ),
        {} as IntersectionObserver,
      )
  })
}

/** Where the box is: its rect, as the layout-effect check reads it. */
let top = 0
beforeEach(() => {
  observers = []
  top = 0
  vi.stubGlobal(
    'IntersectionObserver',
    class {
      private entry: { cb: IntersectionObserverCallback; targets: Element[] }
      constructor(cb: IntersectionObserverCallback) {
        this.entry = { cb, targets: [] }
        observers.push(this.entry)
      }
      observe(el: Element) {
        this.entry.targets.push(el)
      }
      disconnect() {}
      unobserve() {}
      takeRecords() {
        return []
      }
    },
  )
  vi.spyOn(HTMLElement.prototype, 'getBoundingClientRect').mockImplementation(
    () => ({ top, bottom: top + 100, left: 0, right: 100, width: 100, height: 100 }) as DOMRect,
  )
  Object.defineProperty(window, 'innerHeight', { value: 900, configurable: true })
})
afterEach(() => {
  vi.unstubAllGlobals()
  vi.restoreAllMocks()
})

const Box = ({ n }: { n: number }) => (
  <DeferOffscreen>
    <p>view {n}</p>
  </DeferOffscreen>
)

describe('DeferOffscreen', () => {
  it('draws a change at once while on screen', () => {
    const { rerender, container } = render(<Box n={1} />)
    rerender(<Box n={2} />)
    expect(screen.getByText('view 2')).toBeTruthy()
    expect(container.querySelector('[aria-busy]')).toBeNull()
  })

  it('off screen, keeps the last view (aria-busy) until after the paint, then catches up', async () => {
    top = 5000
    const { rerender, container } = render(<Box n={1} />)
    setVisible(false)
    rerender(<Box n={2} />)
    // the update itself left the box alone…
    expect(screen.getByText('view 1')).toBeTruthy()
    const box = container.querySelector('[data-defer]')!
    expect(box.getAttribute('aria-busy')).toBe('true')
    expect(box.hasAttribute('data-pending')).toBe(true)
    // …and it follows once the frame is painted and the page idle
    await waitFor(() => expect(screen.getByText('view 2')).toBeTruthy())
    expect(box.hasAttribute('aria-busy')).toBe(false)
  })

  it('a waiting box that scrolls into view is drawn at once', () => {
    top = 5000
    const { rerender } = render(<Box n={1} />)
    setVisible(false)
    rerender(<Box n={2} />)
    expect(screen.getByText('view 1')).toBeTruthy()
    setVisible(true)
    expect(screen.getByText('view 2')).toBeTruthy()
  })

  it('a box the update itself moves into view is drawn in the same commit', () => {
    top = 5000
    const { rerender } = render(<Box n={1} />)
    setVisible(false)
    // the content above shrank: the box now sits inside the viewport, though the observer
    // has not said so yet
    top = 400
    rerender(<Box n={2} />)
    expect(screen.getByText('view 2')).toBeTruthy()
  })

  it('a waiting box scrolled into view is drawn in the scroll, before any frame shows it', () => {
    top = 5000
    const { rerender } = render(<Box n={1} />)
    setVisible(false)
    rerender(<Box n={2} />)
    expect(screen.getByText('view 1')).toBeTruthy()
    top = 300 // the reader pressed End, followed a link, or tabbed into it
    act(() => {
      window.dispatchEvent(new Event('scroll'))
    })
    expect(screen.getByText('view 2')).toBeTruthy()
  })

  it('a second update that moves a still-waiting box into view draws it at once', () => {
    top = 5000
    const { rerender } = render(<Box n={1} />)
    setVisible(false)
    rerender(<Box n={2} />)
    expect(screen.getByText('view 1')).toBeTruthy()
    top = 200
    rerender(<Box n={3} />)
    expect(screen.getByText('view 3')).toBeTruthy()
  })
})
