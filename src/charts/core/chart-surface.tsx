/**
 * The focusable chart surface: a named group (tabIndex 0) that takes arrow keys. A chart is a
 * composite the user explores with the keyboard, like a grid; jsx-a11y cannot know that a
 * group is operable here, so its two rules are disabled for this one element only.
 */
import type { KeyboardEvent, ReactNode, RefObject } from 'react'

export interface ChartSurfaceProps {
  label: string
  describedBy: string
  description: string
  onKeyDown: (e: KeyboardEvent<HTMLElement>) => void
  onBlur: () => void
  children: ReactNode
}

export const visuallyHidden = {
  position: 'absolute',
  width: 1,
  height: 1,
  padding: 0,
  margin: -1,
  overflow: 'hidden',
  clip: 'rect(0 0 0 0)',
  whiteSpace: 'nowrap',
  border: 0,
} as const

export function ChartSurface(props: ChartSurfaceProps) {
  return (
    // eslint-disable-next-line jsx-a11y/no-noninteractive-element-interactions
    <div
      className="rjp-chart-surface"
      role="group"
      // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex
      tabIndex={0}
      aria-label={props.label}
      aria-describedby={props.describedBy}
      onKeyDown={props.onKeyDown}
      onBlur={props.onBlur}
    >
      <p id={props.describedBy} style={visuallyHidden}>
        {props.description}
      </p>
      {props.children}
    </div>
  )
}

export interface InteractivePlotProps extends Omit<ChartSurfaceProps, 'children'> {
  /** The measured container (see useChartSize). */
  plotRef: RefObject<HTMLDivElement | null>
  /** No focus, keys or tooltip: the plot alone. */
  isStatic?: boolean
  /** The tooltip, shown only when interactive. */
  tooltip: ReactNode
  /** The chart's SVG. */
  children: ReactNode
}

/** The measured plot container: the SVG on a focusable surface with its tooltip, or alone when static. */
export function InteractivePlot(props: InteractivePlotProps) {
  const { plotRef, isStatic, tooltip, children, ...surface } = props
  return (
    <div ref={plotRef} style={{ position: 'relative', width: '100%' }}>
      {isStatic ? children : <ChartSurface {...surface}>{children}</ChartSurface>}
      {isStatic ? null : tooltip}
    </div>
  )
}
