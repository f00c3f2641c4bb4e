import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

import { facetKeysSql as previousFacetKeysSql } from './20261128_202000_search_facet_counts'

// The evidence label becomes a filter: one more facet key ('evidence:practice' …). The keys of the
// relation rows stay as before (kb_item_facet_keys); kb_item_keys adds the item's own column values.
const facetKeysSql = `
CREATE OR REPLACE FUNCTION kb_item_keys(item_id integer, item_type text, item_published timestamptz, item_evidence text)
RETURNS text[] LANGUAGE sql STABLE AS $fn$
  SELECT kb_item_facet_keys(item_id, item_type, item_published)
    || CASE WHEN item_evidence IS NULL THEN '{}'::text[] ELSE ARRAY['evidence:' || item_evidence] END
$fn$;

CREATE OR REPLACE FUNCTION kb_item_facet_keys_before() RETURNS trigger LANGUAGE plpgsql AS $fn$
BEGIN
  NEW.facet_keys := kb_item_keys(NEW.id, NEW.type::text, NEW.published_at, NEW.evidence::text);
  RETURN NEW;
END $fn$;

-- Statement level: each trigger has only the transition tables of its own operation.
CREATE OR REPLACE FUNCTION kb_item_facet_keys_relations() RETURNS trigger LANGUAGE plpgsql AS $fn$
BEGIN
  IF TG_OP = 'INSERT' THEN
    UPDATE public.knowledge_items SET facet_keys = kb_item_keys(id, type::text, published_at, evidence::text)
      WHERE id IN (SELECT parent_id FROM new_rows);
  ELSIF TG_OP = 'DELETE' THEN
    UPDATE public.knowledge_items SET facet_keys = kb_item_keys(id, type::text, published_at, evidence::text)
      WHERE id IN (SELECT parent_id FROM old_rows);
  ELSE
    UPDATE public.knowledge_items SET facet_keys = kb_item_keys(id, type::text, published_at, evidence::text)
      WHERE id IN (SELECT parent_id FROM new_rows UNION SELECT parent_id FROM old_rows);
  END IF;
  RETURN NULL;
END $fn$;

CREATE OR REPLACE FUNCTION kb_region_tree_changed() RETURNS trigger LANGUAGE plpgsql AS $fn$
BEGIN
  UPDATE public.knowledge_items ki SET facet_keys = kb_item_keys(ki.id, ki.type::text, ki.published_at, ki.evidence::text)
    WHERE EXISTS (SELECT 1 FROM public.knowledge_items_rels r WHERE r.parent_id = ki.id AND r.path = 'regions');
  RETURN NULL;
END $fn$;

DROP TRIGGER IF EXISTS knowledge_items_facet_keys ON public.knowledge_items;
CREATE TRIGGER knowledge_items_facet_keys BEFORE INSERT OR UPDATE OF type, published_at, evidence ON public.knowledge_items
  FOR EACH ROW EXECUTE FUNCTION kb_item_facet_keys_before();
`

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  // Generated (migrate:create), reordered and completed by hand: the new columns come before the
  // search column that reads them; the evidence labels get the kennisbank's own levels (old values are
  // mapped onto them); the search index (dropped with its column) is made again; the facet keys learn
  // the evidence filter. Frozen: this file holds its own SQL.
  await db.execute(sql`
   CREATE TYPE "public"."enum_knowledge_items_region_scope" AS ENUM('brabant', 'regions');
  CREATE TYPE "public"."enum__knowledge_items_v_version_region_scope" AS ENUM('brabant', 'regions');
  ALTER TABLE "knowledge_items" ADD COLUMN "template_background" varchar;
  ALTER TABLE "knowledge_items" ADD COLUMN "template_aim" varchar;
  ALTER TABLE "knowledge_items" ADD COLUMN "template_target_group" varchar;
  ALTER TABLE "knowledge_items" ADD COLUMN "template_approach" varchar;
  ALTER TABLE "knowledge_items" ADD COLUMN "template_results" varchar;
  ALTER TABLE "knowledge_items" ADD COLUMN "template_what_worked" varchar;
  ALTER TABLE "knowledge_items" ADD COLUMN "template_conditions" varchar;
  ALTER TABLE "knowledge_items" ADD COLUMN "template_costs" varchar;
  ALTER TABLE "knowledge_items" ADD COLUMN "template_sources" varchar;
  ALTER TABLE "knowledge_items" ADD COLUMN "evidence_assigned_at" timestamp(3) with time zone;
  ALTER TABLE "knowledge_items" ADD COLUMN "evidence_assigned_by_id" integer;
  ALTER TABLE "knowledge_items" ADD COLUMN "region_scope" "enum_knowledge_items_region_scope" DEFAULT 'brabant';
  ALTER TABLE "_knowledge_items_v" ADD COLUMN "version_template_background" varchar;
  ALTER TABLE "_knowledge_items_v" ADD COLUMN "version_template_aim" varchar;
  ALTER TABLE "_knowledge_items_v" ADD COLUMN "version_template_target_group" varchar;
  ALTER TABLE "_knowledge_items_v" ADD COLUMN "version_template_approach" varchar;
  ALTER TABLE "_knowledge_items_v" ADD COLUMN "version_template_results" varchar;
  ALTER TABLE "_knowledge_items_v" ADD COLUMN "version_template_what_worked" varchar;
  ALTER TABLE "_knowledge_items_v" ADD COLUMN "version_template_conditions" varchar;
  ALTER TABLE "_knowledge_items_v" ADD COLUMN "version_template_costs" varchar;
  ALTER TABLE "_knowledge_items_v" ADD COLUMN "version_template_sources" varchar;
  ALTER TABLE "_knowledge_items_v" ADD COLUMN "version_evidence_assigned_at" timestamp(3) with time zone;
  ALTER TABLE "_knowledge_items_v" ADD COLUMN "version_evidence_assigned_by_id" integer;
  ALTER TABLE "_knowledge_items_v" ADD COLUMN "version_region_scope" "enum__knowledge_items_v_version_region_scope" DEFAULT 'brabant';
  ALTER TABLE "knowledge_items" ADD CONSTRAINT "knowledge_items_evidence_assigned_by_id_users_id_fk" FOREIGN KEY ("evidence_assigned_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_knowledge_items_v" ADD CONSTRAINT "_knowledge_items_v_version_evidence_assigned_by_id_users_id_fk" FOREIGN KEY ("version_evidence_assigned_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "knowledge_items_evidence_assigned_by_idx" ON "knowledge_items" USING btree ("evidence_assigned_by_id");
  CREATE INDEX "_knowledge_items_v_version_version_evidence_assigned_by_idx" ON "_knowledge_items_v" USING btree ("version_evidence_assigned_by_id");`)
  for (const [table, column] of [['knowledge_items', 'evidence'], ['_knowledge_items_v', 'version_evidence']]) {
    const type = table === 'knowledge_items' ? 'enum_knowledge_items_evidence' : 'enum__knowledge_items_v_version_evidence'
    await db.execute(
      sql.raw(`ALTER TABLE "${table}" ALTER COLUMN "${column}" SET DATA TYPE text;
      UPDATE "${table}" SET "${column}" = CASE "${column}" WHEN 'described' THEN 'repeated' WHEN 'substantiated' THEN 'research' WHEN 'effect-studied' THEN 'evaluated' ELSE "${column}" END;
      DROP TYPE "public"."${type}";
      CREATE TYPE "public"."${type}" AS ENUM('practice', 'repeated', 'evaluated', 'research');
      ALTER TABLE "${table}" ALTER COLUMN "${column}" SET DATA TYPE "public"."${type}" USING "${column}"::"public"."${type}";`),
    )
  }
  // An item that names regions (other than the whole province) applies to those; the rest to all of Brabant.
  await db.execute(sql`UPDATE knowledge_items ki SET region_scope = 'regions' WHERE EXISTS (
    SELECT 1 FROM knowledge_items_rels r JOIN regions g ON g.id = r.regions_id WHERE r.parent_id = ki.id AND r.path = 'regions' AND g.parent_id IS NOT NULL)`)
  await db.execute(sql`
  ALTER TABLE "knowledge_items" drop column "search";
  ALTER TABLE "knowledge_items" ADD COLUMN "search" "tsvector" GENERATED ALWAYS AS (setweight(to_tsvector('dutch'::regconfig, coalesce("title", '')), 'A') || setweight(to_tsvector('dutch'::regconfig, coalesce("summary", '')), 'B') || setweight(to_tsvector('dutch'::regconfig, coalesce(jsonb_path_query_array("body", 'strict $.**.text')::text, '')), 'C') || setweight(to_tsvector('dutch'::regconfig, coalesce("template_background", '')), 'C') || setweight(to_tsvector('dutch'::regconfig, coalesce("template_aim", '')), 'C') || setweight(to_tsvector('dutch'::regconfig, coalesce("template_target_group", '')), 'C') || setweight(to_tsvector('dutch'::regconfig, coalesce("template_approach", '')), 'C') || setweight(to_tsvector('dutch'::regconfig, coalesce("template_results", '')), 'C') || setweight(to_tsvector('dutch'::regconfig, coalesce("template_what_worked", '')), 'C') || setweight(to_tsvector('dutch'::regconfig, coalesce("template_conditions", '')), 'C') || setweight(to_tsvector('dutch'::regconfig, coalesce("template_costs", '')), 'C') || setweight(to_tsvector('dutch'::regconfig, coalesce("template_sources", '')), 'C') || array_to_tsvector("facet_keys")) STORED;
  CREATE INDEX "knowledge_items_search_idx" ON "knowledge_items" USING gin ("search");`)
  await db.execute(sql.raw(facetKeysSql))
  await db.execute(sql.raw(`UPDATE public.knowledge_items SET facet_keys = kb_item_keys(id, type::text, published_at, evidence::text);
    TRUNCATE public.knowledge_facet_counts;
    INSERT INTO public.knowledge_facet_counts (keys, n)
      SELECT s, count(*) FROM public.knowledge_items ki, kb_facet_subsets(ki.facet_keys) s WHERE ki._status = 'published' GROUP BY s;`))
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "knowledge_items" DROP CONSTRAINT "knowledge_items_evidence_assigned_by_id_users_id_fk";
  
  ALTER TABLE "_knowledge_items_v" DROP CONSTRAINT "_knowledge_items_v_version_evidence_assigned_by_id_users_id_fk";
  
  ALTER TABLE "knowledge_items" ALTER COLUMN "evidence" SET DATA TYPE text;
  UPDATE "knowledge_items" SET "evidence" = CASE "evidence" WHEN 'repeated' THEN 'described' WHEN 'research' THEN 'substantiated' WHEN 'evaluated' THEN 'effect-studied' ELSE "evidence" END;
  DROP TYPE "public"."enum_knowledge_items_evidence";
  CREATE TYPE "public"."enum_knowledge_items_evidence" AS ENUM('practice', 'described', 'substantiated', 'effect-studied');
  ALTER TABLE "knowledge_items" ALTER COLUMN "evidence" SET DATA TYPE "public"."enum_knowledge_items_evidence" USING "evidence"::"public"."enum_knowledge_items_evidence";
  ALTER TABLE "_knowledge_items_v" ALTER COLUMN "version_evidence" SET DATA TYPE text;
  UPDATE "_knowledge_items_v" SET "version_evidence" = CASE "version_evidence" WHEN 'repeated' THEN 'described' WHEN 'research' THEN 'substantiated' WHEN 'evaluated' THEN 'effect-studied' ELSE "version_evidence" END;
  DROP TYPE "public"."enum__knowledge_items_v_version_evidence";
  CREATE TYPE "public"."enum__knowledge_items_v_version_evidence" AS ENUM('practice', 'described', 'substantiated', 'effect-studied');
  ALTER TABLE "_knowledge_items_v" ALTER COLUMN "version_evidence" SET DATA TYPE "public"."enum__knowledge_items_v_version_evidence" USING "version_evidence"::"public"."enum__knowledge_items_v_version_evidence";
  DROP INDEX "knowledge_items_evidence_assigned_by_idx";
  DROP INDEX "_knowledge_items_v_version_version_evidence_assigned_by_idx";
  ALTER TABLE "knowledge_items" drop column "search";
  ALTER TABLE "knowledge_items" ADD COLUMN "search" "tsvector" GENERATED ALWAYS AS (setweight(to_tsvector('dutch'::regconfig, coalesce("title", '')), 'A') || setweight(to_tsvector('dutch'::regconfig, coalesce("summary", '')), 'B') || setweight(to_tsvector('dutch'::regconfig, coalesce(jsonb_path_query_array("body", 'strict $.**.text')::text, '')), 'C') || array_to_tsvector("facet_keys")) STORED;
  ALTER TABLE "knowledge_items" DROP COLUMN "template_background";
  ALTER TABLE "knowledge_items" DROP COLUMN "template_aim";
  ALTER TABLE "knowledge_items" DROP COLUMN "template_target_group";
  ALTER TABLE "knowledge_items" DROP COLUMN "template_approach";
  ALTER TABLE "knowledge_items" DROP COLUMN "template_results";
  ALTER TABLE "knowledge_items" DROP COLUMN "template_what_worked";
  ALTER TABLE "knowledge_items" DROP COLUMN "template_conditions";
  ALTER TABLE "knowledge_items" DROP COLUMN "template_costs";
  ALTER TABLE "knowledge_items" DROP COLUMN "template_sources";
  ALTER TABLE "knowledge_items" DROP COLUMN "evidence_assigned_at";
  ALTER TABLE "knowledge_items" DROP COLUMN "evidence_assigned_by_id";
  ALTER TABLE "knowledge_items" DROP COLUMN "region_scope";
  ALTER TABLE "_knowledge_items_v" DROP COLUMN "version_template_background";
  ALTER TABLE "_knowledge_items_v" DROP COLUMN "version_template_aim";
  ALTER TABLE "_knowledge_items_v" DROP COLUMN "version_template_target_group";
  ALTER TABLE "_knowledge_items_v" DROP COLUMN "version_template_approach";
  ALTER TABLE "_knowledge_items_v" DROP COLUMN "version_template_results";
  ALTER TABLE "_knowledge_items_v" DROP COLUMN "version_template_what_worked";
  ALTER TABLE "_knowledge_items_v" DROP COLUMN "version_template_conditions";
  ALTER TABLE "_knowledge_items_v" DROP COLUMN "version_template_costs";
  ALTER TABLE "_knowledge_items_v" DROP COLUMN "version_template_sources";
  ALTER TABLE "_knowledge_items_v" DROP COLUMN "version_evidence_assigned_at";
  ALTER TABLE "_knowledge_items_v" DROP COLUMN "version_evidence_assigned_by_id";
  ALTER TABLE "_knowledge_items_v" DROP COLUMN "version_region_scope";
  DROP TYPE "public"."enum_knowledge_items_region_scope";
  DROP TYPE "public"."enum__knowledge_items_v_version_region_scope";
  CREATE INDEX "knowledge_items_search_idx" ON "knowledge_items" USING gin ("search");`)
  // The facet-key functions and trigger as migration search_facet_counts made them, then the keys without evidence.
  await db.execute(sql.raw(previousFacetKeysSql))
  await db.execute(sql.raw(`DROP FUNCTION IF EXISTS kb_item_keys(integer, text, timestamptz, text);
    UPDATE public.knowledge_items SET facet_keys = kb_item_facet_keys(id, type::text, published_at);
    TRUNCATE public.knowledge_facet_counts;
    INSERT INTO public.knowledge_facet_counts (keys, n)
      SELECT s, count(*) FROM public.knowledge_items ki, kb_facet_subsets(ki.facet_keys) s WHERE ki._status = 'published' GROUP BY s;`))
}
