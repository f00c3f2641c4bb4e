// Full-text search columns, kept by PostgreSQL itself: a stored, generated `tsvector` per searchable
// collection (Dutch stemming and stop words, title > summary > body) with a GIN index. Declared in
// the Drizzle schema so migrations create it and the drift check knows it.
import { sql, type SQL } from '@payloadcms/db-postgres/drizzle'
import { customType, index, text } from '@payloadcms/db-postgres/drizzle/pg-core'
import type { postgresAdapter } from '@payloadcms/db-postgres'
import { itemSections } from '@kennisbank/types/vocabularies'

/** The column of a template section (Payload names group fields `template_<snake_case>`). */
export const sectionColumn = (name: string) => `template_${name.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`)}`

type PostgresSchemaHook = NonNullable<Parameters<typeof postgresAdapter>[0]['afterSchemaInit']>[number]

const tsvector = customType<{ data: string }>({ dataType: () => 'tsvector' })

/** A weighted part of the document: plain text columns, or the text nodes of a Lexical JSON column. */
type Part = { column: string; weight: 'A' | 'B' | 'C'; lexical?: boolean } | { column: string; keys: true }

/** Searchable text per table. Pages: title and intro (their blocks live in other tables). */
export const searchableTables: Record<string, Part[]> = {
  knowledge_items: [
    { column: 'title', weight: 'A' },
    { column: 'summary', weight: 'B' },
    { column: 'body', weight: 'C', lexical: true },
    // The template's sections (collections/KnowledgeItems/template.ts), as much as the body.
    ...itemSections.map((section) => ({ column: sectionColumn(section.name), weight: 'C' as const })),
    // The filter values ('theme:4', 'type:lesson' …, see facets.ts) as lexemes of their own: no word
    // can become one, since the parser splits at ':'. Filters and words then meet in one GIN lookup.
    { column: 'facet_keys', keys: true },
  ],
  events: [
    { column: 'title', weight: 'A' },
    { column: 'summary', weight: 'B' },
    { column: 'description', weight: 'C', lexical: true },
  ],
  programmes: [
    { column: 'title', weight: 'A' },
    { column: 'summary', weight: 'B' },
    { column: 'description', weight: 'C', lexical: true },
  ],
  organisations: [
    { column: 'title', weight: 'A' },
    { column: 'description', weight: 'B' },
  ],
  themes: [
    { column: 'title', weight: 'A' },
    { column: 'summary', weight: 'B' },
    { column: 'description', weight: 'C', lexical: true },
  ],
  pages: [
    { column: 'title', weight: 'A' },
    { column: 'intro', weight: 'B' },
  ],
}

/**
 * The generated expression. Lexical text is collected with `jsonb_path_query_array(…, '$.**.text')`,
 * which is immutable, so PostgreSQL can keep the column current on every insert and update.
 */
export function searchVectorSql(parts: Part[]): SQL {
  const pieces = parts.map((part) => {
    if ('keys' in part) return `array_to_tsvector("${part.column}")`
    const text = part.lexical ? `jsonb_path_query_array("${part.column}", 'strict $.**.text')::text` : `"${part.column}"`
    return `setweight(to_tsvector('dutch'::regconfig, coalesce(${text}, '')), '${part.weight}')`
  })
  return sql.raw(pieces.join(' || '))
}

export const addSearchColumns: PostgresSchemaHook = ({ schema, extendTable }) => {
  for (const [name, parts] of Object.entries(searchableTables)) {
    const table = schema.tables[name]
    if (!table) throw new Error(`search: table ${name} is missing from the schema`)
    extendTable({
      table,
      columns: { search: tsvector('search').generatedAlwaysAs(searchVectorSql(parts)) },
      extraConfig: (t) => ({ [`${name}_search_idx`]: index(`${name}_search_idx`).using('gin', t.search!) }),
    })
  }
  // Every filter value of a knowledge item as one key, kept by database triggers (facets.ts). And the
  // order of "newest first" for published items, so a page of a large unfiltered list is an index scan.
  // And the words of title and summary alone (`search_head`, a few dozen lexemes): suggestions while
  // typing look only there, through a small index of published items, and rank without reading bodies.
  extendTable({
    table: schema.tables.knowledge_items!,
    columns: {
      facetKeys: text('facet_keys').array().notNull().default(sql`'{}'::text[]`),
      searchHead: tsvector('search_head').generatedAlwaysAs(searchVectorSql(searchableTables.knowledge_items!.slice(0, 2))),
    },
    extraConfig: (t) => ({
      knowledge_items_search_head_idx: index('knowledge_items_search_head_idx').using('gin', t.searchHead!).where(sql`_status = 'published'`),
      knowledge_items_published_order_idx: index('knowledge_items_published_order_idx')
        .on(t.publishedAt!.desc().nullsLast(), t.id!)
        .where(sql`_status = 'published'`),
    }),
  })
  return schema
}
