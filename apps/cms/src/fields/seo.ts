import type { Field } from 'payload'

export const seo: Field = {
  name: 'seo',
  label: 'Vindbaarheid (SEO)',
  type: 'group',
  admin: { description: 'Laat leeg om de titel en samenvatting te gebruiken.' },
  fields: [
    { name: 'title', label: 'Titel voor zoekmachines', type: 'text', maxLength: 70 },
    { name: 'description', label: 'Omschrijving voor zoekmachines', type: 'textarea', maxLength: 160 },
    { name: 'image', label: 'Deelafbeelding', type: 'upload', relationTo: 'media' },
  ],
}
