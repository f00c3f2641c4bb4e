import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

// Object storage (@payloadcms/storage-s3, used when S3_BUCKET is set): a file's folder and key in the
// bucket. The columns exist with or without S3 (`alwaysInsertFields`), so one schema fits every setup.

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "media" ADD COLUMN "prefix" varchar DEFAULT '';
  ALTER TABLE "media" ADD COLUMN "_objectkey" varchar;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "media" DROP COLUMN "prefix";
  ALTER TABLE "media" DROP COLUMN "_objectkey";`)
}
