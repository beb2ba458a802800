/**
 * The focusable chart surface: a named group (tabIndex 0) that takes arrow keys. A chart is a
 * composite the user explores with the keyboard, like a grid; jsx-a11y cannot know that a
 * group is operable here, so its two rules are disabled for this one element only.
 */
import type { KeyboardEvent, ReactNode } from 'react'

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
