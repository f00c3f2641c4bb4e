import type { CollectionSlug, JoinField, RelationshipField } from 'payload'

/** A many-to-many link to a taxonomy-like collection, shown in the sidebar. */
export const relatesTo = (
  name: string,
  relationTo: CollectionSlug,
  label: string,
  { sidebar = true, hasMany = true }: { sidebar?: boolean; hasMany?: boolean } = {},
): RelationshipField =>
  ({
    name,
    label,
    type: 'relationship',
    relationTo,
    hasMany,
    index: true,
    admin: sidebar ? { position: 'sidebar' } : {},
  }) as RelationshipField

/** The reverse side of a `relatesTo`, so visitors can navigate both ways without a copy kept by hand. */
export const joinFrom = (name: string, collection: CollectionSlug, on: string, label: string): JoinField => ({
  name,
  label,
  type: 'join',
  collection,
  on,
  defaultLimit: 20,
  defaultSort: '-createdAt',
  admin: { allowCreate: false },
})
