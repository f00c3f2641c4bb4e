import { error, fail } from '@sveltejs/kit'

import type { Actions, PageServerLoad } from './$types'

import { audiences, eventTypes, labelOf } from '@kennisbank/types/vocabularies'

import { paths } from '$lib/paths'
import { safeHref } from '$lib/url'
import { cms } from '$lib/server/cms'
import { fieldErrors, readForm } from '$lib/server/registration'
import { downloads, image, itemCard, organisationLinks, placeOf, populated, programmeLinks, regionLinks, rich, themeLinks, validSlug } from '$lib/server/content'
import { m } from '$lib/messages'

export const load: PageServerLoad = async ({ params }) => {
  const slug = validSlug(params.slug)
  const event = slug ? await cms().findBySlug('events', slug, 2) : null
  if (!event) error(404, m.error.eventNotFound)
  const edition = populated(event.edition)[0]
  const { location, registration } = event
  const isPast = new Date(event.endsAt).getTime() < Date.now()
  // Seats left and whether the form is open, straight from the CMS (never cached).
  const availability = registration.mode === 'internal' && !isPast ? await cms().registrations.availability(event.slug) : null
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

export const actions: Actions = {
  /** The registration form (POST ?/aanmelden); works without JavaScript. */
  aanmelden: async ({ params, request, getClientAddress }) => {
    const slug = validSlug(params.slug)
    if (!slug) error(404, m.error.eventNotFound)
    const { values, consent } = readForm(await request.formData())
    const answer = await cms().registrations.register({
      event: slug,
      name: values.naam,
      email: values.email,
      organisation: values.organisatie,
      remark: values.opmerking,
      consent,
    }, getClientAddress())
    if (!answer.ok) return fail(answer.httpStatus, { values, message: answer.message, errors: fieldErrors(answer) })
    return { registered: { status: answer.status, message: answer.message } }
  },
}
