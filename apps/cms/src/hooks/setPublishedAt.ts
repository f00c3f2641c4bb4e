import type { KnowledgeItem } from '@kennisbank/types'
import type { CollectionBeforeChangeHook } from 'payload'

/** Stamps the publication date the first time a document is published, unless the editor set one. */
export const setPublishedAt: CollectionBeforeChangeHook<KnowledgeItem> = ({ data }) => {
  if (data._status === 'published' && !data.publishedAt) {
    return { ...data, publishedAt: new Date().toISOString() }
  }
  return data
}
