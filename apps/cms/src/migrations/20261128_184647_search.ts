import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

import { dropFacetKeysSql, facetKeysSql } from '../search/facets'
import { searchTermsView } from '../search/terms'

// Generated from src/search/schema.ts (search and facet_keys columns) and the refreshSearchTerms task.
// By hand: the pg_trgm extension, the triggers that keep facet_keys current (src/search/facets.ts) and
// the `search_terms` view of words for "bedoelde u …?" suggestions (src/search/terms.ts).
export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`CREATE EXTENSION IF NOT EXISTS pg_trgm;`)
  await db.execute(sql`
   ALTER TYPE "public"."enum_payload_jobs_log_task_slug" ADD VALUE 'refreshSearchTerms' BEFORE 'schedulePublish';
  ALTER TYPE "public"."enum_payload_jobs_task_slug" ADD VALUE 'refreshSearchTerms' BEFORE 'schedulePublish';
  ALTER TABLE "knowledge_items" ADD COLUMN "search" "tsvector" GENERATED ALWAYS AS (setweight(to_tsvector('dutch'::regconfig, coalesce("title", '')), 'A') || setweight(to_tsvector('dutch'::regconfig, coalesce("summary", '')), 'B') || setweight(to_tsvector('dutch'::regconfig, coalesce(jsonb_path_query_array("body", 'strict $.**.text')::text, '')), 'C')) STORED;
  ALTER TABLE "knowledge_items" ADD COLUMN "facet_keys" text[] DEFAULT '{}'::text[] NOT NULL;
  ALTER TABLE "programmes" ADD COLUMN "search" "tsvector" GENERATED ALWAYS AS (setweight(to_tsvector('dutch'::regconfig, coalesce("title", '')), 'A') || setweight(to_tsvector('dutch'::regconfig, coalesce("summary", '')), 'B') || setweight(to_tsvector('dutch'::regconfig, coalesce(jsonb_path_query_array("description", 'strict $.**.text')::text, '')), 'C')) STORED;
  ALTER TABLE "events" ADD COLUMN "search" "tsvector" GENERATED ALWAYS AS (setweight(to_tsvector('dutch'::regconfig, coalesce("title", '')), 'A') || setweight(to_tsvector('dutch'::regconfig, coalesce("summary", '')), 'B') || setweight(to_tsvector('dutch'::regconfig, coalesce(jsonb_path_query_array("description", 'strict $.**.text')::text, '')), 'C')) STORED;
  ALTER TABLE "organisations" ADD COLUMN "search" "tsvector" GENERATED ALWAYS AS (setweight(to_tsvector('dutch'::regconfig, coalesce("title", '')), 'A') || setweight(to_tsvector('dutch'::regconfig, coalesce("description", '')), 'B')) STORED;
  ALTER TABLE "themes" ADD COLUMN "search" "tsvector" GENERATED ALWAYS AS (setweight(to_tsvector('dutch'::regconfig, coalesce("title", '')), 'A') || setweight(to_tsvector('dutch'::regconfig, coalesce("summary", '')), 'B') || setweight(to_tsvector('dutch'::regconfig, coalesce(jsonb_path_query_array("description", 'strict $.**.text')::text, '')), 'C')) STORED;
  ALTER TABLE "pages" ADD COLUMN "search" "tsvector" GENERATED ALWAYS AS (setweight(to_tsvector('dutch'::regconfig, coalesce("title", '')), 'A') || setweight(to_tsvector('dutch'::regconfig, coalesce("intro", '')), 'B')) STORED;
  CREATE INDEX "knowledge_items_search_idx" ON "knowledge_items" USING gin ("search");
  CREATE INDEX "knowledge_items_facet_keys_idx" ON "knowledge_items" USING gin ("facet_keys");
  CREATE INDEX "programmes_search_idx" ON "programmes" USING gin ("search");
  CREATE INDEX "events_search_idx" ON "events" USING gin ("search");
  CREATE INDEX "organisations_search_idx" ON "organisations" USING gin ("search");
  CREATE INDEX "themes_search_idx" ON "themes" USING gin ("search");
  CREATE INDEX "pages_search_idx" ON "pages" USING gin ("search");`)
  await db.execute(sql.raw(facetKeysSql))
  await db.execute(sql.raw(searchTermsView))
  await db.execute(sql`
  CREATE UNIQUE INDEX "search_terms_word_idx" ON "search_terms" ("word");
  CREATE INDEX "search_terms_trgm_idx" ON "search_terms" USING gin ("word" gin_trgm_ops);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`DROP MATERIALIZED VIEW IF EXISTS "search_terms";`)
  await db.execute(sql.raw(dropFacetKeysSql))
  await db.execute(sql`
   ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_log_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_log_task_slug" AS ENUM('inline', 'schedulePublish');
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_log_task_slug" USING "task_slug"::"public"."enum_payload_jobs_log_task_slug";
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_task_slug" AS ENUM('inline', 'schedulePublish');
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_task_slug" USING "task_slug"::"public"."enum_payload_jobs_task_slug";
  DROP INDEX "knowledge_items_search_idx";
  DROP INDEX "knowledge_items_facet_keys_idx";
  DROP INDEX "programmes_search_idx";
  DROP INDEX "events_search_idx";
  DROP INDEX "organisations_search_idx";
  DROP INDEX "themes_search_idx";
  DROP INDEX "pages_search_idx";
  ALTER TABLE "knowledge_items" DROP COLUMN "search";
  ALTER TABLE "knowledge_items" DROP COLUMN "facet_keys";
  ALTER TABLE "programmes" DROP COLUMN "search";
  ALTER TABLE "events" DROP COLUMN "search";
  ALTER TABLE "organisations" DROP COLUMN "search";
  ALTER TABLE "themes" DROP COLUMN "search";
  ALTER TABLE "pages" DROP COLUMN "search";`)
}
