import type { CollectionConfig, DateFieldValidation } from 'payload'

import { draftCollectionAccess, draftVersions } from '../../access/drafts'
import { hasRole } from '../../access/roles'
import { createdBy } from '../../fields/createdBy'
import { defaultLexical } from '../../fields/defaultLexical'
import { audiences, eventTypes } from '@kennisbank/types/vocabularies'
import { brabantRegions, relatesTo } from '../../fields/relations'
import { seo } from '../../fields/seo'
import { slug } from '../../fields/slug'
import { urlField } from '../../fields/url'
import { queuePromotion } from './hooks/queuePromotion'
import { previewButton } from '../../preview/url'

const endsAfterStart: DateFieldValidation = (value, { siblingData }) => {
  const startsAt = (siblingData as { startsAt?: string } | undefined)?.startsAt
  if (!value) return 'Vul een einddatum en -tijd in.'
  if (startsAt && new Date(value).getTime() < new Date(startsAt).getTime()) {
    return 'Het einde ligt vóór het begin.'
  }
  return true
}

const amsterdam = { defaultTimezone: 'Europe/Amsterdam', required: true } as const

/** Work sessions, knowledge and practice sessions, webinars and the Week van de Brede Welvaart. */
export const Events: CollectionConfig = {
  slug: 'events',
  labels: { singular: 'Bijeenkomst', plural: 'Agenda' },
  admin: { useAsTitle: 'title', group: 'Agenda', defaultColumns: ['title', 'type', 'startsAt', '_status'], preview: previewButton('events') },
  defaultSort: '-startsAt',
  access: draftCollectionAccess({ contributors: false }),
  versions: draftVersions,
  hooks: { afterChange: [queuePromotion] },
  fields: [
    { name: 'title', label: 'Titel', type: 'text', required: true, maxLength: 200 },
    slug(),
    { name: 'summary', label: 'Samenvatting', type: 'textarea', required: true, maxLength: 600 },
    {
      type: 'row',
      fields: [
        {
          name: 'startsAt',
          label: 'Begint',
          type: 'date',
          required: true,
          index: true,
          timezone: amsterdam,
          admin: { date: { pickerAppearance: 'dayAndTime', timeFormat: 'HH:mm', displayFormat: 'd MMMM yyyy, HH.mm' } },
        },
        {
          name: 'endsAt',
          label: 'Eindigt',
          type: 'date',
          required: true,
          timezone: amsterdam,
          validate: endsAfterStart,
          admin: { date: { pickerAppearance: 'dayAndTime', timeFormat: 'HH:mm', displayFormat: 'd MMMM yyyy, HH.mm' } },
        },
      ],
    },
    {
      type: 'tabs',
      tabs: [
        {
          label: 'Inhoud',
          fields: [
            { name: 'description', label: 'Beschrijving', type: 'richText', editor: defaultLexical },
            {
              name: 'location',
              label: 'Locatie',
              type: 'group',
              fields: [
                {
                  name: 'mode',
                  label: 'Vorm',
                  type: 'radio',
                  required: true,
                  defaultValue: 'onsite',
                  options: [
                    { label: 'Op locatie', value: 'onsite' },
                    { label: 'Online', value: 'online' },
                    { label: 'Op locatie en online', value: 'hybrid' },
                  ],
                },
                { name: 'venue', label: 'Naam locatie', type: 'text', maxLength: 200 },
                { name: 'address', label: 'Adres', type: 'text', maxLength: 200 },
                { name: 'postalCode', label: 'Postcode', type: 'text', maxLength: 10 },
                { name: 'city', label: 'Plaats', type: 'text', maxLength: 100 },
                urlField('onlineUrl', 'Link naar online bijeenkomst'),
              ],
            },
          ],
        },
        {
          label: 'Aanmelden',
          fields: [
            {
              name: 'registration',
              label: 'Aanmelden',
              type: 'group',
              fields: [
                {
                  name: 'mode',
                  label: 'Aanmelden via',
                  type: 'radio',
                  required: true,
                  defaultValue: 'none',
                  options: [
                    { label: 'Geen aanmelding nodig', value: 'none' },
                    { label: 'Formulier op de kennisbank', value: 'internal' },
                    { label: 'Externe aanmeldpagina', value: 'external' },
                  ],
                },
                { name: 'capacity', label: 'Aantal plaatsen', type: 'number', min: 1, max: 100000, admin: { condition: (_, s) => s?.mode === 'internal' } },
                { name: 'waitingList', label: 'Wachtlijst bij volle bijeenkomst', type: 'checkbox', defaultValue: true, admin: { condition: (_, s) => s?.mode === 'internal' } },
                {
                  name: 'closesAt',
                  label: 'Aanmelden sluit',
                  type: 'date',
                  admin: { condition: (_, s) => s?.mode === 'internal', date: { pickerAppearance: 'dayAndTime', timeFormat: 'HH:mm' } },
                },
                {
                  ...urlField('externalUrl', 'Externe aanmeldpagina'),
                  admin: { condition: (_, s) => s?.mode === 'external' },
                },
              ],
            },
            {
              name: 'registrationList',
              label: 'Aanmeldingen',
              type: 'join',
              collection: 'registrations',
              on: 'event',
              defaultSort: 'createdAt',
              defaultLimit: 50,
              access: { read: ({ req: { user } }) => hasRole(user, 'admin', 'editor') },
              admin: {
                defaultColumns: ['name', 'email', 'organisation', 'status', 'attended'],
                description: 'Wie zich via de kennisbank aanmeldde en wie op de wachtlijst staat. Open een aanmelding om aanwezigheid te zetten.',
              },
            },
            {
              name: 'registrationExport',
              type: 'ui',
              admin: { components: { Field: '/components/RegistrationExport#RegistrationExport' } },
            },
          ],
        },
        {
          label: 'Terugblik',
          fields: [
            {
              name: 'lookBack',
              label: 'Terugblik',
              type: 'group',
              admin: { description: 'Vul in nadat de bijeenkomst heeft plaatsgevonden.' },
              fields: [
                { name: 'report', label: 'Verslag', type: 'richText', editor: defaultLexical },
                { name: 'slides', label: 'Presentaties', type: 'upload', relationTo: 'media', hasMany: true },
                { name: 'items', label: 'Kennisitems', type: 'relationship', relationTo: 'knowledge-items', hasMany: true },
              ],
            },
          ],
        },
        { label: 'Vindbaarheid', fields: [seo] },
      ],
    },
    { name: 'type', label: 'Soort', type: 'select', required: true, options: eventTypes, index: true, admin: { position: 'sidebar' } },
    {
      name: 'audience',
      label: 'Voor wie',
      type: 'select',
      hasMany: true,
      options: audiences,
      admin: { position: 'sidebar', description: 'Voor wie is deze bijeenkomst bedoeld? Bezoekers zien het bij de bijeenkomst.' },
    },
    relatesTo('programme', 'programmes', 'Programma', { hasMany: false }),
    relatesTo('edition', 'editions', 'Editie Week van de Brede Welvaart', { hasMany: false }),
    relatesTo('organisers', 'organisations', 'Organisatoren'),
    relatesTo('themes', 'themes', "Thema's"),
    { ...relatesTo('regions', 'regions', "Regio's"), filterOptions: brabantRegions },
    createdBy,
  ],
}
