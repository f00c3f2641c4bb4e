import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_indicators_direction" AS ENUM('higher', 'lower', 'neutral');
  CREATE TYPE "public"."enum_indicators_licence" AS ENUM('cc-by-4.0', 'cc0-1.0');
  CREATE TYPE "public"."enum_observations_status" AS ENUM('definitive', 'provisional', 'revised-provisional');
  CREATE TYPE "public"."enum_figure_imports_format" AS ENUM('csv', 'odata-v3', 'odata-v4');
  CREATE TYPE "public"."enum_figure_imports_result" AS ENUM('imported', 'refused');
  ALTER TYPE "public"."enum_regions_kind" ADD VALUE 'country';
  CREATE TABLE "observations" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"indicator_id" integer NOT NULL,
  	"region_id" integer NOT NULL,
  	"year" numeric NOT NULL,
  	"value" numeric NOT NULL,
  	"status" "enum_observations_status" DEFAULT 'definitive' NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "figure_imports" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"indicator_id" integer NOT NULL,
  	"format" "enum_figure_imports_format" DEFAULT 'csv' NOT NULL,
  	"table" varchar,
  	"measure" varchar,
  	"result" "enum_figure_imports_result",
  	"added" numeric,
  	"updated" numeric,
  	"unchanged" numeric,
  	"skipped" numeric,
  	"rejected" numeric,
  	"report" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"url" varchar,
  	"thumbnail_u_r_l" varchar,
  	"filename" varchar,
  	"mime_type" varchar,
  	"filesize" numeric,
  	"width" numeric,
  	"height" numeric
  );
  
  ALTER TABLE "indicators" RENAME COLUMN "definition" TO "description";
  ALTER TABLE "indicators" ADD COLUMN "decimals" numeric DEFAULT 1 NOT NULL;
  ALTER TABLE "indicators" ADD COLUMN "direction" "enum_indicators_direction" DEFAULT 'higher' NOT NULL;
  ALTER TABLE "indicators" ADD COLUMN "source_table" varchar;
  ALTER TABLE "indicators" ADD COLUMN "source_measure" varchar;
  ALTER TABLE "indicators" ADD COLUMN "definition_url" varchar;
  ALTER TABLE "indicators" ADD COLUMN "licence" "enum_indicators_licence" DEFAULT 'cc-by-4.0' NOT NULL;
  ALTER TABLE "indicators" ADD COLUMN "example_data" boolean DEFAULT false;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "observations_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "figure_imports_id" integer;
  ALTER TABLE "observations" ADD CONSTRAINT "observations_indicator_id_indicators_id_fk" FOREIGN KEY ("indicator_id") REFERENCES "public"."indicators"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "observations" ADD CONSTRAINT "observations_region_id_regions_id_fk" FOREIGN KEY ("region_id") REFERENCES "public"."regions"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "figure_imports" ADD CONSTRAINT "figure_imports_indicator_id_indicators_id_fk" FOREIGN KEY ("indicator_id") REFERENCES "public"."indicators"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "observations_indicator_idx" ON "observations" USING btree ("indicator_id");
  CREATE INDEX "observations_region_idx" ON "observations" USING btree ("region_id");
  CREATE INDEX "observations_updated_at_idx" ON "observations" USING btree ("updated_at");
  CREATE INDEX "observations_created_at_idx" ON "observations" USING btree ("created_at");
  CREATE UNIQUE INDEX "indicator_region_year_idx" ON "observations" USING btree ("indicator_id","region_id","year");
  CREATE INDEX "figure_imports_indicator_idx" ON "figure_imports" USING btree ("indicator_id");
  CREATE INDEX "figure_imports_updated_at_idx" ON "figure_imports" USING btree ("updated_at");
  CREATE INDEX "figure_imports_created_at_idx" ON "figure_imports" USING btree ("created_at");
  CREATE UNIQUE INDEX "figure_imports_filename_idx" ON "figure_imports" USING btree ("filename");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_observations_fk" FOREIGN KEY ("observations_id") REFERENCES "public"."observations"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_figure_imports_fk" FOREIGN KEY ("figure_imports_id") REFERENCES "public"."figure_imports"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_observations_id_idx" ON "payload_locked_documents_rels" USING btree ("observations_id");
  CREATE INDEX "payload_locked_documents_rels_figure_imports_id_idx" ON "payload_locked_documents_rels" USING btree ("figure_imports_id");
  INSERT INTO "observations" ("indicator_id", "region_id", "year", "value")
    SELECT "_parent_id", "region_id", "year", "value" FROM "indicators_values" ON CONFLICT DO NOTHING;
  DROP TABLE "indicators_values" CASCADE;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   CREATE TABLE "indicators_values" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"year" numeric NOT NULL,
  	"region_id" integer NOT NULL,
  	"value" numeric NOT NULL
  );
  
  ALTER TABLE "indicators" RENAME COLUMN "description" TO "definition";
  INSERT INTO "indicators_values" ("_order", "_parent_id", "id", "year", "region_id", "value")
    SELECT row_number() OVER (PARTITION BY "indicator_id" ORDER BY "year", "region_id"), "indicator_id", md5(random()::text), "year", "region_id", "value" FROM "observations" WHERE "region_id" NOT IN (SELECT "id" FROM "regions" WHERE "kind"::text = 'country');
  ALTER TABLE "observations" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "figure_imports" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "observations" CASCADE;
  DROP TABLE "figure_imports" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT IF EXISTS "payload_locked_documents_rels_observations_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT IF EXISTS "payload_locked_documents_rels_figure_imports_fk";
  
  DELETE FROM "regions" WHERE "kind"::text = 'country';
  ALTER TABLE "regions" ALTER COLUMN "kind" SET DATA TYPE text;
  DROP TYPE "public"."enum_regions_kind";
  CREATE TYPE "public"."enum_regions_kind" AS ENUM('province', 'region', 'municipality');
  ALTER TABLE "regions" ALTER COLUMN "kind" SET DATA TYPE "public"."enum_regions_kind" USING "kind"::"public"."enum_regions_kind";
  DROP INDEX "payload_locked_documents_rels_observations_id_idx";
  DROP INDEX "payload_locked_documents_rels_figure_imports_id_idx";
  ALTER TABLE "indicators_values" ADD CONSTRAINT "indicators_values_region_id_regions_id_fk" FOREIGN KEY ("region_id") REFERENCES "public"."regions"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "indicators_values" ADD CONSTRAINT "indicators_values_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."indicators"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "indicators_values_order_idx" ON "indicators_values" USING btree ("_order");
  CREATE INDEX "indicators_values_parent_id_idx" ON "indicators_values" USING btree ("_parent_id");
  CREATE INDEX "indicators_values_region_idx" ON "indicators_values" USING btree ("region_id");
  ALTER TABLE "indicators" DROP COLUMN "decimals";
  ALTER TABLE "indicators" DROP COLUMN "direction";
  ALTER TABLE "indicators" DROP COLUMN "source_table";
  ALTER TABLE "indicators" DROP COLUMN "source_measure";
  ALTER TABLE "indicators" DROP COLUMN "definition_url";
  ALTER TABLE "indicators" DROP COLUMN "licence";
  ALTER TABLE "indicators" DROP COLUMN "example_data";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "observations_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "figure_imports_id";
  DROP TYPE "public"."enum_indicators_direction";
  DROP TYPE "public"."enum_indicators_licence";
  DROP TYPE "public"."enum_observations_status";
  DROP TYPE "public"."enum_figure_imports_format";
  DROP TYPE "public"."enum_figure_imports_result";`)
}
