import type { CollectionConfig, CollectionSlug, Field, JoinField, RelationshipField, SelectType } from 'payload'

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

/** Regions that content can be about: Brabant's tree, not the Netherlands as a whole (kind 'country', there for figures). */
export const brabantRegions = { kind: { not_equals: 'country' } } as const

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

/** The join fields of a field list as an exclusion (`{ name: false }`), nested as the data is. */
function joinsLeftOut(fields: Field[]): SelectType {
  const select: SelectType = {}
  for (const field of fields) {
    if (field.type === 'join') select[field.name] = false
    else if (field.type === 'tabs') {
      for (const tab of field.tabs) {
        const inner = joinsLeftOut(tab.fields)
        if (!Object.keys(inner).length) continue
        if ('name' in tab && tab.name) select[tab.name] = inner
        else Object.assign(select, inner)
      }
    } else if ((field.type === 'group' || field.type === 'row' || field.type === 'collapsible') && Array.isArray(field.fields)) {
      const inner = joinsLeftOut(field.fields)
      if (!Object.keys(inner).length) continue
      if ('name' in field && field.name) select[field.name] = inner
      else Object.assign(select, inner)
    }
  }
  return select
}

/**
 * A document brought along by another one (at depth 1 or more) comes without its reverse lists (join
 * fields): each would cost a query per document, and whoever reads the other document does not need
 * them. Asked for directly, a document keeps them.
 */
export const withoutJoinsWhenPopulated = (collection: CollectionConfig): CollectionConfig => {
  const joins = joinsLeftOut(collection.fields)
  return collection.defaultPopulate || !Object.keys(joins).length ? collection : { ...collection, defaultPopulate: joins }
}
