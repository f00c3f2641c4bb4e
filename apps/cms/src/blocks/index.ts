import type { Block } from 'payload'

import { defaultLexical } from '../fields/defaultLexical'
import { urlField } from '../fields/url'

export const ContentBlock: Block = {
  slug: 'content',
  labels: { singular: 'Tekst', plural: 'Teksten' },
  fields: [{ name: 'body', label: 'Tekst', type: 'richText', editor: defaultLexical, required: true }],
}

export const CallToActionBlock: Block = {
  slug: 'callToAction',
  labels: { singular: 'Oproep', plural: 'Oproepen' },
  fields: [
    { name: 'heading', label: 'Kop', type: 'text', required: true, maxLength: 120 },
    { name: 'text', label: 'Tekst', type: 'textarea', maxLength: 500 },
    { name: 'linkLabel', label: 'Linktekst', type: 'text', required: true, maxLength: 80 },
    {
      name: 'linkUrl',
      label: 'Link',
      type: 'text',
      required: true,
      admin: { description: 'Een pad op deze site (/agenda) of een volledig webadres.' },
      validate: (value: unknown) =>
        typeof value === 'string' && (/^\/[a-z0-9\-/]*$/.test(value) || /^https?:\/\/\S+$/.test(value))
          ? true
          : 'Vul een pad zoals /agenda of een webadres met https:// in.',
    },
  ],
}

export const MediaBlock: Block = {
  slug: 'mediaBlock',
  labels: { singular: 'Afbeelding', plural: 'Afbeeldingen' },
  fields: [
    { name: 'media', label: 'Afbeelding', type: 'upload', relationTo: 'media', required: true },
    { name: 'caption', label: 'Onderschrift', type: 'text', maxLength: 300 },
  ],
}

export const ItemListBlock: Block = {
  slug: 'itemList',
  labels: { singular: 'Lijst kennisitems', plural: 'Lijsten kennisitems' },
  fields: [
    { name: 'heading', label: 'Kop', type: 'text', required: true, maxLength: 120 },
    { name: 'items', label: 'Kennisitems', type: 'relationship', relationTo: 'knowledge-items', hasMany: true, required: true },
  ],
}

export const LinkListBlock: Block = {
  slug: 'linkList',
  labels: { singular: 'Lijst links', plural: 'Lijsten links' },
  fields: [
    { name: 'heading', label: 'Kop', type: 'text', maxLength: 120 },
    {
      name: 'links',
      label: 'Links',
      type: 'array',
      minRows: 1,
      fields: [
        { name: 'label', label: 'Linktekst', type: 'text', required: true, maxLength: 120 },
        urlField('url', 'Webadres', { required: true }),
      ],
    },
  ],
}

export const pageBlocks = [ContentBlock, CallToActionBlock, MediaBlock, ItemListBlock, LinkListBlock]
