// Several app instances on one database agree: each scheduled job runs once per due moment, and the RSVP rate
// limit counts the requests of all of them. (The routed legs: tests/integration/routing.test.ts.)
import { afterAll, describe, expect, it, vi } from "vitest";
import { database } from "@/lib/db";
import type { Job, JobContext, JobName } from "@/lib/scheduler/jobs";
import { createScheduler } from "@/lib/scheduler/scheduler";
import { allowRequest, forgetPastWindows } from "@/lib/rate-limit/windows";
import { secondInstance } from "../helpers/second-instance";

const other = secondInstance();
afterAll(() => other.close());

/** A job set whose jobs count their runs; `fail` makes the named one throw. */
function countingJobs(names: string[], everyMs: number, fail = new Set<string>()) {
  const runs: string[] = [];
  const jobs = Object.fromEntries(
    names.map((name) => [
      name,
      {
        everyMs,
        async run() {
          runs.push(name);
          if (fail.has(name)) throw new Error(`${name} kapot`);
          return 0;
        },
      } satisfies Job,
    ]),
  ) as unknown as Record<JobName, Job>;
  return { jobs, runs };
}

describe("the scheduler on two instances", () => {
  it("runs each due moment of a job once, however many instances tick at once", async () => {
    const names = ["test-a", "test-b"];
    const one = countingJobs(names, 60_000);
    const two = countingJobs(names, 60_000);
    const first = createScheduler(database.prisma, one.jobs);
    const second = createScheduler(other.prisma, two.jobs);
    const t0 = new Date("2027-01-04T08:00:00Z");

    // Both instances tick at the same moment, several times over.
    await Promise.all([first.runDue(t0), second.runDue(t0), first.runDue(t0), second.runDue(t0)]);
    expect([...one.runs, ...two.runs].sort()).toEqual(["test-a", "test-b"]);

    // Within the interval nothing is due; at its end each job once more.
    await Promise.all([first.runDue(new Date(t0.getTime() + 59_000)), second.runDue(new Date(t0.getTime() + 59_000))]);
    expect(one.runs.length + two.runs.length).toBe(2);
    const t1 = new Date(t0.getTime() + 60_000);
    await Promise.all([first.runDue(t1), second.runDue(t1), first.runDue(t1), second.runDue(t1)]);
    expect([...one.runs, ...two.runs].sort()).toEqual(["test-a", "test-a", "test-b", "test-b"]);
  });

  it("records a failed run and runs the job again at its next moment, on whichever instance", async () => {
    const error = vi.spyOn(console, "error").mockImplementation(() => {});
    try {
      const failing = countingJobs(["test-failing"], 1000, new Set(["test-failing"]));
      const healthy = countingJobs(["test-failing"], 1000);
      const t0 = new Date("2027-01-04T09:00:00Z");
      expect(await createScheduler(database.prisma, failing.jobs).runDue(t0)).toEqual(["test-failing"]);
      const row = await database.prisma.scheduledJob.findUniqueOrThrow({ where: { name: "test-failing" } });
      expect(row.lastError).toBe("test-failing kapot");
      expect(row.dueAt).toEqual(new Date(t0.getTime() + 1000));

      const later = new Date(t0.getTime() + 1000);
      expect(await createScheduler(other.prisma, healthy.jobs).runDue(later)).toEqual(["test-failing"]);
      const after = await database.prisma.scheduledJob.findUniqueOrThrow({ where: { name: "test-failing" } });
      expect(after.lastError).toBe("");
      expect(healthy.runs).toEqual(["test-failing"]);
    } finally {
      error.mockRestore();
    }
  });

  it("does not start a job that is disabled on this instance (mail without SMTP)", async () => {
    const runs: string[] = [];
    const jobs = {
      "test-mail": {
        everyMs: 1000,
        enabled: (context: JobContext) => context.smtp !== undefined,
        run: async () => (runs.push("test-mail"), 0),
      },
    } as unknown as Record<JobName, Job>;
    expect(await createScheduler(database.prisma, jobs).runDue(new Date("2027-01-04T10:00:00Z"))).toEqual([]);
    expect(runs).toEqual([]);
  });
});

describe("the rate limit on two instances", () => {
  it("holds the limit across both: requests spread over two instances are counted together", async () => {
    const now = new Date("2027-01-04T08:00:10Z");
    const limits = [{ key: "test-link:spread", limit: 30 }];
    // 25 requests on each instance, all at once.
    const answers = await Promise.all(
      Array.from({ length: 50 }, (_, i) => allowRequest(i % 2 === 0 ? database.prisma : other.prisma, limits, now)),
    );
    expect(answers.filter(Boolean)).toHaveLength(30);
    // The next minute starts over.
    expect(await allowRequest(other.prisma, limits, new Date("2027-01-04T08:01:00Z"))).toBe(true);
  });

  it("refuses when any of the keys is over its limit, and counts every key each time", async () => {
    const now = new Date("2027-01-04T08:05:00Z");
    const link = { key: "test-link:one", limit: 2 };
    const address = { key: "test-address:one", limit: 3 };
    const results = [];
    for (let i = 0; i < 4; i++) results.push(await allowRequest(database.prisma, [address, link], now));
    expect(results).toEqual([true, true, false, false]);
    // Another link from the same address: the address has had 4 of its 3.
    expect(await allowRequest(other.prisma, [address, { key: "test-link:two", limit: 2 }], now)).toBe(false);
    expect(await allowRequest(other.prisma, [{ key: "test-link:two", limit: 2 }], now)).toBe(true);
  });

  it("forgets windows once they are over, never the current one", async () => {
    const now = new Date("2027-01-04T09:00:30Z");
    await allowRequest(database.prisma, [{ key: "test-old", limit: 1 }], new Date("2027-01-04T08:58:00Z"));
    await allowRequest(database.prisma, [{ key: "test-now", limit: 1 }], now);
    expect(await forgetPastWindows(other.prisma, now)).toBeGreaterThanOrEqual(1);
    const left = await database.prisma.rateLimitWindow.findMany({ where: { key: { in: ["test-old", "test-now"] } } });
    expect(left.map((w) => w.key)).toEqual(["test-now"]);
    expect(await allowRequest(database.prisma, [{ key: "test-now", limit: 1 }], now)).toBe(false);
  });
});
