import type { CollectionConfig } from 'payload'

import { isEditor } from '../access/roles'

/** Words that mean the same to a visitor (wonen ~ huisvesting ~ woningbouw): a search for one finds the others. */
export const Synonyms: CollectionConfig = {
  slug: 'synonyms',
  labels: { singular: 'Groep zoekwoorden', plural: 'Zoekwoorden die bij elkaar horen' },
  admin: {
    useAsTitle: 'words',
    defaultColumns: ['words', 'updatedAt'],
    group: 'Ordening',
    description: 'Zoekt een bezoeker op één van deze woorden, dan vindt de zoekfunctie ook de andere. Eén groep per betekenis.',
  },
  access: { read: isEditor, create: isEditor, update: isEditor, delete: isEditor },
  fields: [
    {
      name: 'words',
      label: 'Woorden',
      type: 'text',
      required: true,
      maxLength: 500,
      admin: { description: 'Gescheiden door komma’s, bijvoorbeeld: wonen, huisvesting, woningbouw, woningmarkt' },
      validate: (value: string | null | undefined) =>
        (value ?? '').split(',').filter((word) => word.trim()).length >= 2 ? true : 'Geef minstens twee woorden, gescheiden door komma’s.',
    },
  ],
}
