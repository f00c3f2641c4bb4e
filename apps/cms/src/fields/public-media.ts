// Uploads are public only once published content uses them. A new upload (an image for a draft, a
// partner's attachment) is for logged-in users; when a published document refers to it (an
// upload field anywhere in its fields, blocks and arrays, or an upload in its rich text), it becomes
// public in the same transaction, and stays so: its address may have been shared by then.
import type { CollectionAfterChangeHook, CollectionConfig, FlattenedField, PayloadRequest } from 'payload'

type Ref = number | { id: number } | { relationTo: string; value: number | { id: number } } | null | undefined

const idOf = (ref: Ref): number | null => {
  if (typeof ref === 'number') return ref
  if (ref && typeof ref === 'object') {
    if ('relationTo' in ref) return ref.relationTo === 'media' ? idOf(ref.value) : null
    if (typeof ref.id === 'number') return ref.id
  }
  return null
}

/** Uploads in Lexical JSON: nodes `{ type: 'upload', relationTo: 'media', value }`, at any depth. */
function richTextMedia(node: unknown, found: Set<number>): void {
  if (Array.isArray(node)) for (const child of node) richTextMedia(child, found)
  else if (node && typeof node === 'object') {
    const record = node as Record<string, unknown>
    if (record.type === 'upload' && record.relationTo === 'media') {
      const id = idOf(record.value as Ref)
      if (id !== null) found.add(id)
    }
    for (const value of Object.values(record)) if (value && typeof value === 'object') richTextMedia(value, found)
  }
}

/** Every media id a document's data refers to, following its fields' schema. */
export function mediaOf(fields: FlattenedField[], data: unknown, found = new Set<number>()): Set<number> {
  if (!data || typeof data !== 'object') return found
  const record = data as Record<string, unknown>
  for (const field of fields) {
    const value = record[field.name]
    if (value === undefined || value === null) continue
    switch (field.type) {
      case 'upload':
      case 'relationship': {
        const targets = Array.isArray(field.relationTo) ? field.relationTo : [field.relationTo]
        if (!targets.includes('media')) break
        for (const ref of (Array.isArray(value) ? value : [value]) as Ref[]) {
          const id = idOf(ref)
          if (id !== null) found.add(id)
        }
        break
      }
      case 'group':
      case 'tab':
        mediaOf(field.flattenedFields, value, found)
        break
      case 'array':
        if (Array.isArray(value)) for (const row of value) mediaOf(field.flattenedFields, row, found)
        break
      case 'blocks':
        if (Array.isArray(value)) {
          for (const row of value as { blockType?: string }[]) {
            const block = field.blocks.find((candidate) => candidate.slug === row?.blockType)
            if (block) mediaOf(block.flattenedFields, row, found)
          }
        }
        break
      case 'richText':
        richTextMedia(value, found)
        break
    }
  }
  return found
}

async function publish(ids: Set<number>, req: PayloadRequest): Promise<void> {
  if (!ids.size) return
  await req.payload.update({
    collection: 'media',
    where: { and: [{ id: { in: [...ids] } }, { or: [{ public: { not_equals: true } }, { submitted: { equals: true } }] }] },
    data: { public: true, submitted: false },
    req,
    overrideAccess: true,
  })
}

const collectionHook: CollectionAfterChangeHook = async ({ collection, doc, req }) => {
  // A draft keeps its new uploads private; a collection without drafts is public on every save.
  if (collection.versions?.drafts && doc._status !== 'published') return doc
  await publish(mediaOf(collection.flattenedFields, doc), req)
  return doc
}

/** Adds the hook to every collection that can refer to uploads (not the uploads themselves, not internal ones). */
export function withPublicMedia(collection: CollectionConfig): CollectionConfig {
  if (['media', 'users', 'registrations', 'page-views', 'search-queries', 'feedback', 'observations', 'figure-imports'].includes(collection.slug)) return collection
  return { ...collection, hooks: { ...collection.hooks, afterChange: [...(collection.hooks?.afterChange ?? []), collectionHook] } }
}
