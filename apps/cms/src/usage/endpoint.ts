// POST /api/usage — what the portal counted since its last report (apps/web/server/usage.js): page views
// per day and page, searches per day and query with their number of results. Only the portal may call it
// (the shared PORTAL_API_KEY). Each kind is added in one statement (INSERT … ON CONFLICT … DO UPDATE SET
// views = views + excluded.views), so reports of several portal processes at once add up exactly.
import { noStore, PublicError } from '../api/answers'
import { publicEndpoint, readJsonObject } from '../api/public'
import { fromPortal } from '../api/rate-limit'
import { query, sql } from '../db'
import { messages } from '../messages'

const maxCount = 1_000_000
const dayMs = 24 * 60 * 60 * 1000

/** A day the portal may report: today or the two days before (a report can be late), as YYYY-MM-DD. */
function isRecentDay(value: unknown, now = Date.now()): value is string {
  if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return false
  const at = Date.parse(`${value}T12:00:00Z`)
  return Number.isFinite(at) && at > now - 3 * dayMs && at < now + dayMs
}
const isCount = (value: unknown, min = 1): value is number => Number.isInteger(value) && (value as number) >= min && (value as number) <= maxCount

/** The rows of one kind, checked, with the same day and key added together (one statement may touch a row once). */
function rows<K extends string>(list: unknown, key: K, check: (value: unknown) => boolean, counts: string[]): Record<string, string | number>[] {
  if (list === undefined) return []
  if (!Array.isArray(list) || list.length > 5000) throw new PublicError(400, messages.usage.invalid)
  const merged = new Map<string, Record<string, string | number>>()
  for (const row of list as Record<string, unknown>[]) {
    if (!row || typeof row !== 'object' || !isRecentDay(row.day) || !check(row[key])) throw new PublicError(400, messages.usage.invalid)
    if (!counts.every((name, i) => isCount(row[name], i === 0 ? 1 : 0))) throw new PublicError(400, messages.usage.invalid)
    const id = `${row.day}\t${row[key]}`
    const seen = merged.get(id)
    if (seen) for (const [i, name] of counts.entries()) seen[name] = i === 0 ? Number(seen[name]) + Number(row[name]) : Number(row[name])
    else merged.set(id, { day: row.day, [key]: row[key] as string, ...Object.fromEntries(counts.map((name) => [name, row[name] as number])) })
  }
  return [...merged.values()]
}

const isPath = (value: unknown) => typeof value === 'string' && /^\/[^?#\s]{0,299}$/.test(value)
const isQuery = (value: unknown) => typeof value === 'string' && value.length > 0 && value.length <= 200 && value === value.trim().toLowerCase()
// A day is stored at noon UTC, so the admin shows the same date in any time zone it is read in.
const noon = sql`(r.day || 'T12:00:00Z')::timestamptz`

export const usageEndpoint = publicEndpoint({ cacheControl: noStore, failure: messages.usage.failed }, async ({ payload, request }) => {
  if (!fromPortal(request.headers)) throw new PublicError(401, messages.usage.notPortal)
  const body = await readJsonObject(request, 1024 * 1024)
  const pages = rows(body.pages, 'path', isPath, ['views'])
  const searches = rows(body.searches, 'query', isQuery, ['searches', 'results'])
  if (pages.length) {
    await query(
      payload,
      sql`INSERT INTO page_views (day, path, views)
        SELECT ${noon}, r.path, r.views FROM jsonb_to_recordset(${JSON.stringify(pages)}::jsonb) AS r(day text, path text, views int)
        ON CONFLICT (day, path) DO UPDATE SET views = page_views.views + excluded.views`,
    )
  }
  if (searches.length) {
    await query(
      payload,
      sql`INSERT INTO search_queries (day, query, searches, results)
        SELECT ${noon}, r.query, r.searches, r.results FROM jsonb_to_recordset(${JSON.stringify(searches)}::jsonb) AS r(day text, query text, searches int, results int)
        ON CONFLICT (day, query) DO UPDATE SET searches = search_queries.searches + excluded.searches, results = excluded.results`,
    )
  }
  return { pages: pages.length, searches: searches.length }
})
