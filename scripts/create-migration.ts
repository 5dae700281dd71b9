// `npm run db:migration -- <name>`: writes prisma/migrations/<timestamp>_<name>/migration.sql with the SQL that
// takes the existing migrations to prisma/schema.prisma. Prisma's native schema engine cannot be downloaded on
// offline machines, so this drives Prisma's own WASM engine with an in-memory PGlite as shadow database.
// On a machine with internet `prisma migrate dev --create-only` produces the same files.
import { readFileSync, readdirSync, existsSync, mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { PrismaPGlite } from "pglite-prisma-adapter";
import { bindMigrationAwareSqlAdapterFactory } from "@prisma/driver-adapter-utils";
import { SchemaEngine } from "@prisma/schema-engine-wasm";

const name = (process.argv[2] ?? "")
  .toLowerCase()
  .replace(/[^a-z0-9]+/g, "_")
  .replace(/^_|_$/g, "");
if (!name) {
  console.error("Gebruik: npm run db:migration -- <naam>");
  process.exit(1);
}

const root = process.cwd();
const migrationsDir = path.join(root, "prisma", "migrations");
const schemaPath = path.join(root, "prisma", "schema.prisma");
mkdirSync(migrationsDir, { recursive: true });

const migrationDirectories = readdirSync(migrationsDir, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name)
  .sort()
  .map((dir) => ({
    path: dir,
    migrationFile: {
      path: "migration.sql",
      content: { tag: "ok" as const, value: readFileSync(path.join(migrationsDir, dir, "migration.sql"), "utf8") },
    },
  }));

const lockPath = path.join(migrationsDir, "migration_lock.toml");
const adapter = bindMigrationAwareSqlAdapterFactory(new PrismaPGlite(new PGlite()));
const engine = await SchemaEngine.new({ datamodels: undefined }, () => {}, adapter);
const result = await engine.diff({
  from:
    migrationDirectories.length === 0
      ? { tag: "empty" }
      : {
          tag: "migrations",
          baseDir: migrationsDir,
          lockfile: {
            path: "migration_lock.toml",
            content: existsSync(lockPath) ? readFileSync(lockPath, "utf8") : null,
          },
          shadowDbInitScript: "",
          migrationDirectories,
        },
  to: { tag: "schemaDatamodel", files: [{ path: schemaPath, content: readFileSync(schemaPath, "utf8") }] },
  script: true,
  exitCode: null,
  filters: { externalTables: [], externalEnums: [] },
});

const sql = (result.stdout ?? "").trim();
if (!sql || sql === "-- This is an empty migration.") {
  console.log("Het schema komt al overeen met de migraties: geen nieuwe migratie nodig.");
  process.exit(0);
}
const stamp = new Date().toISOString().replace(/\D/g, "").slice(0, 14);
const dir = path.join(migrationsDir, `${stamp}_${name}`);
mkdirSync(dir);
writeFileSync(path.join(dir, "migration.sql"), sql + "\n");
if (!existsSync(lockPath)) writeFileSync(lockPath, 'provider = "postgresql"\n');
console.log(`Nieuwe migratie: ${path.relative(root, dir)}/migration.sql`);
process.exit(0);
