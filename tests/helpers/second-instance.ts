import { database } from "@/lib/db";
import { openDatabase, type Database } from "@/lib/db/open";

/**
 * The database as a second app instance sees it: on PostgreSQL its own pool of connections to the same database;
 * on PGlite, which one process holds, the same database (there the test still proves that nothing is kept in the
 * memory of the code under test, since each "instance" gets its own objects).
 */
export function secondInstance(): Database {
  const url = process.env.DATABASE_URL;
  if (!url) return { ...database, close: async () => {} };
  return openDatabase({ url });
}
