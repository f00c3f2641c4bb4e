// Reading figures in the formats CBS publishes them in, into plain rows (region code, year, value,
// status) with every problem named by line. Storing them is import.ts's work.
//
// - StatLine CSV: semicolon separated, quoted headers, decimal comma, region codes padded with spaces
//   ("PV30    "), periods as "2022JJ00" (or "2022" with "*" for provisional, as StatLine's own export
//   writes them), "." for a value that is missing and "x" for one that is kept secret.
// - OData v3 (opendata.cbs.nl/ODataApi/odata/{table}): `TypedDataSet` pages of JSON rows, one column
//   per measure, the next page in `odata.nextLink`; the status of a period in `Perioden`.
// - OData v4 (odata4.cbs.nl/CBS/{table}): `Observations`, one row per value with `Measure`,
//   `Value` and `ValueAttribute`, pages in `@odata.nextLink`; statuses in `PeriodenCodes`.
import { parse } from 'csv-parse/sync'

export type ObservationStatus = 'definitive' | 'provisional' | 'revised-provisional'

export type FigureRow = { line: number; region: string; year: number; value: number; status: ObservationStatus }
export type Problem = { line: number; message: string }

export type ReadResult = {
  rows: FigureRow[]
  /** Values CBS left out ("." missing, "x" secret): not an error, and nothing stored for them. */
  skipped: Problem[]
  /** Lines that make the file unusable; any one of them refuses the whole import. */
  problems: Problem[]
}

/** Periods of one year: "2022JJ00" (a code) or "2022" (a title), "*" provisional and "**" revised provisional. */
const yearPeriod = /^(\d{4})(?:JJ00)?(\*{0,2})$/
const otherPeriod = /^\d{4}(KW|MM|HJ|X|G)\d*/

function readStatus(marks: string, status: string | undefined): ObservationStatus | null {
  const named = (status ?? '').trim().toLowerCase()
  if (named === 'nader voorlopig' || marks === '**') return 'revised-provisional'
  if (named === 'voorlopig' || marks === '*') return 'provisional'
  if (named === '' || named === 'definitief') return 'definitive'
  return null
}

type Cell = { line: number; region: unknown; period: unknown; value: unknown; status?: unknown }

/** One row to a figure, a skipped value or a problem. Numbers arrive as text (CSV) or as JSON numbers (OData). */
function readCell(cell: Cell, result: ReadResult, periodStatus: Map<string, string> = new Map()): void {
  const { line } = cell
  const region = typeof cell.region === 'string' ? cell.region.trim() : ''
  const period = typeof cell.period === 'string' ? cell.period.trim() : ''
  if (!region) return void result.problems.push({ line, message: 'De regiocode ontbreekt.' })
  const match = yearPeriod.exec(period)
  if (!match) {
    const message = otherPeriod.test(period)
      ? `Periode “${period}” is geen heel jaar; alleen jaarcijfers (zoals 2022JJ00) worden ingelezen.`
      : `Periode “${period.slice(0, 20)}” wordt niet herkend; verwacht is een jaar zoals 2022JJ00 of 2022.`
    return void result.problems.push({ line, message })
  }
  const status = readStatus(match[2]!, typeof cell.status === 'string' ? cell.status : periodStatus.get(period.replace(/\*+$/, '')))
  if (!status) return void result.problems.push({ line, message: `Status “${String(cell.status).slice(0, 30)}” wordt niet herkend; verwacht is Definitief, Voorlopig of Nader voorlopig.` })
  const year = Number(match[1])
  let value: number
  if (typeof cell.value === 'number' && Number.isFinite(cell.value)) value = cell.value
  else if (cell.value === null || cell.value === undefined) return void result.skipped.push({ line, message: `Geen waarde voor ${region} in ${year}.` })
  else {
    const text = String(cell.value).trim()
    if (text === '.' || text === '') return void result.skipped.push({ line, message: `Geen waarde voor ${region} in ${year} (“${text || 'leeg'}”).` })
    if (text === 'x') return void result.skipped.push({ line, message: `Waarde voor ${region} in ${year} is geheim (“x”).` })
    if (!/^-?\d+(?:[,.]\d+)?$/.test(text)) return void result.problems.push({ line, message: `“${text.slice(0, 30)}” is geen getal (gebruik bijvoorbeeld 87,9).` })
    value = Number(text.replace(',', '.'))
  }
  result.rows.push({ line, region, year, value, status })
}

const header = (value: string) => value.trim().replace(/^\uFEFF/, '')
const regionHeaders = ['regios', "regio's", 'regio', 'regioaanduiding', 'gemeente', 'wijkenenbuurten']
const isRegion = (name: string) => regionHeaders.includes(name.toLowerCase().replace(/\s+/g, ''))
const isPeriod = (name: string) => /^perioden?$/i.test(name)
const isStatus = (name: string) => /^status$/i.test(name)
const isId = (name: string) => /^id$/i.test(name)

/**
 * A StatLine CSV file. `measure` names the column with the values (its header as in the file); it may
 * be left out when the file has one column besides region, period, status and ID.
 */
export function readStatlineCsv(text: string, measure?: string | null): ReadResult {
  const result: ReadResult = { rows: [], skipped: [], problems: [] }
  let records: string[][]
  try {
    records = parse(text.replace(/^\uFEFF/, ''), { delimiter: [';'], relax_column_count: true, skip_empty_lines: true, bom: true })
  } catch (error) {
    const line = (error as { lines?: number }).lines ?? 1
    result.problems.push({ line, message: 'Het bestand is geen geldig CSV-bestand met puntkomma’s als scheidingsteken.' })
    return result
  }
  const [head, ...body] = records
  if (!head || head.length < 3) {
    result.problems.push({ line: 1, message: 'De eerste regel moet de kolomnamen bevatten, gescheiden door puntkomma’s (zoals "Regio\'s";"Perioden";"Waarde").' })
    return result
  }
  const names = head.map(header)
  const regionAt = names.findIndex(isRegion)
  const periodAt = names.findIndex(isPeriod)
  const statusAt = names.findIndex(isStatus)
  const valueColumns = names.map((name, i) => ({ name, i })).filter(({ name, i }) => i !== regionAt && i !== periodAt && !isStatus(name) && !isId(name))
  const wanted = measure?.trim()
  const valueAt = wanted ? valueColumns.find(({ name }) => name === wanted)?.i : valueColumns.length === 1 ? valueColumns[0]!.i : undefined
  if (regionAt < 0) result.problems.push({ line: 1, message: 'De kolom met regiocodes ontbreekt (kopje “RegioS” of “Regio’s”).' })
  if (periodAt < 0) result.problems.push({ line: 1, message: 'De kolom met perioden ontbreekt (kopje “Perioden”).' })
  if (valueAt === undefined && !result.problems.length)
    result.problems.push({
      line: 1,
      message: wanted
        ? `De kolom “${wanted}” staat niet in het bestand. Kolommen: ${valueColumns.map(({ name }) => `“${name}”`).join(', ') || 'geen'}.`
        : `Kies welke kolom de waarden bevat (veld Kolom): ${valueColumns.map(({ name }) => `“${name}”`).join(', ') || 'het bestand heeft geen kolom met waarden'}.`,
    })
  if (result.problems.length) return result
  body.forEach((record, index) => {
    const line = index + 2
    if (record.length !== head.length) return void result.problems.push({ line, message: `Deze regel heeft ${record.length} kolommen in plaats van ${head.length}.` })
    readCell({ line, region: record[regionAt], period: record[periodAt], value: record[valueAt!], status: statusAt >= 0 ? record[statusAt] : undefined }, result)
  })
  if (!body.length) result.problems.push({ line: 2, message: 'Het bestand bevat geen regels met cijfers.' })
  return result
}

/** Where to fetch a table and which of its values. */
export type ODataSource = {
  baseUrl: string
  table: string
  measure: string
  /** The region codes to fetch (the kennisbank's regions); CBS tables hold every region of the country. */
  regions: string[]
  /** The dimension with the region codes; `RegioS` in the regional tables. */
  regionDimension?: string
  fetch?: typeof fetch
}

export class SourceError extends Error {}

const tablePattern = /^[0-9A-Za-z]{5,12}$/
const measurePattern = /^[A-Za-z_][A-Za-z0-9_]{0,99}$/

async function getJson(url: string, fetcher: typeof fetch): Promise<Record<string, unknown>> {
  let response: Response
  try {
    response = await fetcher(url, { headers: { accept: 'application/json' }, signal: AbortSignal.timeout(30_000) })
  } catch (error) {
    throw new SourceError(`CBS is niet bereikbaar (${new URL(url).host}): ${(error as Error).message}`)
  }
  if (response.status === 404) throw new SourceError(`CBS kent deze tabel of kolom niet (${response.status} op ${new URL(url).pathname}).`)
  if (!response.ok) throw new SourceError(`CBS antwoordde met status ${response.status} op ${new URL(url).pathname}.`)
  try {
    return (await response.json()) as Record<string, unknown>
  } catch {
    throw new SourceError(`CBS stuurde geen geldige JSON terug op ${new URL(url).pathname}.`)
  }
}

function checkSource(source: ODataSource): void {
  if (!tablePattern.test(source.table)) throw new SourceError(`“${source.table}” is geen CBS-tabelnummer (zoals 70072ned).`)
  if (!measurePattern.test(source.measure)) throw new SourceError(`“${source.measure}” is geen kolom- of maatcode van CBS (zoals M000352 of Bevolking_1).`)
  if (!source.regions.every((code) => /^[A-Z]{2}\d{2,4}$/.test(code))) throw new SourceError('Een regiocode van de kennisbank is ongeldig.')
}

/** Every page of an OData answer, following the next links (at most `maxPages`, against a link that never ends). */
async function allPages(first: string, nextKey: string, fetcher: typeof fetch, maxPages = 50): Promise<Record<string, unknown>[]> {
  const rows: Record<string, unknown>[] = []
  let url: string | undefined = first
  for (let page = 0; url && page < maxPages; page++) {
    const body = await getJson(url, fetcher)
    if (!Array.isArray(body.value)) throw new SourceError('Het antwoord van CBS heeft geen lijst “value”.')
    rows.push(...(body.value as Record<string, unknown>[]))
    const next = body[nextKey]
    url = typeof next === 'string' && next ? new URL(next, url).href : undefined
  }
  return rows
}

/** A region filter as OData writes it: CBS pads region keys with spaces, so `startswith` instead of `eq`. */
const regionFilter = (dimension: string, codes: string[]) => `(${codes.map((code) => `startswith(${dimension},'${code}')`).join(' or ')})`

/** StatLine OData v3: `{base}/{table}/TypedDataSet?$select=…&$filter=…` and the period statuses from `{base}/{table}/Perioden`. */
export async function readODataV3(source: ODataSource): Promise<ReadResult> {
  checkSource(source)
  const fetcher = source.fetch ?? fetch
  const dimension = source.regionDimension ?? 'RegioS'
  const base = `${source.baseUrl}/${source.table}`
  const query = new URLSearchParams({ $select: `${dimension},Perioden,${source.measure}`, $filter: regionFilter(dimension, source.regions), $format: 'json' })
  const [rows, periods] = await Promise.all([allPages(`${base}/TypedDataSet?${query}`, 'odata.nextLink', fetcher), allPages(`${base}/Perioden?$format=json`, 'odata.nextLink', fetcher)])
  const statuses = new Map(periods.map((period) => [String(period.Key ?? '').trim(), String(period.Status ?? '')]))
  const result: ReadResult = { rows: [], skipped: [], problems: [] }
  rows.forEach((row, index) => {
    if (!(source.measure in row)) return void result.problems.push({ line: index + 1, message: `De kolom “${source.measure}” ontbreekt in het antwoord van CBS.` })
    readCell({ line: index + 1, region: row[dimension], period: row.Perioden, value: row[source.measure] }, result, statuses)
  })
  return result
}

/** OData v4: `{base}/{table}/Observations?$filter=Measure eq '…' and …` and the statuses from `{base}/{table}/PeriodenCodes`. */
export async function readODataV4(source: ODataSource): Promise<ReadResult> {
  checkSource(source)
  const fetcher = source.fetch ?? fetch
  const dimension = source.regionDimension ?? 'RegioS'
  const base = `${source.baseUrl}/${source.table}`
  const query = new URLSearchParams({ $filter: `Measure eq '${source.measure}' and ${regionFilter(dimension, source.regions)}` })
  const [rows, periods] = await Promise.all([allPages(`${base}/Observations?${query}`, '@odata.nextLink', fetcher), allPages(`${base}/PeriodenCodes`, '@odata.nextLink', fetcher)])
  const statuses = new Map(periods.map((period) => [String(period.Identifier ?? '').trim(), String(period.Status ?? '')]))
  const result: ReadResult = { rows: [], skipped: [], problems: [] }
  rows.forEach((row, index) => {
    // ValueAttribute: "None" for a value, "Missing" or "Confidential" when CBS leaves it out.
    const attribute = String(row.ValueAttribute ?? 'None')
    const value = attribute === 'None' ? row.Value : null
    readCell({ line: index + 1, region: row[dimension], period: row.Perioden, value }, result, statuses)
  })
  return result
}
