import type { CollectionConfig, RelationshipFieldSingleValidation } from 'payload'

import { anyone, isEditor } from '../access/roles'
import { regionKinds } from '@kennisbank/types/vocabularies'
import { joinFrom } from '../fields/relations'
import { slug } from '../fields/slug'
import { messages } from '../messages'

/** A region cannot lie in itself or in a region that lies in it: the tree must stay a tree (search walks it). */
const notInsideItself: RelationshipFieldSingleValidation = async (value, { id, req }) => {
  let parent = typeof value === 'object' && value !== null ? value.value : value
  for (let steps = 0; parent !== null && parent !== undefined && steps < 20; steps++) {
    if (id !== undefined && String(parent) === String(id)) return messages.regions.cycle
    const region = await req.payload.findByID({ collection: 'regions', id: parent as number, depth: 0, req, disableErrors: true })
    parent = region?.parent as number | null | undefined
  }
  return true
}

/** Noord-Brabant, its regions and municipalities, with the CBS region code where there is one. */
export const Regions: CollectionConfig = {
  slug: 'regions',
  labels: { singular: 'Regio', plural: "Regio's" },
  admin: { useAsTitle: 'title', group: 'Ordening', defaultColumns: ['title', 'kind', 'cbsCode', 'parent'] },
  access: { read: anyone, create: isEditor, update: isEditor, delete: isEditor },
  fields: [
    { name: 'title', label: 'Naam', type: 'text', required: true, maxLength: 120 },
    slug(),
    { name: 'kind', label: 'Soort', type: 'select', required: true, options: regionKinds, admin: { position: 'sidebar' } },
    {
      name: 'cbsCode',
      label: 'CBS-regiocode',
      type: 'text',
      unique: true,
      validate: (value: unknown) =>
        value === undefined || value === null || value === '' || (typeof value === 'string' && /^(NL01|PV\d{2}|CR\d{2}|GM\d{4})$/.test(value))
          ? true
          : 'Gebruik een CBS-code zoals PV30, CR35 of GM0855.',
      admin: { position: 'sidebar' },
    },
    { name: 'parent', label: 'Ligt in', type: 'relationship', relationTo: 'regions', validate: notInsideItself, admin: { position: 'sidebar' } },
    {
      name: 'tile',
      label: 'Plaats in de tegelkaart',
      type: 'group',
      admin: {
        position: 'sidebar',
        description: 'Waar het gebied ongeveer ligt in de tegelkaart bij cijfers: rij 1 is het noorden, kolom 1 het westen. Leeg: niet in de kaart.',
      },
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'row', label: 'Rij', type: 'number', min: 1, max: 12 },
            { name: 'column', label: 'Kolom', type: 'number', min: 1, max: 12 },
          ],
        },
      ],
    },
    { name: 'description', label: 'Omschrijving', type: 'textarea', maxLength: 1000 },
    joinFrom('children', 'regions', 'parent', 'Onderliggende gebieden'),
    joinFrom('knowledgeItems', 'knowledge-items', 'regions', 'Kennisitems'),
    joinFrom('organisations', 'organisations', 'region', 'Organisaties'),
  ],
}
