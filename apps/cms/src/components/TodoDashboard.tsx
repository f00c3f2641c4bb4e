// "Te doen" above the dashboard tiles, for editors: drafts waiting, items that miss what the template
// asks for their type, and the next events with their registrations. A server component: it reads
// through the local API with the editor's own access.
import { contactRequired, itemSections, knowledgeTypes, labelOf, requiredSections } from '@kennisbank/types/vocabularies'
import type { ServerProps } from 'payload'

import { hasRole } from '../access/roles'
import { messages } from '../messages'
import { DashboardSection, dashboardBox } from './DashboardSection'

const t = messages.todo

const when = new Intl.DateTimeFormat('nl-NL', { timeZone: 'Europe/Amsterdam', weekday: 'short', day: 'numeric', month: 'long', hour: '2-digit', minute: '2-digit' })
const sectionLabel = (name: string) => itemSections.find((section) => section.name === name)?.label ?? name

type ItemRow = {
  id: number
  title: string
  type: string
  _status?: 'draft' | 'published' | null
  evidence?: string | null
  audience?: string[] | null
  contact?: { name?: string | null; organisation?: unknown } | null
  template?: Record<string, string | null | undefined> | null
  submission?: { status?: string | null; name?: string | null; organisation?: string | null } | null
}

/** What an item still lacks before it may be published, in the words of the admin's labels. */
function missing(item: ItemRow): string[] {
  const gaps = (requiredSections[item.type] ?? []).filter((name) => !item.template?.[name]?.trim()).map(sectionLabel)
  if (!item.evidence) gaps.push(t.evidence)
  if (!item.audience?.length) gaps.push(t.audience)
  if (contactRequired.includes(item.type) && !item.contact?.name && !item.contact?.organisation) gaps.push(t.contact)
  return gaps
}


export async function TodoDashboard({ payload, user }: ServerProps) {
  if (!hasRole(user ?? null, 'admin', 'editor')) return null
  const [items, events] = await Promise.all([
    payload.find({
      collection: 'knowledge-items',
      draft: true,
      depth: 0,
      limit: 200,
      sort: '-updatedAt',
      select: { title: true, type: true, _status: true, evidence: true, audience: true, contact: true, template: true, submission: true },
      user,
      overrideAccess: false,
    }),
    payload.find({
      collection: 'events',
      where: { startsAt: { greater_than_equal: new Date().toISOString() } },
      sort: 'startsAt',
      limit: 5,
      depth: 0,
      select: { title: true, startsAt: true, registration: true },
      user,
      overrideAccess: false,
    }),
  ])
  const rows = items.docs as unknown as ItemRow[]
  const submitted = rows.filter((item) => item.submission?.status === 'submitted')
  const drafts = rows.filter((item) => item._status === 'draft' && !item.submission?.status).slice(0, 8)
  const incomplete = rows.map((item) => ({ item, gaps: missing(item) })).filter(({ gaps }) => gaps.length).slice(0, 8)
  const registrations = await Promise.all(
    events.docs.map(async (event) => ({
      event,
      confirmed: (await payload.count({ collection: 'registrations', where: { event: { equals: event.id }, status: { equals: 'confirmed' } } })).totalDocs,
      waiting: (await payload.count({ collection: 'registrations', where: { event: { equals: event.id }, status: { equals: 'waiting' } } })).totalDocs,
    })),
  )
  const link = (collection: string, id: number) => `/admin/collections/${collection}/${id}`

  return (
    <DashboardSection id="te-doen" heading={t.heading}>
      <div style={dashboardBox}>
        <h3>{t.submitted(submitted.length)}</h3>
        {submitted.length ? (
          <ul>
            {submitted.map((item) => (
              <li key={item.id}>
                <a href={link('knowledge-items', item.id)}>{item.title}</a>
                {t.by(item.submission?.name ?? '', item.submission?.organisation ?? '')}
              </li>
            ))}
          </ul>
        ) : (
          <p>{t.noSubmitted}</p>
        )}
        <p>
          <a href="/admin/collections/knowledge-items?where[submission.status][equals]=submitted">{t.allSubmitted}</a>
        </p>
      </div>
      <div style={dashboardBox}>
        <h3>{t.drafts(drafts.length)}</h3>
        {drafts.length ? (
          <ul>
            {drafts.map((item) => (
              <li key={item.id}>
                <a href={link('knowledge-items', item.id)}>{item.title}</a> ({labelOf(knowledgeTypes, item.type).toLowerCase()})
              </li>
            ))}
          </ul>
        ) : (
          <p>{t.noDrafts}</p>
        )}
      </div>
      <div style={dashboardBox}>
        <h3>{t.incomplete(incomplete.length)}</h3>
        {incomplete.length ? (
          <ul>
            {incomplete.map(({ item, gaps }) => (
              <li key={item.id}>
                <a href={link('knowledge-items', item.id)}>{item.title}</a>
                {t.lacks(gaps)}
              </li>
            ))}
          </ul>
        ) : (
          <p>{t.complete}</p>
        )}
      </div>
      <div style={dashboardBox}>
        <h3>{t.events}</h3>
        {registrations.length ? (
          <ul>
            {registrations.map(({ event, confirmed, waiting }) => (
              <li key={event.id}>
                <a href={link('events', event.id)}>{event.title}</a>, {when.format(new Date(event.startsAt)).replace(':', '.')}
                {event.registration?.mode === 'internal' ? t.registered(confirmed, event.registration.capacity, waiting) : ''}
              </li>
            ))}
          </ul>
        ) : (
          <p>{t.noEvents}</p>
        )}
      </div>
    </DashboardSection>
  )
}
