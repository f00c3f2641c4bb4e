import type { Access, Where } from 'payload'

import { hasRole } from './roles'

/**
 * Access rules for collections with drafts. Anyone who is not logged in reads
 * published documents only: a `Where` on `_status`, never a bare `true` (a
 * never-published draft is otherwise returned by `draft: false` queries,
 * payloadcms/payload#14750).
 */
const published: Where = { _status: { equals: 'published' } }

const ownDocuments = (userId: number | string): Where => ({ createdBy: { equals: userId } })

/** Editors and admins read everything; contributors read published and their own; the rest published only. */
export const readPublishedOrOwn: Access = ({ req: { user } }) => {
  if (hasRole(user, 'admin', 'editor')) return true
  if (user && hasRole(user, 'contributor')) return { or: [published, ownDocuments(user.id)] }
  return published
}

const isPublishing = (data: unknown): boolean =>
  typeof data === 'object' && data !== null && (data as { _status?: unknown })._status === 'published'

/** Editors create anything; contributors create drafts only. */
export const createAsEditorOrDraftAsContributor: Access = ({ req: { user }, data }) => {
  if (hasRole(user, 'admin', 'editor')) return true
  return hasRole(user, 'contributor') && !isPublishing(data)
}

/**
 * Editors update anything; contributors update their own documents while those are
 * unpublished drafts, and never publish (a publish is an update with `_status: 'published'`).
 */
export const updateAsEditorOrOwnDraft: Access = ({ req: { user }, data }) => {
  if (hasRole(user, 'admin', 'editor')) return true
  if (!user || !hasRole(user, 'contributor') || isPublishing(data)) return false
  return { and: [ownDocuments(user.id), { _status: { not_equals: 'published' } }] }
}

/** Editors delete anything; contributors delete their own unpublished drafts. */
export const deleteAsEditorOrOwnDraft: Access = ({ req: { user } }) => {
  if (hasRole(user, 'admin', 'editor')) return true
  if (!user || !hasRole(user, 'contributor')) return false
  return { and: [ownDocuments(user.id), { _status: { not_equals: 'published' } }] }
}

/** The full access set of a collection with drafts; `contributors` decides whether contributors may propose documents. */
export const draftCollectionAccess = ({ contributors }: { contributors: boolean }) => ({
  read: readPublishedOrOwn,
  readVersions: ({ req: { user } }: Parameters<Access>[0]) => hasRole(user, 'admin', 'editor'),
  create: contributors ? createAsEditorOrDraftAsContributor : editorsOnly,
  update: contributors ? updateAsEditorOrOwnDraft : editorsOnly,
  delete: contributors ? deleteAsEditorOrOwnDraft : editorsOnly,
})

const editorsOnly: Access = ({ req: { user } }) => hasRole(user, 'admin', 'editor')

/** Drafts with a version history; editors can schedule a publish date. */
export const draftVersions = {
  drafts: { schedulePublish: true },
  maxPerDoc: 50,
} as const
