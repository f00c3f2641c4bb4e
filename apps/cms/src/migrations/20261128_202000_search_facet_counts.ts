import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

import { dropFacetCountsSql, facetKeysSql, recountFacetsSql } from '../search/facets'
import { facetKeysSql as rowLevelFacetKeysSql } from './20261128_184647_search'

// Generated from src/search/schema.ts: knowledge items' `search` now holds their facet keys as
// lexemes (the column is dropped and added again, which drops its GIN index: created again by hand),
// the GIN index on facet_keys goes, an index for "newest first" comes.
// By hand: statement-level facet-key triggers and the table of counts (src/search/facets.ts).
export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   DROP INDEX "knowledge_items_facet_keys_idx";
  ALTER TABLE "knowledge_items" drop column "search";
  ALTER TABLE "knowledge_items" ADD COLUMN "search" "tsvector" GENERATED ALWAYS AS (setweight(to_tsvector('dutch'::regconfig, coalesce("title", '')), 'A') || setweight(to_tsvector('dutch'::regconfig, coalesce("summary", '')), 'B') || setweight(to_tsvector('dutch'::regconfig, coalesce(jsonb_path_query_array("body", 'strict $.**.text')::text, '')), 'C') || array_to_tsvector("facet_keys")) STORED;
  CREATE INDEX "knowledge_items_search_idx" ON "knowledge_items" USING gin ("search");
  CREATE INDEX "knowledge_items_published_order_idx" ON "knowledge_items" USING btree ("published_at" DESC NULLS LAST,"id") WHERE _status = 'published';`)
  await db.execute(sql.raw(facetKeysSql))
  await db.execute(sql.raw(recountFacetsSql))
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql.raw(dropFacetCountsSql))
  await db.execute(sql.raw(rowLevelFacetKeysSql))
  await db.execute(sql`
   DROP INDEX "knowledge_items_published_order_idx";
  ALTER TABLE "knowledge_items" drop column "search";
  ALTER TABLE "knowledge_items" ADD COLUMN "search" "tsvector" GENERATED ALWAYS AS (setweight(to_tsvector('dutch'::regconfig, coalesce("title", '')), 'A') || setweight(to_tsvector('dutch'::regconfig, coalesce("summary", '')), 'B') || setweight(to_tsvector('dutch'::regconfig, coalesce(jsonb_path_query_array("body", 'strict $.**.text')::text, '')), 'C')) STORED;
  CREATE INDEX "knowledge_items_search_idx" ON "knowledge_items" USING gin ("search");
  CREATE INDEX "knowledge_items_facet_keys_idx" ON "knowledge_items" USING gin ("facet_keys");`)
}
