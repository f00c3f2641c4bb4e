import type { CollectionConfig } from 'payload'

import { draftCollectionAccess, draftVersions } from '../access/drafts'
import { createdBy } from '../fields/createdBy'
import { defaultLexical } from '../fields/defaultLexical'
import { joinFrom, relatesTo } from '../fields/relations'
import { seo } from '../fields/seo'
import { slug } from '../fields/slug'
import { urlField } from '../fields/url'
import { previewButton } from '../preview/url'

/** The provincial programmes that take part in the learning approach. */
export const Programmes: CollectionConfig = {
  slug: 'programmes',
  labels: { singular: 'Programma', plural: "Programma's" },
  admin: { useAsTitle: 'title', group: 'Inhoud', defaultColumns: ['title', '_status', 'updatedAt'], preview: previewButton('programmes') },
  defaultSort: 'title',
  access: draftCollectionAccess({ contributors: false }),
  versions: draftVersions,
  fields: [
    { name: 'title', label: 'Naam', type: 'text', required: true, maxLength: 200 },
    slug(),
    { name: 'summary', label: 'Samenvatting', type: 'textarea', required: true, maxLength: 600 },
    { name: 'description', label: 'Beschrijving', type: 'richText', editor: defaultLexical },
    {
      name: 'contact',
      label: 'Contact',
      type: 'group',
      fields: [
        { name: 'name', label: 'Naam', type: 'text', maxLength: 120 },
        { name: 'email', label: 'E-mailadres', type: 'email' },
      ],
    },
    urlField('website', 'Meer informatie (webadres)'),
    relatesTo('themes', 'themes', "Thema's"),
    joinFrom('events', 'events', 'programme', 'Werksessies en bijeenkomsten'),
    joinFrom('knowledgeItems', 'knowledge-items', 'programmes', 'Geleerde lessen en kennisitems'),
    seo,
    createdBy,
  ],
}
