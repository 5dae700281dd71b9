import { describe, expect, it } from "vitest";
import { database } from "@/lib/db";
import { migrate, readMigrations } from "@/lib/db/migrate";

describe("migrations", () => {
  it("are recorded like Prisma's and applied only once", async () => {
    const files = readMigrations();
    expect(files.length).toBeGreaterThan(0);
    expect(await migrate(database)).toEqual([]);
    const rows = await database.withSession((s) =>
      s.query<{ migration_name: string; checksum: string }>(
        `SELECT migration_name, checksum FROM "_prisma_migrations" ORDER BY migration_name`,
      ),
    );
    expect(rows).toEqual(files.map((f) => ({ migration_name: f.name, checksum: f.checksum })));
  });

  it("refuse a migration that was changed after it was applied, and change nothing", async () => {
    const [first, ...rest] = readMigrations();
    const changed = [{ ...first!, sql: `${first!.sql}\n-- edited`, checksum: "0".repeat(64) }, ...rest];
    await expect(migrate(database, changed)).rejects.toThrow(/was changed after it was applied/);
    expect(await migrate(database)).toEqual([]);
  });

  it("roll back a failing migration completely", async () => {
    const broken = [
      ...readMigrations(),
      {
        name: "99999999999999_broken",
        sql: `CREATE TABLE "Half" (id int); SELECT * FROM "DoesNotExist";`,
        checksum: "1".repeat(64),
      },
    ];
    await expect(migrate(database, broken)).rejects.toThrow();
    const tables = await database.withSession((s) =>
      s.query(`SELECT 1 FROM information_schema.tables WHERE table_name = 'Half'`),
    );
    expect(tables).toEqual([]);
  });
});
