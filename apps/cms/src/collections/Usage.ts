import type { CollectionConfig, Field } from 'payload'

import { isAdmin, isEditor } from '../access/roles'

// Usage figures without cookies (src/usage/): per day, how often each page was viewed and each search
// was made. Nothing about the visitor is stored: no address, no browser, no time of day, no order of
// pages, so no single visit can be recovered. Written only by the usage endpoint (its SQL adds to the
// day's row); editors read, admins may delete.
const access = { read: isEditor, create: () => false, update: () => false, delete: isAdmin }
const day: Field = { name: 'day', label: 'Dag', type: 'date', required: true, index: true, admin: { date: { pickerAppearance: 'dayOnly', displayFormat: 'd MMMM yyyy' } } }

export const PageViews: CollectionConfig = {
  slug: 'page-views',
  labels: { singular: 'Paginaweergaven op een dag', plural: 'Paginaweergaven' },
  admin: {
    useAsTitle: 'path',
    defaultColumns: ['path', 'day', 'views'],
    group: 'Gebruik',
    description:
      'Hoe vaak elke pagina per dag is bekeken. Zonder cookies en zonder iets over de bezoeker: alleen de pagina, de dag en het aantal. Zoekmachines en andere bots tellen niet mee. Filter op een pagina om het verloop per dag te zien.',
  },
  defaultSort: '-day',
  timestamps: false,
  access,
  indexes: [{ fields: ['day', 'path'], unique: true }],
  fields: [
    day,
    { name: 'path', label: 'Pagina', type: 'text', required: true, maxLength: 300 },
    { name: 'views', label: 'Weergaven', type: 'number', required: true, min: 0 },
  ],
}

export const SearchQueries: CollectionConfig = {
  slug: 'search-queries',
  labels: { singular: 'Zoekopdracht op een dag', plural: 'Zoekopdrachten' },
  admin: {
    useAsTitle: 'query',
    defaultColumns: ['query', 'day', 'searches', 'results'],
    group: 'Gebruik',
    description:
      'Waarop bezoekers per dag zochten (in kleine letters), hoe vaak, en hoeveel resultaten de laatste zoekopdracht gaf. Zoekopdrachten zonder resultaat laten zien wat de kennisbank nog mist.',
  },
  defaultSort: '-day',
  timestamps: false,
  access,
  indexes: [{ fields: ['day', 'query'], unique: true }],
  fields: [
    day,
    { name: 'query', label: 'Zoekwoorden', type: 'text', required: true, maxLength: 200 },
    { name: 'searches', label: 'Aantal keer gezocht', type: 'number', required: true, min: 0 },
    { name: 'results', label: 'Resultaten', type: 'number', required: true, min: 0 },
  ],
}
