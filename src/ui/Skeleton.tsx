/** A placeholder that holds the space of content still loading, so nothing shifts when it arrives. */
export interface SkeletonProps {
  width?: string
  height?: string
  label?: string
}

export function Skeleton({ width = '100%', height = '1em', label }: SkeletonProps) {
  return (
    <span
      className="skeleton"
      style={{ width, height }}
      aria-hidden={label ? undefined : true}
      role={label ? 'status' : undefined}
      aria-label={label}
    />
  )
}
