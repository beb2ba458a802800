/**
 * Structural colours (text, grid, background…) come from CSS custom properties with light
 * fallbacks, so the host page switches light/dark in CSS. For export (resvg has no CSS
 * variables) pass `LIGHT_THEME` or `DARK_THEME` with concrete colours.
 */
import type { ColorScheme, SeriesColor } from './types'

export interface ChartTheme {
  fg: string
  muted: string
  grid: string
  bg: string
  band: string
  highlight: string
  focus: string
  font: string
}

export const CSS_THEME: ChartTheme = {
  fg: 'var(--chart-fg, #1f2328)',
  muted: 'var(--chart-muted, #59636e)',
  grid: 'var(--chart-grid, #d8dee4)',
  bg: 'var(--chart-bg, #ffffff)',
  band: 'var(--chart-band, rgba(110, 119, 129, 0.14))',
  highlight: 'var(--chart-highlight, rgba(255, 196, 0, 0.22))',
  focus: 'var(--chart-focus, #0969da)',
  font: 'var(--chart-font, system-ui, -apple-system, "Segoe UI", "Noto Sans KR", "Noto Sans JP", sans-serif)',
}

export const LIGHT_THEME: ChartTheme = {
  fg: '#1f2328',
  muted: '#59636e',
  grid: '#d8dee4',
  bg: '#ffffff',
  band: 'rgba(110, 119, 129, 0.14)',
  highlight: 'rgba(255, 196, 0, 0.22)',
  focus: '#0969da',
  font: 'system-ui, sans-serif',
}

export const DARK_THEME: ChartTheme = {
  fg: '#e6edf3',
  muted: '#9198a1',
  grid: '#30363d',
  bg: '#121417',
  band: 'rgba(145, 152, 161, 0.16)',
  highlight: 'rgba(255, 196, 0, 0.18)',
  focus: '#4493f8',
  font: 'system-ui, sans-serif',
}

/** The mark colour for the scheme in use. */
export function pickColor(c: SeriesColor, scheme: ColorScheme): string {
  return scheme === 'dark' ? c.dark : c.light
}
