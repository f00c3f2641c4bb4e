import type { CollectionConfig } from 'payload'

import { anyone, isEditor } from '../access/roles'
import { defaultLexical } from '../fields/defaultLexical'
import { perspectives } from '@kennisbank/types/vocabularies'
import { joinFrom } from '../fields/relations'
import { slug } from '../fields/slug'

/** The broad-prosperity themes of the CBS Monitor Brede Welvaart. */
export const Themes: CollectionConfig = {
  slug: 'themes',
  labels: { singular: 'Thema', plural: "Thema's" },
  admin: { useAsTitle: 'title', group: 'Ordening', defaultColumns: ['title', 'perspective', 'order'] },
  defaultSort: 'order',
  access: { read: anyone, create: isEditor, update: isEditor, delete: isEditor },
  fields: [
    { name: 'title', label: 'Naam', type: 'text', required: true, maxLength: 120 },
    slug(),
    {
      name: 'perspective',
      label: 'Perspectief',
      type: 'select',
      required: true,
      options: perspectives,
      admin: { position: 'sidebar' },
    },
    { name: 'order', label: 'Volgorde', type: 'number', admin: { position: 'sidebar' } },
    { name: 'summary', label: 'Korte omschrijving', type: 'textarea', required: true, maxLength: 400 },
    { name: 'description', label: 'Toelichting', type: 'richText', editor: defaultLexical },
    joinFrom('knowledgeItems', 'knowledge-items', 'themes', 'Kennisitems'),
    joinFrom('events', 'events', 'themes', 'Bijeenkomsten'),
    joinFrom('indicators', 'indicators', 'theme', 'Indicatoren'),
  ],
}
