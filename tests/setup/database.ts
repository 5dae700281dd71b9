// Each integration test file gets its own empty, migrated database: an in-memory PGlite, or with
// DATABASE_URL a fresh PostgreSQL database that is dropped afterwards. Never the data that is there.
import { afterAll, beforeAll } from "vitest";
import { createScratchDatabase } from "../helpers/scratch-database";

const scratch = await createScratchDatabase("ezp_it");

beforeAll(async () => {
  const { database } = await import("@/lib/db");
  const { migrate } = await import("@/lib/db/migrate");
  await migrate(database);
});

afterAll(async () => {
  const { database } = await import("@/lib/db");
  await database.close();
  await scratch.drop();
});
