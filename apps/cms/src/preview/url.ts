// Preview of drafts on the real portal page (see endpoint.ts): the addresses the admin's "Voorbeeld" button
// and its live-preview panel open, each with a signed, short-lived token for that one document
// (@kennisbank/types/tokens).
import { draftCollections, previewParam, type DraftCollection } from '@kennisbank/types/api'
import { signPreview } from '@kennisbank/types/tokens'
import type { LivePreviewConfig, RootLivePreviewConfig } from 'payload'

import { env } from '../env'

/** The portal path of each collection's documents (apps/web/src/lib/paths.ts). */
const portalPaths: Record<DraftCollection, (slug: string) => string> = {
  'knowledge-items': (slug) => `/kennisbank/${slug}`,
  programmes: (slug) => `/programmas/${slug}`,
  events: (slug) => `/agenda/${slug}`,
  pages: (slug) => `/${slug}`,
}

const isDraftCollection = (slug: unknown): slug is DraftCollection => draftCollections.includes(slug as DraftCollection)

/** The portal address of a document with a fresh preview token; null before it is saved or without a portal. */
export function previewUrl(collection: unknown, doc: Record<string, unknown> | undefined): string | null {
  const id = doc?.id
  if (!env.portalUrl || !isDraftCollection(collection) || typeof id !== 'number') return null
  // A draft may not have its slug yet: the token names the document, the slug only makes the address readable.
  const slug = typeof doc?.slug === 'string' && doc.slug ? doc.slug : 'concept'
  const url = new URL(portalPaths[collection](slug), env.portalUrl)
  url.searchParams.set(previewParam, signPreview(env.portalApiKey, collection, id))
  return url.href
}

/** The admin's preview button (a collection's `admin.preview`). */
export const previewButton = (collection: DraftCollection) => (doc: Record<string, unknown>) => previewUrl(collection, doc)

/** The admin's live-preview panel for every collection with drafts, at the sizes visitors use. */
export const livePreview: RootLivePreviewConfig = {
  collections: [...draftCollections],
  url: (({ collectionConfig, data }) => previewUrl(collectionConfig?.slug, data) ?? undefined) as LivePreviewConfig['url'],
  breakpoints: [
    { name: 'telefoon', label: 'Telefoon', width: 375, height: 740 },
    { name: 'tablet', label: 'Tablet', width: 768, height: 1024 },
    { name: 'computer', label: 'Computer', width: 1280, height: 800 },
  ],
}

