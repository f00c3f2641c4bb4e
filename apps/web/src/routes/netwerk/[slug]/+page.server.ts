import { error } from '@sveltejs/kit'

import type { PageServerLoad } from './$types'

import { labelOf, organisationKinds } from '@kennisbank/types/vocabularies'

import { safeHref } from '$lib/url'
import { cms } from '$lib/server/cms'
import { eventCard, image, itemCard, populated, validSlug } from '$lib/server/content'
import { m } from '$lib/messages'

export const load: PageServerLoad = async ({ params }) => {
  const slug = validSlug(params.slug)
  const client = cms()
  const organisation = slug ? await client.findBySlug('organisations', slug, 1) : null
  if (!organisation) error(404, m.error.organisationNotFound)
  const [events, items] = await Promise.all([
    client.list('events', { where: { organisers: { in: [organisation.id] } }, sort: '-startsAt', limit: 24, depth: 0 }),
    client.list('knowledge-items', { where: { organisations: { in: [organisation.id] } }, sort: '-publishedAt', limit: 24, depth: 0 }),
  ])
  const region = populated(organisation.region)[0]
  return {
    organisation: {
      title: organisation.title,
      kind: labelOf(organisationKinds, organisation.kind),
      region: region ? { title: region.title, href: `/netwerk?regio=${region.slug}` } : null,
      description: organisation.description ?? '',
      website: safeHref(organisation.website),
      logo: image(organisation.logo),
    },
    events: events.docs.map(eventCard),
    items: items.docs.map(itemCard),
  }
}
