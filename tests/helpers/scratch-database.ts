import { randomBytes } from "node:crypto";
import pg from "pg";

/**
 * Points this process at a new, empty database: with DATABASE_URL a freshly created PostgreSQL database
 * on that server, otherwise an in-memory PGlite. `drop()` removes the PostgreSQL database again.
 */
export async function createScratchDatabase(
  prefix: string,
  pgliteDir = "memory://",
): Promise<{ url?: string; drop(): Promise<void> }> {
  const serverUrl = process.env.DATABASE_URL;
  if (!serverUrl) {
    process.env.PGLITE_DIR = pgliteDir;
    return { drop: async () => {} };
  }
  const name = `${prefix}_${randomBytes(6).toString("hex")}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${name}"`);
  await admin.end();
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  process.env.DATABASE_URL = url.toString();
  return {
    url: url.toString(),
    async drop() {
      const client = new pg.Client({ connectionString: serverUrl });
      await client.connect();
      await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await client.end();
    },
  };
}
