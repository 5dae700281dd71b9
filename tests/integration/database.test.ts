import { describe, expect, it } from "vitest";
import { database } from "@/lib/db";
import { openDatabase } from "@/lib/db/open";

describe.runIf(database.kind === "postgres")("the PostgreSQL connection pool", () => {
  it("is not brought down by the server dropping connections it is still closing", async () => {
    // A second client of the same database, with a few idle connections whose server processes we know.
    const second = openDatabase({ url: process.env.DATABASE_URL });
    const pids = await Promise.all(
      [1, 2, 3].map(async () => {
        const [row] = await second.prisma.$queryRaw<
          { pid: number }[]
        >`SELECT pg_backend_pid() AS pid, pg_sleep(0.05)::text`;
        return row!.pid;
      }),
    );
    // Closing lets Prisma go first and then ends the pool, whose connections the server ends a moment
    // later. A DROP DATABASE … WITH (FORCE) in that moment (as after every test file) ends them with an error
    // of the server's own. Here the moment is held open: Prisma has let go, the connections are still there.
    await second.prisma.$disconnect();
    await database.withSession((s) =>
      s.query(`SELECT pg_terminate_backend(pid) FROM unnest($1::int[]) AS pid`, [pids]),
    );
    // Unheard, that error would end this process before the next line.
    await new Promise((resolve) => setTimeout(resolve, 300));
    const [row] = await database.withSession((s) => s.query<{ answer: number }>(`SELECT 42 AS answer`));
    expect(row?.answer).toBe(42);
    await second.close();
  });
});
