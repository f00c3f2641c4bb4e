import type { CollectionConfig } from 'payload'

import { anyone, isEditor } from '../access/roles'
import { defaultLexical } from '../fields/defaultLexical'
import { joinFrom } from '../fields/relations'
import { slug } from '../fields/slug'

/** A yearly edition of the Week van de Brede Welvaart, with its events joined. */
export const Editions: CollectionConfig = {
  slug: 'editions',
  labels: { singular: 'Editie Week van de Brede Welvaart', plural: 'Edities Week van de Brede Welvaart' },
  admin: { useAsTitle: 'title', group: 'Agenda', defaultColumns: ['title', 'year', 'startsOn'] },
  defaultSort: '-year',
  access: { read: anyone, create: isEditor, update: isEditor, delete: isEditor },
  fields: [
    { name: 'title', label: 'Titel', type: 'text', required: true, maxLength: 200 },
    slug(),
    { name: 'year', label: 'Jaar', type: 'number', required: true, unique: true, min: 2000, max: 2100 },
    {
      type: 'row',
      fields: [
        { name: 'startsOn', label: 'Eerste dag', type: 'date', required: true, admin: { date: { pickerAppearance: 'dayOnly' } } },
        { name: 'endsOn', label: 'Laatste dag', type: 'date', required: true, admin: { date: { pickerAppearance: 'dayOnly' } } },
      ],
    },
    { name: 'summary', label: 'Samenvatting', type: 'textarea', required: true, maxLength: 600 },
    { name: 'description', label: 'Beschrijving', type: 'richText', editor: defaultLexical },
    { name: 'lookBack', label: 'Terugblik', type: 'richText', editor: defaultLexical },
    joinFrom('events', 'events', 'edition', 'Programma'),
  ],
}
