import { mkdirSync } from "node:fs";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { PrismaPGlite } from "pglite-prisma-adapter";
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { env } from "@/lib/env";
import { PrismaClient } from "@/lib/generated/prisma/client";

/** Raw SQL on one session, for migrations and test set-up (multi-statement scripts allowed). */
export interface SqlSession {
  exec(sql: string): Promise<void>;
  query<T>(sql: string, params?: unknown[]): Promise<T[]>;
}

export interface Database {
  prisma: PrismaClient;
  kind: "pglite" | "postgres";
  withSession<T>(fn: (session: SqlSession) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

export interface DatabaseLocation {
  /** A PostgreSQL connection string; without it the embedded PGlite is used. */
  url?: string;
  /** PGlite folder, or "memory://" for a throw-away database. */
  pgliteDir?: string;
}

export function openDatabase({ url, pgliteDir = ".data/pglite" }: DatabaseLocation): Database {
  if (url) {
    const pool = new pg.Pool({ connectionString: url, max: env.DATABASE_POOL_SIZE });
    // An idle connection the server drops (restart, failover, a dropped test database) is reported here;
    // the pool has already discarded it and opens a new one. Without a listener the error ends the process.
    pool.on("error", (error) => console.warn("[database] idle connection lost:", error.message));
    return {
      kind: "postgres",
      prisma: new PrismaClient({ adapter: new PrismaPg(pool) }),
      async withSession(fn) {
        const client = await pool.connect();
        try {
          return await fn({
            exec: async (sql) => void (await client.query(sql)),
            query: async <T>(sql: string, params?: unknown[]) => (await client.query(sql, params)).rows as T[],
          });
        } finally {
          client.release();
        }
      },
      async close() {
        await this.prisma.$disconnect();
        await pool.end().catch(() => {});
      },
    };
  }
  // PGlite has no lock between processes: one process per folder (see docs/decisions/0001-database.md).
  if (!pgliteDir.startsWith("memory://")) mkdirSync(path.resolve(pgliteDir), { recursive: true });
  const pglite = new PGlite(pgliteDir);
  return {
    kind: "pglite",
    prisma: new PrismaClient({ adapter: new PrismaPGlite(pglite) }),
    withSession: (fn) =>
      fn({
        exec: async (sql) => void (await pglite.exec(sql)),
        query: async <T>(sql: string, params?: unknown[]) => (await pglite.query<T>(sql, params)).rows,
      }),
    async close() {
      await this.prisma.$disconnect();
      await pglite.close();
    },
  };
}
