// POST /api/usage — what the portal counted since its last report (apps/web/server/usage.js): page views
// per day and page, searches per day and query with their number of results. Only the portal may call it
// (the shared PORTAL_API_KEY). Each kind is added in one statement (INSERT … ON CONFLICT … DO UPDATE SET
// views = views + excluded.views), so reports of several portal processes at once add up exactly.
import { noStore, PublicError } from '../api/answers'
import { publicEndpoint, readJsonObject } from '../api/public'
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

const invalid = () => new PublicError(400, messages.usage.invalid)

/** A list of reported rows (objects); a 400 for anything else. */
function reported(value: unknown): Record<string, unknown>[] {
  if (value === undefined) return []
  if (!Array.isArray(value) || value.length > 5000 || !value.every((row) => row && typeof row === 'object')) throw invalid()
  return value
}

const isPath = (value: unknown) => typeof value === 'string' && /^\/[^?#\s]{0,299}$/.test(value)
const isQuery = (value: unknown) => typeof value === 'string' && value.length > 0 && value.length <= 200 && value === value.trim().toLowerCase()
// A day is stored at noon UTC, so the admin shows the same date in any time zone it is read in.
const noon = sql`(r.day || 'T12:00:00Z')::timestamptz`

export const usageEndpoint = publicEndpoint({ portalOnly: messages.usage.notPortal, cacheControl: noStore, failure: messages.usage.failed }, async ({ payload, request }) => {
  const body = await readJsonObject(request, 1024 * 1024)
  // Rows of the same day and page (or query) are added up here: one statement may touch a row only once.
  const pageViews = new Map<string, { day: string; path: string; views: number }>()
  for (const row of reported(body.pages)) {
    if (!isRecentDay(row.day) || !isPath(row.path) || !isCount(row.views)) throw invalid()
    const key = `${row.day}\t${row.path}`
    pageViews.set(key, { day: row.day, path: row.path as string, views: (pageViews.get(key)?.views ?? 0) + row.views })
  }
  const searchCounts = new Map<string, { day: string; query: string; searches: number; results: number }>()
  for (const row of reported(body.searches)) {
    if (!isRecentDay(row.day) || !isQuery(row.query) || !isCount(row.searches) || !isCount(row.results, 0)) throw invalid()
    const key = `${row.day}\t${row.query}`
    // The number of results of the last search counts.
    searchCounts.set(key, { day: row.day, query: row.query as string, searches: (searchCounts.get(key)?.searches ?? 0) + row.searches, results: row.results })
  }
  const pages = [...pageViews.values()]
  const searches = [...searchCounts.values()]
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
