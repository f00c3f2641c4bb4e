import type { CollectionConfig } from 'payload'

import { draftCollectionAccess, draftVersions } from '../../access/drafts'
import { createdBy } from '../../fields/createdBy'
import { defaultLexical } from '../../fields/defaultLexical'
import { audiences, evidenceLevels, knowledgeTypes, perspectives, regionScopes } from '@kennisbank/types/vocabularies'
import { brabantRegions, relatesTo } from '../../fields/relations'
import { seo } from '../../fields/seo'
import { slug } from '../../fields/slug'
import { urlField } from '../../fields/url'
import { setPublishedAt } from '../../hooks/setPublishedAt'
import { queueSearchTermsRefresh } from '../../search/terms'
import { stampEvidence } from './hooks/stampEvidence'
import { audienceRequired, contactNameRequired, evidenceRequired, regionsForScope, templateTab } from './template'
import { feedbackSummary } from '../../fields/feedbackSummary'
import { previewButton } from '../../preview/url'
import { moderateSubmission, submission } from '../../contributions/fields'

/** Lessons learned, knowledge and tools: the heart of the kennisbank. */
export const KnowledgeItems: CollectionConfig = {
  slug: 'knowledge-items',
  labels: { singular: 'Kennisitem', plural: 'Kennisbank' },
  admin: {
    useAsTitle: 'title',
    group: 'Inhoud',
    defaultColumns: ['title', 'type', '_status', 'publishedAt', 'updatedAt'],
    listSearchableFields: ['title', 'summary'],
    preview: previewButton('knowledge-items'),
  },
  defaultSort: '-publishedAt',
  access: draftCollectionAccess({ contributors: true }),
  versions: draftVersions,
  hooks: { beforeChange: [setPublishedAt, stampEvidence, moderateSubmission], afterChange: [queueSearchTermsRefresh], afterDelete: [queueSearchTermsRefresh] },
  fields: [
    { name: 'title', label: 'Titel', type: 'text', required: true, maxLength: 200 },
    slug(),
    {
      name: 'summary',
      label: 'Samenvatting',
      type: 'textarea',
      required: true,
      maxLength: 600,
      admin: { description: 'Twee of drie zinnen: waar gaat het over en wat heb je eraan?' },
    },
    {
      name: 'image',
      label: 'Afbeelding',
      type: 'upload',
      relationTo: 'media',
      filterOptions: { mimeType: { contains: 'image' } },
    },
    {
      type: 'tabs',
      tabs: [
        {
          label: 'Inhoud',
          fields: [
            { name: 'body', label: 'Tekst', type: 'richText', editor: defaultLexical, required: true },
            {
              name: 'attachments',
              label: 'Bijlagen om te downloaden',
              type: 'upload',
              relationTo: 'media',
              hasMany: true,
            },
            {
              name: 'externalLinks',
              label: 'Externe links',
              type: 'array',
              labels: { singular: 'Link', plural: 'Links' },
              fields: [
                { name: 'label', label: 'Linktekst', type: 'text', required: true, maxLength: 200 },
                urlField('url', 'Webadres', { required: true }),
              ],
            },
            {
              name: 'contact',
              label: 'Contact',
              type: 'group',
              admin: { description: 'Wie kan een bezoeker bellen of mailen? Een persoon of een organisatie; verplicht bij praktijkvoorbeelden en instrumenten.' },
              fields: [
                { name: 'name', label: 'Naam', type: 'text', maxLength: 120, validate: contactNameRequired },
                { name: 'role', label: 'Functie', type: 'text', maxLength: 120 },
                { name: 'organisation', label: 'Organisatie', type: 'relationship', relationTo: 'organisations' },
                { name: 'email', label: 'E-mailadres', type: 'email' },
              ],
            },
            {
              name: 'related',
              label: 'Gerelateerde kennisitems',
              type: 'relationship',
              relationTo: 'knowledge-items',
              hasMany: true,
              filterOptions: ({ id }) => (id ? { id: { not_equals: id } } : true),
            },
          ],
        },
        templateTab,
        { label: 'Vindbaarheid', fields: [seo] },
      ],
    },
    { name: 'type', label: 'Soort', type: 'select', required: true, options: knowledgeTypes, index: true, admin: { position: 'sidebar' } },
    {
      name: 'evidence',
      label: 'Onderbouwing',
      type: 'select',
      options: evidenceLevels.map(({ label, value }) => ({ label, value })),
      validate: evidenceRequired,
      admin: { position: 'sidebar', description: 'Waar rust deze kennis op? De niveaus staan uitgelegd op /kennisbank/onderbouwing.' },
    },
    {
      name: 'evidenceAssignedAt',
      label: 'Onderbouwing vastgesteld op',
      type: 'date',
      access: { create: () => false, update: () => false },
      admin: { position: 'sidebar', readOnly: true, date: { displayFormat: 'd MMMM yyyy' } },
    },
    {
      name: 'evidenceAssignedBy',
      label: 'Onderbouwing vastgesteld door',
      type: 'relationship',
      relationTo: 'users',
      access: { read: ({ req: { user } }) => Boolean(user), create: () => false, update: () => false },
      admin: { position: 'sidebar', readOnly: true },
    },
    relatesTo('themes', 'themes', "Thema's"),
    relatesTo('programmes', 'programmes', "Programma's"),
    {
      name: 'regionScope',
      label: 'Geldt voor',
      type: 'radio',
      options: regionScopes,
      defaultValue: 'brabant',
      admin: { position: 'sidebar', description: 'Een item zonder regio geldt voor heel Noord-Brabant en verschijnt bij elke regio.' },
    },
    { ...relatesTo('regions', 'regions', "Regio's en gemeenten"), filterOptions: brabantRegions, validate: regionsForScope, admin: { position: 'sidebar', condition: (data) => data?.regionScope === 'regions' } },
    relatesTo('organisations', 'organisations', 'Organisaties'),
    { name: 'audience', label: 'Doelgroep', type: 'select', hasMany: true, options: audiences, validate: audienceRequired, admin: { position: 'sidebar' } },
    { name: 'perspective', label: 'Perspectief', type: 'select', hasMany: true, options: perspectives, admin: { position: 'sidebar' } },
    {
      name: 'publishedAt',
      label: 'Publicatiedatum',
      type: 'date',
      index: true,
      admin: { position: 'sidebar', date: { pickerAppearance: 'dayOnly', displayFormat: 'd MMMM yyyy' } },
    },
    createdBy,
    feedbackSummary,
    submission,
  ],
}
