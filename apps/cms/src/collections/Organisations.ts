import type { CollectionConfig } from 'payload'

import { anyone, isEditor } from '../access/roles'
import { organisationKinds } from '@kennisbank/types/vocabularies'
import { brabantRegions, joinFrom, relatesTo } from '../fields/relations'
import { slug } from '../fields/slug'
import { urlField } from '../fields/url'

/** Partners in the practice network. */
export const Organisations: CollectionConfig = {
  slug: 'organisations',
  labels: { singular: 'Organisatie', plural: 'Netwerk' },
  admin: { useAsTitle: 'title', group: 'Inhoud', defaultColumns: ['title', 'kind', 'region'] },
  defaultSort: 'title',
  access: { read: anyone, create: isEditor, update: isEditor, delete: isEditor },
  fields: [
    { name: 'title', label: 'Naam', type: 'text', required: true, maxLength: 200 },
    slug(),
    { name: 'kind', label: 'Soort organisatie', type: 'select', required: true, options: organisationKinds, admin: { position: 'sidebar' } },
    { ...relatesTo('region', 'regions', 'Regio', { hasMany: false }), filterOptions: brabantRegions },
    { name: 'logo', label: 'Logo', type: 'upload', relationTo: 'media' },
    urlField('website', 'Website'),
    { name: 'description', label: 'Omschrijving', type: 'textarea', maxLength: 1500 },
    joinFrom('events', 'events', 'organisers', 'Bijeenkomsten'),
    joinFrom('knowledgeItems', 'knowledge-items', 'organisations', 'Kennisitems'),
  ],
}
