import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

// Readers' answers to the feedback question (was this page useful?) (collections/Feedback.ts): the day, yes or no, an optional
// remark and whether it was handled, per item or page; the token's random number is unique (one answer per
// page view). Nothing about the reader is stored.

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_feedback_useful" AS ENUM('yes', 'no');
  CREATE TABLE "feedback" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"day" timestamp(3) with time zone NOT NULL,
  	"useful" "enum_feedback_useful" NOT NULL,
  	"remark" varchar,
  	"handled" boolean DEFAULT false,
  	"item_id" integer,
  	"page_id" integer,
  	"token" varchar NOT NULL
  );
  
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "feedback_id" integer;
  ALTER TABLE "feedback" ADD CONSTRAINT "feedback_item_id_knowledge_items_id_fk" FOREIGN KEY ("item_id") REFERENCES "public"."knowledge_items"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "feedback" ADD CONSTRAINT "feedback_page_id_pages_id_fk" FOREIGN KEY ("page_id") REFERENCES "public"."pages"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "feedback_day_idx" ON "feedback" USING btree ("day");
  CREATE INDEX "feedback_handled_idx" ON "feedback" USING btree ("handled");
  CREATE INDEX "feedback_item_idx" ON "feedback" USING btree ("item_id");
  CREATE INDEX "feedback_page_idx" ON "feedback" USING btree ("page_id");
  CREATE UNIQUE INDEX "feedback_token_idx" ON "feedback" USING btree ("token");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_feedback_fk" FOREIGN KEY ("feedback_id") REFERENCES "public"."feedback"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_feedback_id_idx" ON "payload_locked_documents_rels" USING btree ("feedback_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "feedback" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "feedback" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_feedback_fk";
  
  DROP INDEX "payload_locked_documents_rels_feedback_id_idx";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "feedback_id";
  DROP TYPE "public"."enum_feedback_useful";`)
}
