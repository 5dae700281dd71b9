import { openDatabase, type Database } from "./db/open";
import { env } from "./env";

// The one database of this process, cached on globalThis so dev reloads reuse it.
const globalForDb = globalThis as unknown as { __database?: Database };

export const database: Database = (globalForDb.__database ??= openDatabase({
  url: env.DATABASE_URL,
  pgliteDir: env.PGLITE_DIR,
}));

export const prisma = database.prisma;
