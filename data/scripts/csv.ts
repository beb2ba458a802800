/**
 * Minimal RFC 4180 CSV reader that keeps the line number each record starts on, so every
 * validation error can name `file:line`. Accepts CRLF and LF (the raw files mix both).
 */

/** One CSV record: its fields by header name and the 1-based line it starts on. */
export interface CsvRecord {
  line: number
  fields: Record<string, string>
}

/** A parsed CSV file. `errors` lists structural problems as `line: reason`. */
export interface CsvTable {
  header: string[]
  records: CsvRecord[]
  errors: { line: number; reason: string }[]
}

/** Parse CSV text. Never throws: structural problems are returned in `errors`. */
export function parseCsv(text: string): CsvTable {
  const rows: { line: number; cells: string[] }[] = []
  const errors: { line: number; reason: string }[] = []
  let cells: string[] = []
  let cell = ''
  let inQuotes = false
  let line = 1
  let rowStart = 1
  let i = 0
  const src = text.startsWith('\uFEFF') ? text.slice(1) : text
  const endRow = () => {
    cells.push(cell)
    if (!(cells.length === 1 && cells[0] === '')) rows.push({ line: rowStart, cells })
    cells = []
    cell = ''
  }
  while (i < src.length) {
    const ch = src[i]
    if (inQuotes) {
      if (ch === '"') {
        if (src[i + 1] === '"') {
          cell += '"'
          i += 2
          continue
        }
        inQuotes = false
        i += 1
        continue
      }
      if (ch === '\n') line += 1
      cell += ch
      i += 1
      continue
    }
    if (ch === '"' && cell === '') {
      inQuotes = true
      i += 1
    } else if (ch === ',') {
      cells.push(cell)
      cell = ''
      i += 1
    } else if (ch === '\r' && src[i + 1] === '\n') {
      endRow()
      i += 2
      line += 1
      rowStart = line
    } else if (ch === '\n') {
      endRow()
      i += 1
      line += 1
      rowStart = line
    } else {
      cell += ch
      i += 1
    }
  }
  if (inQuotes) errors.push({ line: rowStart, reason: 'unterminated quoted field' })
  if (cell !== '' || cells.length > 0) endRow()

  const [head, ...body] = rows
  const header = head?.cells ?? []
  const records: CsvRecord[] = []
  for (const row of body) {
    if (row.cells.length !== header.length) {
      errors.push({
        line: row.line,
        reason: `expected ${header.length} fields, found ${row.cells.length}`,
      })
      continue
    }
    const fields: Record<string, string> = {}
    header.forEach((name, k) => {
      fields[name] = row.cells[k] ?? ''
    })
    records.push({ line: row.line, fields })
  }
  return { header, records, errors }
}
