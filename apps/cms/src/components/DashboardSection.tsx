// The frame of a section above the admin's dashboard tiles (TodoDashboard, UsageDashboard): a heading
// that names the region, and boxes side by side that wrap on a narrow screen.
import type { ReactNode } from 'react'

export const dashboardBox = { border: '1px solid var(--theme-elevation-150)', borderRadius: 4, padding: 'var(--base)', background: 'var(--theme-elevation-0)' }

export function DashboardSection({ id, heading, children }: { id: string; heading: string; children: ReactNode }) {
  return (
    <section aria-labelledby={id} style={{ marginBottom: 'calc(var(--base) * 2)' }}>
      <h2 id={id} style={{ marginBottom: 'var(--base)' }}>
        {heading}
      </h2>
      <div style={{ display: 'grid', gap: 'var(--base)', gridTemplateColumns: 'repeat(auto-fit, minmax(18rem, 1fr))' }}>{children}</div>
    </section>
  )
}
