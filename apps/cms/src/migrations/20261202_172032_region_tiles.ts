import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "regions" ADD COLUMN "tile_row" numeric;
  ALTER TABLE "regions" ADD COLUMN "tile_column" numeric;
  -- Places in the tile map for Brabant's COROP regions and the municipalities of the demo (by CBS code).
  UPDATE "regions" r SET "tile_row" = t.row_number, "tile_column" = t.column_number
    FROM (VALUES ('CR34', 1, 1), ('CR35', 1, 2), ('CR36', 1, 3), ('CR37', 2, 3),
      ('GM0748', 3, 1), ('GM1674', 2, 2), ('GM0758', 2, 3), ('GM0855', 2, 4), ('GM0796', 1, 5), ('GM0828', 1, 6), ('GM0772', 3, 5), ('GM0794', 3, 6))
      AS t(code, row_number, column_number)
    WHERE r."cbs_code" = t.code AND r."tile_row" IS NULL;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "regions" DROP COLUMN "tile_row";
  ALTER TABLE "regions" DROP COLUMN "tile_column";`)
}
