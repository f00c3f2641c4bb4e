import { error } from '@sveltejs/kit'

import type { PageServerLoad } from './$types'

import { eventTypes, labelOf } from '@kennisbank/types/vocabularies'

import { paths } from '$lib/paths'
import { safeHref } from '$lib/richtext/transform'
import { cms } from '$lib/server/cms'
import {
  downloads,
  image,
  itemCard,
  organisationLinks,
  placeOf,
  populated,
  programmeLinks,
  regionLinks,
  rich,
  themeLinks,
  validSlug,
} from '$lib/server/content'

export const load: PageServerLoad = async ({ params }) => {
  const slug = validSlug(params.slug)
  const event = slug ? await cms().findBySlug('events', slug, 2) : null
  if (!event) error(404, 'Deze bijeenkomst bestaat niet of is niet (meer) gepubliceerd.')
  const edition = populated(event.edition)[0]
  const { location, registration } = event
  const isPast = new Date(event.endsAt).getTime() < Date.now()
  return {
    event: {
      title: event.title,
      summary: event.summary,
      type: labelOf(eventTypes, event.type),
      startsAt: event.startsAt,
      endsAt: event.endsAt,
      isPast,
      description: rich(event.description),
      place: placeOf(event),
      location: {
        mode: location.mode,
        venue: location.venue ?? '',
        address: location.address ?? '',
        postalCode: location.postalCode ?? '',
        city: location.city ?? '',
        onlineUrl: safeHref(location.onlineUrl),
      },
      registration: {
        mode: registration.mode,
        capacity: registration.capacity ?? null,
        closesAt: registration.closesAt ?? null,
        externalUrl: safeHref(registration.externalUrl),
      },
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
