import type { CollectionConfig } from 'payload'

import { isEditor } from '../access/roles'
import { registrationStatuses } from '@kennisbank/types/vocabularies'
import { registrationEndpoints } from '../registrations/export'

/**
 * Registrations for events with the kennisbank's own form. Personal data: only editors and admins
 * read, change or delete them; visitors register and cancel through the endpoints
 * (src/registrations), which keep capacity and the waiting list exact inside one transaction.
 * Registrations are deleted automatically some months after their event (task purgeRegistrations).
 */
export const Registrations: CollectionConfig = {
  slug: 'registrations',
  labels: { singular: 'Aanmelding', plural: 'Aanmeldingen' },
  admin: {
    useAsTitle: 'name',
    group: 'Agenda',
    defaultColumns: ['name', 'email', 'organisation', 'event', 'status', 'attended', 'createdAt'],
    listSearchableFields: ['name', 'email', 'organisation'],
    description: 'Wie zich aanmeldde voor een bijeenkomst. Filter op bijeenkomst; zet na afloop “Aanwezig” aan (ook voor meerdere tegelijk via Bewerken).',
  },
  defaultSort: 'createdAt',
  access: { read: isEditor, create: isEditor, update: isEditor, delete: isEditor, readVersions: () => false },
  endpoints: registrationEndpoints,
  fields: [
    { name: 'event', label: 'Bijeenkomst', type: 'relationship', relationTo: 'events', required: true, index: true },
    { name: 'name', label: 'Naam', type: 'text', required: true, maxLength: 200 },
    { name: 'email', label: 'E-mailadres', type: 'email', required: true },
    { name: 'organisation', label: 'Organisatie', type: 'text', maxLength: 200 },
    { name: 'remark', label: 'Opmerking', type: 'textarea', maxLength: 1000 },
    {
      name: 'status',
      label: 'Status',
      type: 'select',
      required: true,
      defaultValue: 'confirmed',
      index: true,
      options: registrationStatuses,
      admin: { position: 'sidebar' },
    },
    { name: 'attended', label: 'Aanwezig', type: 'checkbox', defaultValue: false, admin: { position: 'sidebar' } },
    { name: 'consentAt', label: 'Toestemming gegeven op', type: 'date', admin: { position: 'sidebar', readOnly: true, date: { pickerAppearance: 'dayAndTime' } } },
    { name: 'promotedAt', label: 'Van wachtlijst geplaatst op', type: 'date', admin: { position: 'sidebar', readOnly: true, date: { pickerAppearance: 'dayAndTime' } } },
    { name: 'cancelledAt', label: 'Afgemeld op', type: 'date', admin: { position: 'sidebar', readOnly: true, date: { pickerAppearance: 'dayAndTime' } } },
  ],
}
