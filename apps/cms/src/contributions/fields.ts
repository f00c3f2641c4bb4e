// What a contribution adds to a knowledge item and to its uploads (see endpoint.ts): the contributor's
// contact, kept apart from the public fields and readable by editors only, and the moderation status.
import { previewHeader } from '@kennisbank/types/api'
import { verifyPreview } from '@kennisbank/types/tokens'
import type { Access, AccessResult, CollectionBeforeChangeHook, Field, FieldAccess } from 'payload'

import { fromPortal } from '../api/rate-limit'
import { env } from '../env'

import { hasRole } from '../access/roles'

const editorsOnly: FieldAccess = ({ req: { user } }) => hasRole(user, 'admin', 'editor')

export const submissionStatuses = [
  { label: 'Ingediend', value: 'submitted' },
  { label: 'Geaccepteerd', value: 'accepted' },
  { label: 'Afgewezen', value: 'rejected' },
]

/** The group on knowledge items; only items that came in through the form have a status. */
export const submission: Field = {
  name: 'submission',
  label: 'Ingezonden via “Deel je praktijkvoorbeeld”',
  type: 'group',
  access: { read: editorsOnly, create: editorsOnly, update: editorsOnly },
  // Always shown: a condition on the group hid its fields now and then after a client-side navigation in the admin.
  admin: {
    description:
      'Alleen ingevuld bij inzendingen via het formulier op de site. Alleen voor de redactie: deze gegevens verschijnen nooit op de site. Neem contact op met de inzender, vul het sjabloon aan en publiceer, of wijs de inzending af; afgewezen inzendingen worden na de bewaartermijn van de aanmeldingen verwijderd.',
  },
  fields: [
    { name: 'status', label: 'Status', type: 'select', options: submissionStatuses, index: true },
    { name: 'name', label: 'Naam inzender', type: 'text', maxLength: 200 },
    { name: 'email', label: 'E-mailadres inzender', type: 'email' },
    { name: 'organisation', label: 'Organisatie inzender', type: 'text', maxLength: 200 },
    { name: 'submittedAt', label: 'Ingezonden op', type: 'date', admin: { readOnly: true, date: { displayFormat: 'd MMMM yyyy, HH.mm' } } },
    { name: 'rejectedAt', label: 'Afgewezen op', type: 'date', admin: { readOnly: true, date: { displayFormat: 'd MMMM yyyy' } } },
  ],
}

type Submission = { status?: string | null; rejectedAt?: string | null } | null | undefined

/** Keeps the moderation dates with the status: rejected when set to rejected, accepted on publish. */
export const moderateSubmission: CollectionBeforeChangeHook = ({ data, originalDoc }) => {
  const next = data.submission as Submission
  if (!next?.status) return data
  const previous = (originalDoc?.submission as Submission)?.status
  if (data._status === 'published' && next.status === 'submitted') next.status = 'accepted'
  if (next.status === 'rejected' && previous !== 'rejected') next.rejectedAt = new Date().toISOString()
  if (next.status !== 'rejected') next.rejectedAt = null
  return data
}


/**
 * Media: editors read every upload; other logged-in users (contributors) all but the uploads of a
 * contribution not yet published; visitors only what published content uses (fields/public-media.ts),
 * and the portal showing an editor's preview (its key and a valid preview token) every upload.
 */
export const readMedia: Access = ({ req: { user, headers } }): AccessResult => {
  if (hasRole(user, 'admin', 'editor')) return true
  if (user) return { submitted: { not_equals: true } }
  if (fromPortal(headers) && verifyPreview(env.portalApiKey, headers.get(previewHeader))) return true
  return { public: { equals: true } }
}

/** Set once published content uses the upload (fields/public-media.ts); until then only logged-in users see it. */
export const publicField: Field = {
  name: 'public',
  label: 'Openbaar',
  type: 'checkbox',
  defaultValue: false,
  index: true,
  admin: { position: 'sidebar', readOnly: true, description: 'Wordt openbaar zodra gepubliceerde inhoud het bestand gebruikt; tot dan zien alleen ingelogde gebruikers het.' },
}

export const submittedField: Field = {
  name: 'submitted',
  label: 'Ingezonden, nog niet openbaar',
  type: 'checkbox',
  defaultValue: false,
  index: true,
  admin: { position: 'sidebar', readOnly: true, description: 'Hoort bij een ingezonden praktijkvoorbeeld; wordt openbaar zodra dat gepubliceerd is.' },
}
