/** Walk any geometry and collect problems: non-finite numbers, "NaN"/"Infinity" in strings. */
export function findNonFinite(value: unknown, path = '$', out: string[] = []): string[] {
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) out.push(`${path} = ${value}`)
  } else if (typeof value === 'string') {
    if (/NaN|Infinity|undefined/.test(value)) out.push(`${path} = "${value}"`)
  } else if (Array.isArray(value)) {
    value.forEach((v, i) => findNonFinite(v, `${path}[${i}]`, out))
  } else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) findNonFinite(v, `${path}.${k}`, out)
  }
  return out
}

/** Number of M/L commands starting a subpath (a path with one M is one connected run). */
export function moveCount(d: string): number {
  return (d.match(/M/g) ?? []).length
}
