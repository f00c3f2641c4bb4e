import type { CollectionConfig } from 'payload'

import { draftCollectionAccess, draftVersions } from '../access/drafts'
import { pageBlocks } from '../blocks'
import { createdBy } from '../fields/createdBy'
import { seo } from '../fields/seo'
import { slug } from '../fields/slug'
import { feedbackSummary } from '../fields/feedbackSummary'
import { previewButton } from '../preview/url'

/** Free pages built from blocks: about, accessibility statement, privacy, the Week landing page. */
export const Pages: CollectionConfig = {
  slug: 'pages',
  labels: { singular: 'Pagina', plural: "Pagina's" },
  admin: { useAsTitle: 'title', group: 'Inhoud', defaultColumns: ['title', 'slug', '_status', 'updatedAt'], preview: previewButton('pages') },
  access: draftCollectionAccess({ contributors: false }),
  versions: draftVersions,
  fields: [
    { name: 'title', label: 'Titel', type: 'text', required: true, maxLength: 200 },
    slug(),
    { name: 'intro', label: 'Inleiding', type: 'textarea', maxLength: 600 },
    { name: 'layout', label: 'Inhoud', type: 'blocks', blocks: pageBlocks, required: true, minRows: 1 },
    seo,
    createdBy,
    feedbackSummary,
  ],
}
