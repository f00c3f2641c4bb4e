// "Gebruik deze maand" on the admin dashboard, for editors: the most viewed pages of this month and the
// searches that found nothing (what the kennisbank is missing), from the usage figures (collections/Usage.ts).
import type { ServerProps } from 'payload'

import { hasRole } from '../access/roles'
import { query } from '../db'
import { messages } from '../messages'
import { DashboardSection, dashboardBox } from './DashboardSection'

const t = messages.usage
const thisMonth = `date_trunc('month', now() AT TIME ZONE 'Europe/Amsterdam') AT TIME ZONE 'Europe/Amsterdam'`

export async function UsageDashboard({ payload, user }: ServerProps) {
  if (!hasRole(user ?? null, 'admin', 'editor')) return null
  const [pages, missing] = await Promise.all([
    query<{ path: string; views: number }>(payload, `SELECT path, sum(views)::int AS views FROM page_views WHERE day >= ${thisMonth} GROUP BY path ORDER BY views DESC, path LIMIT 10`),
    query<{ query: string; searches: number }>(
      payload,
      `SELECT query, sum(searches)::int AS searches FROM search_queries WHERE day >= ${thisMonth}
        GROUP BY query HAVING bool_and(results = 0) ORDER BY searches DESC, query LIMIT 10`,
    ),
  ])
  return (
    <DashboardSection id="gebruik" heading={t.heading}>
      <div style={dashboardBox}>
        <h3>{t.topPages}</h3>
        {pages.rows.length ? (
          <ol>
            {pages.rows.map((row) => (
              <li key={row.path}>
                <a href={`/admin/collections/page-views?where[path][equals]=${encodeURIComponent(row.path)}`}>{row.path}</a>: {t.views(row.views)}
              </li>
            ))}
          </ol>
        ) : (
          <p>{t.noViews}</p>
        )}
        <p>
          <a href="/admin/collections/page-views">{t.all}</a>
        </p>
      </div>
      <div style={dashboardBox}>
        <h3>{t.notFound}</h3>
        {missing.rows.length ? (
          <ol>
            {missing.rows.map((row) => (
              <li key={row.query}>
                “{row.query}”: {t.searched(row.searches)}
              </li>
            ))}
          </ol>
        ) : (
          <p>{t.allFound}</p>
        )}
        <p>
          <a href="/admin/collections/search-queries?where[results][equals]=0">{t.all}</a>
        </p>
      </div>
    </DashboardSection>
  )
}
