import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

// Contributions (src/contributions): knowledge items keep the contributor's contact and the moderation status
// in an editors-only group; uploads of a contribution are marked submitted (not public until it is published);
// the nightly job that deletes rejected contributions.

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_knowledge_items_submission_status" AS ENUM('submitted', 'accepted', 'rejected');
  CREATE TYPE "public"."enum__knowledge_items_v_version_submission_status" AS ENUM('submitted', 'accepted', 'rejected');
  ALTER TYPE "public"."enum_payload_jobs_log_task_slug" ADD VALUE 'purgeContributions' BEFORE 'schedulePublish';
  ALTER TYPE "public"."enum_payload_jobs_task_slug" ADD VALUE 'purgeContributions' BEFORE 'schedulePublish';
  ALTER TABLE "knowledge_items" ADD COLUMN "submission_status" "enum_knowledge_items_submission_status";
  ALTER TABLE "knowledge_items" ADD COLUMN "submission_name" varchar;
  ALTER TABLE "knowledge_items" ADD COLUMN "submission_email" varchar;
  ALTER TABLE "knowledge_items" ADD COLUMN "submission_organisation" varchar;
  ALTER TABLE "knowledge_items" ADD COLUMN "submission_submitted_at" timestamp(3) with time zone;
  ALTER TABLE "knowledge_items" ADD COLUMN "submission_rejected_at" timestamp(3) with time zone;
  ALTER TABLE "_knowledge_items_v" ADD COLUMN "version_submission_status" "enum__knowledge_items_v_version_submission_status";
  ALTER TABLE "_knowledge_items_v" ADD COLUMN "version_submission_name" varchar;
  ALTER TABLE "_knowledge_items_v" ADD COLUMN "version_submission_email" varchar;
  ALTER TABLE "_knowledge_items_v" ADD COLUMN "version_submission_organisation" varchar;
  ALTER TABLE "_knowledge_items_v" ADD COLUMN "version_submission_submitted_at" timestamp(3) with time zone;
  ALTER TABLE "_knowledge_items_v" ADD COLUMN "version_submission_rejected_at" timestamp(3) with time zone;
  ALTER TABLE "media" ADD COLUMN "submitted" boolean DEFAULT false;
  CREATE INDEX "knowledge_items_submission_submission_status_idx" ON "knowledge_items" USING btree ("submission_status");
  CREATE INDEX "_knowledge_items_v_version_submission_version_submission_idx" ON "_knowledge_items_v" USING btree ("version_submission_status");
  CREATE INDEX "media_submitted_idx" ON "media" USING btree ("submitted");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_log_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_log_task_slug" AS ENUM('inline', 'refreshSearchTerms', 'promoteWaiting', 'purgeRegistrations', 'schedulePublish');
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_log_task_slug" USING "task_slug"::"public"."enum_payload_jobs_log_task_slug";
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_task_slug" AS ENUM('inline', 'refreshSearchTerms', 'promoteWaiting', 'purgeRegistrations', 'schedulePublish');
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_task_slug" USING "task_slug"::"public"."enum_payload_jobs_task_slug";
  DROP INDEX "knowledge_items_submission_submission_status_idx";
  DROP INDEX "_knowledge_items_v_version_submission_version_submission_idx";
  DROP INDEX "media_submitted_idx";
  ALTER TABLE "knowledge_items" DROP COLUMN "submission_status";
  ALTER TABLE "knowledge_items" DROP COLUMN "submission_name";
  ALTER TABLE "knowledge_items" DROP COLUMN "submission_email";
  ALTER TABLE "knowledge_items" DROP COLUMN "submission_organisation";
  ALTER TABLE "knowledge_items" DROP COLUMN "submission_submitted_at";
  ALTER TABLE "knowledge_items" DROP COLUMN "submission_rejected_at";
  ALTER TABLE "_knowledge_items_v" DROP COLUMN "version_submission_status";
  ALTER TABLE "_knowledge_items_v" DROP COLUMN "version_submission_name";
  ALTER TABLE "_knowledge_items_v" DROP COLUMN "version_submission_email";
  ALTER TABLE "_knowledge_items_v" DROP COLUMN "version_submission_organisation";
  ALTER TABLE "_knowledge_items_v" DROP COLUMN "version_submission_submitted_at";
  ALTER TABLE "_knowledge_items_v" DROP COLUMN "version_submission_rejected_at";
  ALTER TABLE "media" DROP COLUMN "submitted";
  DROP TYPE "public"."enum_knowledge_items_submission_status";
  DROP TYPE "public"."enum__knowledge_items_v_version_submission_status";`)
}
