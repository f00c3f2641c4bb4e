// Storing figures read from CBS (statline.ts) as observations of one indicator, all or nothing: a file
// with one unusable line changes nothing, and the report names every such line. A value found again
// (same indicator, region and year) is updated in place, never added twice.
import type { PayloadRequest } from 'payload'

import { notifyInTransaction, queryInTransaction, sql } from '../db'
import { channel } from '../cache/notify'
import type { Problem, ReadResult } from './statline'

export type ImportReport = {
  result: 'imported' | 'refused'
  added: number
  updated: number
  unchanged: number
  skipped: number
  rejected: number
  /** What an editor reads: a summary line, then the refused and skipped lines (at most `shownLines` of each). */
  report: string
}

const shownLines = 50

const listed = (title: string, problems: Problem[]) =>
  problems.length
    ? [
        `${title}:`,
        ...problems.slice(0, shownLines).map(({ line, message }) => `- regel ${line}: ${message}`),
        ...(problems.length > shownLines ? [`- en nog ${problems.length - shownLines} regels.`] : []),
      ]
    : []

/** A report of an import that could not even start (a file that is too large, CBS unreachable). */
export function refusedReport(message: string): ImportReport {
  return { result: 'refused', added: 0, updated: 0, unchanged: 0, skipped: 0, rejected: 0, report: `Niet ingelezen: ${message} Er is niets veranderd.` }
}

/** The regions with a CBS code, by code (regions are public: no access override needed). */
export async function knownRegions(req: PayloadRequest): Promise<Map<string, number>> {
  const regions = await req.payload.find({ collection: 'regions', where: { cbsCode: { exists: true } }, pagination: false, depth: 0, select: { cbsCode: true }, req })
  return new Map(regions.docs.filter((region) => region.cbsCode).map((region) => [region.cbsCode!, region.id]))
}

/** Stores what was read for one indicator; `regionIds` from `knownRegions`. */
export async function storeFigures(req: PayloadRequest, indicator: number, read: ReadResult, regionIds: Map<string, number>): Promise<ImportReport> {
  const problems = [...read.problems]
  const seen = new Map<string, number>()
  for (const row of read.rows) {
    if (!regionIds.has(row.region)) problems.push({ line: row.line, message: `Regiocode “${row.region}” is onbekend in de kennisbank; voeg de regio toe of haal de regel weg.` })
    const key = `${row.region}/${row.year}`
    if (seen.has(key)) problems.push({ line: row.line, message: `${row.region} in ${row.year} staat ook al op regel ${seen.get(key)}.` })
    else seen.set(key, row.line)
  }
  problems.sort((a, b) => a.line - b.line)
  if (problems.length) {
    return {
      result: 'refused',
      added: 0,
      updated: 0,
      unchanged: 0,
      skipped: read.skipped.length,
      rejected: problems.length,
      report: [`Niet ingelezen: ${problems.length === 1 ? 'één regel is' : `${problems.length} regels zijn`} niet bruikbaar. Er is niets veranderd; verbeter het bestand en lees het opnieuw in.`, ...listed('Niet bruikbaar', problems), ...listed('Zonder waarde (overgeslagen)', read.skipped)].join('\n'),
    }
  }
  const rows = read.rows.map((row) => ({ region: regionIds.get(row.region)!, year: row.year, value: row.value, status: row.status }))
  // One statement: new values are added, changed ones updated, equal ones left alone (and not returned).
  const changed = rows.length
    ? await queryInTransaction<{ inserted: boolean }>(
        req,
        sql`INSERT INTO observations (indicator_id, region_id, year, value, status, updated_at, created_at)
          SELECT ${indicator}, r.region, r.year, r.value, r.status::enum_observations_status, now(), now()
          FROM jsonb_to_recordset(${JSON.stringify(rows)}::jsonb) AS r(region int, year int, value numeric, status text)
          ON CONFLICT (indicator_id, region_id, year) DO UPDATE SET value = EXCLUDED.value, status = EXCLUDED.status, updated_at = now()
            WHERE observations.value IS DISTINCT FROM EXCLUDED.value OR observations.status IS DISTINCT FROM EXCLUDED.status
          RETURNING (xmax = 0) AS inserted`,
      )
    : []
  const added = changed.filter((row) => row.inserted).length
  const updated = changed.length - added
  const unchanged = rows.length - changed.length
  if (changed.length) await notifyInTransaction(req, channel, JSON.stringify({ tags: ['observations', 'indicators', `indicators:${indicator}`] }))
  return {
    result: 'imported',
    added,
    updated,
    unchanged,
    skipped: read.skipped.length,
    rejected: 0,
    report: [
      `Ingelezen: ${added} toegevoegd, ${updated} bijgewerkt, ${unchanged} ongewijzigd${read.skipped.length ? `, ${read.skipped.length} zonder waarde overgeslagen` : ''}.`,
      ...listed('Zonder waarde (overgeslagen)', read.skipped),
    ].join('\n'),
  }
}
