import {
  BlockquoteFeature,
  EXPERIMENTAL_TableFeature,
  FixedToolbarFeature,
  HeadingFeature,
  LinkFeature,
  OrderedListFeature,
  UnorderedListFeature,
  UploadFeature,
  lexicalEditor,
} from '@payloadcms/richtext-lexical'

import type { FieldAffectingData, TextFieldSingleValidation } from 'payload'

import { validateUrl } from './url'

/** Custom links must be http(s) or mailto; internal links point at a document instead. */
const validateLinkUrl: TextFieldSingleValidation = (value, { siblingData }) =>
  (siblingData as { linkType?: string } | undefined)?.linkType === 'internal'
    ? true
    : validateUrl(value, { required: true, allowMailto: true })

/** The editor every rich-text field uses: headings from h2, lists, quotes, tables, links (internal or http(s)) and uploads. */
export const defaultLexical = lexicalEditor({
  features: ({ rootFeatures }) => [
    ...rootFeatures.filter((feature) => !['heading', 'link', 'upload'].includes(feature.key)),
    HeadingFeature({ enabledHeadingSizes: ['h2', 'h3', 'h4'] }),
    BlockquoteFeature(),
    OrderedListFeature(),
    UnorderedListFeature(),
    UploadFeature({ enabledCollections: ['media'] }),
    LinkFeature({
      enabledCollections: ['knowledge-items', 'programmes', 'events', 'organisations', 'themes', 'pages'],
      fields: ({ defaultFields }) =>
        defaultFields.map((field): FieldAffectingData =>
          field.name === 'url' && field.type === 'text' && !field.hasMany ? { ...field, hasMany: false, validate: validateLinkUrl } : field,
        ),
    }),
    EXPERIMENTAL_TableFeature(),
    FixedToolbarFeature(),
  ],
})
