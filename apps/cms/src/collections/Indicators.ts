import type { CollectionConfig } from 'payload'

import { anyone, isEditor } from '../access/roles'
import { relatesTo } from '../fields/relations'
import { slug } from '../fields/slug'
import { urlField } from '../fields/url'

/** A broad-prosperity figure with its values per year and region (imported from open data). */
export const Indicators: CollectionConfig = {
  slug: 'indicators',
  labels: { singular: 'Indicator', plural: 'Brede welvaartscijfers' },
  admin: { useAsTitle: 'title', group: 'Cijfers', defaultColumns: ['title', 'theme', 'unit', 'source'] },
  access: { read: anyone, create: isEditor, update: isEditor, delete: isEditor },
  fields: [
    { name: 'title', label: 'Naam', type: 'text', required: true, maxLength: 200 },
    slug(),
    relatesTo('theme', 'themes', 'Thema', { hasMany: false }),
    { name: 'unit', label: 'Eenheid', type: 'text', required: true, maxLength: 60, admin: { description: 'Bijvoorbeeld: rapportcijfer (1-10), %, euro' } },
    { name: 'definition', label: 'Definitie', type: 'textarea', required: true, maxLength: 2000 },
    { name: 'source', label: 'Bron', type: 'text', required: true, maxLength: 300 },
    urlField('sourceUrl', 'Webadres van de bron'),
    {
      name: 'values',
      label: 'Waarden',
      type: 'array',
      labels: { singular: 'Waarde', plural: 'Waarden' },
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'year', label: 'Jaar', type: 'number', required: true, min: 1900, max: 2100 },
            { name: 'region', label: 'Regio', type: 'relationship', relationTo: 'regions', required: true },
            { name: 'value', label: 'Waarde', type: 'number', required: true },
          ],
        },
      ],
    },
  ],
}
