import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

// The words of a knowledge item's title and summary as a vector of their own (src/search/schema.ts), with
// an index of published items: suggestions while typing search and rank only these, never the bodies.

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "knowledge_items" ADD COLUMN "search_head" "tsvector" GENERATED ALWAYS AS (setweight(to_tsvector('dutch'::regconfig, coalesce("title", '')), 'A') || setweight(to_tsvector('dutch'::regconfig, coalesce("summary", '')), 'B')) STORED;
  CREATE INDEX "knowledge_items_search_head_idx" ON "knowledge_items" USING gin ("search_head") WHERE _status = 'published';`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP INDEX "knowledge_items_search_head_idx";
  ALTER TABLE "knowledge_items" DROP COLUMN "search_head";`)
}
