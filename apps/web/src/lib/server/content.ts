// Shapes CMS documents into the plain data the portal's pages render. Only published documents
// come out of the CMS client; relations that are not populated (unpublished, not readable) drop out.
import type { Edition, Event, KnowledgeItem, Media, Organisation, Page, Programme, Region, Theme } from '@kennisbank/types'
import { isSlug } from '@kennisbank/types/api'
import { eventTypes, knowledgeTypes, labelOf, organisationKinds } from '@kennisbank/types/vocabularies'

import { calendarLeaf, formatDate, formatPeriod } from '$lib/format'
import { paths } from '$lib/paths'
import { downloadOf, imageOf, toRichNodes, type Download, type Image } from '$lib/richtext/transform'
import { m } from '$lib/messages'
import { safeHref } from '$lib/url'

import { mediaQuery } from './render-scope'


type Ref<T> = number | T | null | undefined

/** The populated documents of a relation; ids (unpublished or unreadable targets) are left out. */
export function populated<T extends object>(values: Ref<T>[] | Ref<T> | null | undefined): T[] {
  const list = Array.isArray(values) ? values : [values]
  return list.filter((value): value is T => typeof value === 'object' && value !== null)
}

const mediaOptions = () => ({ mediaPath: paths.media, mediaQuery: mediaQuery() })
export const rich = (value: unknown) => toRichNodes(value, mediaOptions())
export const image = (value: Ref<Media>): Image | null => imageOf(value, mediaOptions())
export const downloads = (values: Ref<Media>[] | null | undefined): Download[] =>
  populated(values).flatMap((doc) => downloadOf(doc, mediaOptions()) ?? [])

/** One entry of a list of documents: what every card on the portal shows. */
export type Card = {
  title: string
  href: string
  summary: string
  meta: string[]
  snippet?: string
  /** An event's day as a calendar leaf ("27" over "dec"); the full date stays in `meta` for screen readers. */
  dateBlock?: { day: string; month: string }
}
export type LinkRef = { title: string; href: string }

export function itemCard(item: KnowledgeItem): Card {
  return {
    title: item.title,
    href: paths.item(item.slug),
    summary: item.summary,
    meta: [labelOf(knowledgeTypes, item.type), formatDate(item.publishedAt)].filter(Boolean),
  }
}

/** Where an event takes place, in a few words. */
export function placeOf(event: Pick<Event, 'location'>): string {
  const { mode, venue, city } = event.location ?? {}
  const onsite = [venue, city].filter(Boolean).join(', ')
  if (mode === 'online') return m.event.online
  if (mode === 'hybrid') return onsite ? `${onsite} ${m.event.andOnline}` : m.event.onsiteAndOnline
  return onsite
}

export function eventCard(event: Event): Card {
  return {
    title: event.title,
    href: paths.event(event.slug),
    summary: event.summary,
    meta: [formatPeriod(event.startsAt, event.endsAt), labelOf(eventTypes, event.type), placeOf(event)].filter(Boolean),
    dateBlock: calendarLeaf(event.startsAt),
  }
}

export function programmeCard(programme: Programme): Card {
  return { title: programme.title, href: paths.programme(programme.slug), summary: programme.summary, meta: [] }
}

export function organisationCard(organisation: Organisation): Card {
  const region = populated(organisation.region)[0]
  return {
    title: organisation.title,
    href: paths.organisation(organisation.slug),
    summary: organisation.description ?? '',
    meta: [labelOf(organisationKinds, organisation.kind), region?.title ?? ''].filter(Boolean),
  }
}

export function themeCard(theme: Theme): Card {
  return { title: theme.title, href: paths.theme(theme.slug), summary: theme.summary, meta: [] }
}

export function editionCard(edition: Edition): Card {
  return {
    title: edition.title,
    href: paths.edition(edition.year),
    summary: edition.summary,
    meta: [m.week.period(formatDate(edition.startsOn), formatDate(edition.endsOn))],
  }
}

export const themeLinks = (themes: Ref<Theme>[] | null | undefined): LinkRef[] =>
  populated(themes).map((theme) => ({ title: theme.title, href: paths.theme(theme.slug) }))
export const programmeLinks = (programmes: Ref<Programme>[] | null | undefined): LinkRef[] =>
  populated(programmes).map((programme) => ({ title: programme.title, href: paths.programme(programme.slug) }))
export const organisationLinks = (organisations: Ref<Organisation>[] | null | undefined): LinkRef[] =>
  populated(organisations).map((organisation) => ({ title: organisation.title, href: paths.organisation(organisation.slug) }))
export const regionLinks = (regions: Ref<Region>[] | null | undefined): LinkRef[] =>
  populated(regions).map((region) => ({ title: region.title, href: `/kennisbank?regio=${region.slug}` }))

/** A slug from a URL, or null when it cannot be one (saves the CMS a request for junk). */
export function validSlug(value: string): string | null {
  return isSlug(value) ? value : null
}


export type PageBlock =
  | { kind: 'content'; body: ReturnType<typeof rich> }
  | { kind: 'callToAction'; heading: string; text: string; linkLabel: string; href: string }
  | { kind: 'media'; image: Image; caption: string }
  | { kind: 'itemList'; heading: string; items: Card[] }
  | { kind: 'linkList'; heading: string; links: LinkRef[] }

/** The blocks of a free page, ready to render; blocks whose content is not available drop out. */
export function pageBlocks(layout: Page['layout'] | null | undefined): PageBlock[] {
  return (layout ?? []).flatMap((block): PageBlock[] => {
    switch (block.blockType) {
      case 'content':
        return [{ kind: 'content', body: rich(block.body) }]
      case 'callToAction': {
        const href = safeHref(block.linkUrl)
        return href ? [{ kind: 'callToAction', heading: block.heading, text: block.text ?? '', linkLabel: block.linkLabel, href }] : []
      }
      case 'mediaBlock': {
        const img = image(block.media)
        return img ? [{ kind: 'media', image: img, caption: block.caption ?? '' }] : []
      }
      case 'itemList':
        return [{ kind: 'itemList', heading: block.heading, items: populated(block.items).filter((item) => item._status !== 'draft').map(itemCard) }]
      case 'linkList':
        return [
          {
            kind: 'linkList',
            heading: block.heading ?? '',
            links: (block.links ?? []).flatMap(({ label, url }) => {
              const href = safeHref(url)
              return href ? [{ title: label, href }] : []
            }),
          },
        ]
      default:
        return []
    }
  })
}
