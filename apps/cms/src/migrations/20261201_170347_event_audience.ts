import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_events_audience" AS ENUM('municipalities', 'province', 'civil-society', 'knowledge-institutions', 'businesses', 'residents');
  CREATE TYPE "public"."enum__events_v_version_audience" AS ENUM('municipalities', 'province', 'civil-society', 'knowledge-institutions', 'businesses', 'residents');
  CREATE TABLE "events_audience" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_events_audience",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "_events_v_version_audience" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum__events_v_version_audience",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  ALTER TABLE "events_audience" ADD CONSTRAINT "events_audience_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."events"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_events_v_version_audience" ADD CONSTRAINT "_events_v_version_audience_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_events_v"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "events_audience_order_idx" ON "events_audience" USING btree ("order");
  CREATE INDEX "events_audience_parent_idx" ON "events_audience" USING btree ("parent_id");
  CREATE INDEX "_events_v_version_audience_order_idx" ON "_events_v_version_audience" USING btree ("order");
  CREATE INDEX "_events_v_version_audience_parent_idx" ON "_events_v_version_audience" USING btree ("parent_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP TABLE "events_audience" CASCADE;
  DROP TABLE "_events_v_version_audience" CASCADE;
  DROP TYPE "public"."enum_events_audience";
  DROP TYPE "public"."enum__events_v_version_audience";`)
}
