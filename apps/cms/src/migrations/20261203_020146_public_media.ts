import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

// Uploads are public once published content uses them (src/fields/public-media.ts). Every upload that was
// public before (all but a contribution's unpublished ones) stays so; new uploads start private.

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "media" ADD COLUMN "public" boolean DEFAULT false;
  CREATE INDEX "media_public_idx" ON "media" USING btree ("public");
  UPDATE "media" SET "public" = true WHERE "submitted" IS NOT TRUE;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP INDEX "media_public_idx";
  ALTER TABLE "media" DROP COLUMN "public";`)
}
