import type { CollectionConfig } from 'payload'

import { isEditor, isLoggedIn } from '../access/roles'
import { publicField, readMedia, submittedField } from '../contributions/fields'
import { env } from '../env'

export const Media: CollectionConfig = {
  slug: 'media',
  labels: { singular: 'Bestand', plural: 'Media' },
  admin: { group: 'Inhoud', defaultColumns: ['filename', 'alt', 'mimeType', 'filesize'] },
  access: {
    read: readMedia,
    create: isLoggedIn,
    update: isEditor,
    delete: isEditor,
  },
  upload: {
    staticDir: env.mediaDir,
    mimeTypes: [
      'image/jpeg',
      'image/png',
      'image/webp',
      'image/avif',
      'image/svg+xml',
      'application/pdf',
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      'application/vnd.openxmlformats-officedocument.presentationml.presentation',
      'application/vnd.oasis.opendocument.text',
      'text/csv',
    ],
    focalPoint: true,
    adminThumbnail: 'thumbnail',
    // Responsive sizes for srcset on the portal; webp keeps them light on a cheap phone.
    imageSizes: [
      { name: 'thumbnail', width: 320, formatOptions: { format: 'webp', options: { quality: 80 } } },
      { name: 'small', width: 640, formatOptions: { format: 'webp', options: { quality: 80 } } },
      { name: 'medium', width: 1024, formatOptions: { format: 'webp', options: { quality: 80 } } },
      { name: 'large', width: 1600, formatOptions: { format: 'webp', options: { quality: 80 } } },
    ],
  },
  fields: [
    {
      name: 'alt',
      label: 'Alternatieve tekst',
      type: 'text',
      required: true,
      maxLength: 300,
      admin: {
        description:
          'Beschrijf wat er op de afbeelding staat voor wie haar niet kan zien. Bij een document: de titel van het document.',
      },
    },
    { name: 'credit', label: 'Bron / fotograaf', type: 'text', maxLength: 200 },
    submittedField,
    publicField,
  ],
}
