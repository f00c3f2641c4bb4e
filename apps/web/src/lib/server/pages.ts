// The data of the portal's document pages (a knowledge item, a programme, an event, a free page) from the CMS
// document. The pages' loaders use these for the published document; a preview (preview.ts) uses the same for a
// draft, and for the editor's unsaved form while they type, so that a preview is the real page.
import type { Event, KnowledgeItem, Page, Programme } from '@kennisbank/types'
import type { DraftCollection } from '@kennisbank/types/api'
import { audiences, eventTypes, evidenceLevels, itemSections, knowledgeTypes, labelOf } from '@kennisbank/types/vocabularies'

import { paths } from '$lib/paths'
import { safeHref } from '$lib/url'

import { cms, currentMinute } from './cms'
import { downloads, eventCard, image, itemCard, organisationLinks, pageBlocks, placeOf, populated, programmeLinks, regionLinks, rich, themeLinks } from './content'
import { loadSummaries } from './figures'

export async function itemPage(item: KnowledgeItem) {
  const contactOrganisation = populated(item.contact?.organisation)[0]
  // Editors' picks first, then the items that share most with this one.
  const picks = populated(item.related).filter((doc) => doc._status !== 'draft')
  const themeIds = populated(item.themes).map((theme) => theme.id)
  const [automatic, figures] = await Promise.all([
    picks.length >= 3 || !item.slug ? [] : cms().related(item.slug, picks.map((doc) => doc.slug), 3 - picks.length).then((answer) => answer.docs),
    themeIds.length ? loadSummaries({ theme: themeIds }).then((answer) => answer.summaries.slice(0, 6)) : [],
  ])
  return {
    feedback: { collection: 'knowledge-items' as const, id: item.id, path: paths.item(item.slug), title: item.title },
    item: {
      title: item.title,
      summary: item.summary,
      type: labelOf(knowledgeTypes, item.type),
      evidence: item.evidence
        ? { label: labelOf(evidenceLevels, item.evidence), href: paths.evidence(item.evidence), assignedAt: item.evidenceAssignedAt ?? null }
        : null,
      // Sections of the template that are filled in, in their fixed order; paragraphs split at blank lines.
      sections: itemSections.flatMap(({ name, label }) => {
        const text = item.template?.[name]?.trim()
        return text ? [{ name, label, paragraphs: text.split(/\n\s*\n/).map((p) => p.trim()) }] : []
      }),
      appliesToAll: item.regionScope !== 'regions',
      publishedAt: item.publishedAt ?? null,
      updatedAt: item.updatedAt,
      image: image(item.image),
      seoImage: image(item.seo?.image) ?? image(item.image),
      seoTitle: item.seo?.title || item.title,
      seoDescription: item.seo?.description || item.summary,
      body: rich(item.body),
      attachments: downloads(item.attachments),
      links: (item.externalLinks ?? []).flatMap(({ label, url }) => {
        const href = safeHref(url)
        return href ? [{ label, url: href }] : []
      }),
      contact:
        item.contact?.name || contactOrganisation
          ? { name: item.contact?.name ?? '', role: item.contact?.role ?? '', organisation: contactOrganisation?.title ?? '', email: item.contact?.email ?? '' }
          : null,
      themes: themeLinks(item.themes),
      programmes: programmeLinks(item.programmes),
      regions: regionLinks(item.regions),
      organisations: organisationLinks(item.organisations),
      audience: (item.audience ?? []).map((value) => labelOf(audiences, value)),
      figures,
      related: [...picks.map(itemCard), ...automatic.map((doc) => ({ title: doc.title, href: paths.item(doc.slug), summary: doc.summary, meta: [labelOf(knowledgeTypes, doc.type)] }))],
    },
  }
}

export async function programmePage(programme: Programme) {
  const client = cms()
  const now = currentMinute()
  const [upcoming, past, items] = await Promise.all([
    client.all('events', { where: { programme: { equals: programme.id }, endsAt: { greater_than_equal: now } }, sort: 'startsAt', depth: 0 }),
    client.all('events', { where: { programme: { equals: programme.id }, endsAt: { less_than: now } }, sort: '-startsAt', depth: 0 }),
    client.list('knowledge-items', { where: { programmes: { in: [programme.id] } }, sort: '-publishedAt', limit: 24, depth: 0 }),
  ])
  return {
    programme: {
      title: programme.title,
      slug: programme.slug,
      summary: programme.summary,
      description: rich(programme.description),
      website: safeHref(programme.website),
      contact: programme.contact?.name || programme.contact?.email ? { name: programme.contact.name ?? '', email: programme.contact.email ?? '' } : null,
      themes: themeLinks(programme.themes),
      seoTitle: programme.seo?.title || programme.title,
      seoDescription: programme.seo?.description || programme.summary,
      seoImage: image(programme.seo?.image),
    },
    upcoming: upcoming.map(eventCard),
    past: past.map(eventCard),
    items: items.docs.map(itemCard),
    totalItems: items.totalDocs,
  }
}

/** `preview`: the event may not be published; its form is shown as open when the CMS knows no seats for it. */
export async function eventPage(event: Event, { preview = false } = {}) {
  const edition = populated(event.edition)[0]
  const { location, registration } = event
  const isPast = new Date(event.endsAt).getTime() < Date.now()
  // Seats left and whether the form is open, straight from the CMS (never cached).
  const internal = registration?.mode === 'internal' && !isPast
  const known = internal && event.slug ? await cms().registrations.availability(event.slug) : null
  const capacity = registration?.capacity ?? null
  const availability =
    known ?? (internal && preview ? { open: true, reason: null, capacity, confirmed: 0, waiting: 0, seatsLeft: capacity, waitingList: false, closesAt: registration?.closesAt ?? null } : null)
  return {
    availability,
    event: {
      title: event.title,
      summary: event.summary,
      type: labelOf(eventTypes, event.type),
      audience: (event.audience ?? []).map((value) => labelOf(audiences, value)),
      startsAt: event.startsAt,
      endsAt: event.endsAt,
      isPast,
      description: rich(event.description),
      place: placeOf(event),
      location: {
        mode: location?.mode,
        venue: location?.venue ?? '',
        address: location?.address ?? '',
        postalCode: location?.postalCode ?? '',
        city: location?.city ?? '',
        onlineUrl: safeHref(location?.onlineUrl),
      },
      registration: {
        mode: registration?.mode,
        capacity,
        closesAt: registration?.closesAt ?? null,
        externalUrl: safeHref(registration?.externalUrl),
      },
      calendarHref: paths.eventCalendar(event.slug),
      programme: programmeLinks([event.programme]),
      edition: edition ? { title: edition.title, href: paths.edition(edition.year) } : null,
      organisers: organisationLinks(event.organisers),
      themes: themeLinks(event.themes),
      regions: regionLinks(event.regions),
      lookBack: isPast
        ? {
            report: rich(event.lookBack?.report),
            slides: downloads(event.lookBack?.slides),
            items: populated(event.lookBack?.items).filter((item) => item._status !== 'draft').map(itemCard),
          }
        : null,
      seoTitle: event.seo?.title || event.title,
      seoDescription: event.seo?.description || event.summary,
      seoImage: image(event.seo?.image),
    },
  }
}

export function freePage(found: Page) {
  return {
    feedback: { collection: 'pages' as const, id: found.id, path: paths.page(found.slug), title: found.title },
    page: {
      title: found.title,
      intro: found.intro ?? '',
      blocks: pageBlocks(found.layout),
      updatedAt: found.updatedAt,
      seoTitle: found.seo?.title || found.title,
      seoDescription: found.seo?.description || found.intro || '',
      seoImage: image(found.seo?.image),
    },
  }
}

/** A page's data from a document of each collection with drafts, for its preview. */
export const pageOf: { [C in DraftCollection]: (doc: never) => Promise<Record<string, unknown>> } = {
  'knowledge-items': (doc: KnowledgeItem) => itemPage(doc),
  programmes: (doc: Programme) => programmePage(doc),
  events: (doc: Event) => eventPage(doc, { preview: true }),
  pages: async (doc: Page) => freePage(doc),
}

