import type { CollectionConfig } from 'payload'

import { observationStatuses } from '@kennisbank/types/vocabularies'

import { anyone, isEditor } from '../access/roles'

/**
 * One value of an indicator for one region and year. Usually written by an import (figure-imports),
 * which updates a value it finds again instead of adding a second one: the pair (indicator, region,
 * year) is unique.
 */
export const Observations: CollectionConfig = {
  slug: 'observations',
  labels: { singular: 'Waarde', plural: 'Waarden' },
  admin: { group: 'Cijfers', defaultColumns: ['indicator', 'region', 'year', 'value', 'status'] },
  access: { read: anyone, create: isEditor, update: isEditor, delete: isEditor },
  defaultSort: ['indicator', 'region', 'year'],
  indexes: [{ fields: ['indicator', 'region', 'year'], unique: true }],
  fields: [
    { name: 'indicator', label: 'Indicator', type: 'relationship', relationTo: 'indicators', required: true, index: true },
    {
      type: 'row',
      fields: [
        { name: 'region', label: 'Regio', type: 'relationship', relationTo: 'regions', required: true },
        { name: 'year', label: 'Jaar', type: 'number', required: true, min: 1900, max: 2100 },
        { name: 'value', label: 'Waarde', type: 'number', required: true },
        { name: 'status', label: 'Status', type: 'select', required: true, defaultValue: 'definitive', options: observationStatuses },
      ],
    },
  ],
}
