import type { CollectionConfig } from 'payload'

import { isEditor } from '../access/roles'

// Readers' answers to the feedback question (was this page useful?) on knowledge items and pages (src/feedback/). Nothing about
// the reader is stored: no cookie, no address, no browser, no time of day; the token is a random number that
// lets a page view answer once. Written only by the feedback endpoint; editors read them, mark remarks as
// handled and may delete them. Each item and page shows its tallies (components/FeedbackSummary.tsx).
const fixed = { update: () => false }

export const Feedback: CollectionConfig = {
  slug: 'feedback',
  labels: { singular: 'Reactie van een lezer', plural: 'Reacties van lezers' },
  admin: {
    defaultColumns: ['day', 'useful', 'remark', 'item', 'page', 'handled'],
    group: 'Gebruik',
    listSearchableFields: ['remark'],
    description:
      'Wat lezers antwoordden op de vraag “Was deze pagina nuttig?”, met hun opmerking als ze die gaven. Zonder cookies en zonder iets over de lezer: alleen de pagina, de dag, ja of nee en de opmerking. Zet een opmerking op afgehandeld als u er iets mee gedaan heeft.',
  },
  defaultSort: '-day',
  timestamps: false,
  access: { read: isEditor, create: () => false, update: isEditor, delete: isEditor },
  fields: [
    { name: 'day', label: 'Dag', type: 'date', required: true, index: true, access: fixed, admin: { readOnly: true, date: { pickerAppearance: 'dayOnly', displayFormat: 'd MMMM yyyy' } } },
    {
      name: 'useful',
      label: 'Nuttig',
      type: 'select',
      required: true,
      access: fixed,
      options: [
        { label: 'Ja', value: 'yes' },
        { label: 'Nee', value: 'no' },
      ],
      admin: { readOnly: true },
    },
    { name: 'remark', label: 'Opmerking', type: 'textarea', maxLength: 500, access: fixed, admin: { readOnly: true } },
    { name: 'handled', label: 'Afgehandeld', type: 'checkbox', defaultValue: false, index: true },
    { name: 'item', label: 'Kennisitem', type: 'relationship', relationTo: 'knowledge-items', index: true, access: fixed, admin: { readOnly: true } },
    { name: 'page', label: 'Pagina', type: 'relationship', relationTo: 'pages', index: true, access: fixed, admin: { readOnly: true } },
    // The random number of the page view's token: one answer per page view (unique), nothing to read.
    { name: 'token', type: 'text', required: true, unique: true, access: { read: () => false, update: () => false }, admin: { hidden: true } },
  ],
}
