// `npm run bench:rsvp` (also part of `npm run bench`): RSVP submissions per second and their latency with 50
// concurrent clients against `next start` on PostgreSQL. Each request is what a browser without JavaScript sends:
// the answer form posted as multipart with React's hidden $ACTION fields, for another invitation every time and
// with a changed answer, so each one is a real write (and a confirmation mail in the outbox).
// Needs PostgreSQL (DATABASE_URL, else postgresql://postgres@127.0.0.1:5432/postgres); skips without it.
// Serves the build in NEXT_DIST_DIR (default .next) and builds it first when there is none.
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { existsSync } from "node:fs";
import { createServer } from "node:net";
import path from "node:path";
import autocannon from "autocannon";
import pg from "pg";
import { createScratchDatabase } from "../tests/helpers/scratch-database";

const CONNECTIONS = 50;
const DURATION_S = 15;
const MANDATARIES = 500;
const ANSWERS = ["ACCEPTED", "DECLINED"] as const;
const BOUNDARY = "----benchRsvpFormBoundary7MA4YWxkTrZu0gW";

const serverUrl = process.env.DATABASE_URL?.startsWith("postgres")
  ? process.env.DATABASE_URL
  : "postgresql://postgres@127.0.0.1:5432/postgres";
if (!(await reachable(serverUrl))) {
  console.log(`RSVP load benchmark skipped: no PostgreSQL at ${serverUrl} (set DATABASE_URL to one).`);
  process.exit(0);
}

const port = await freePort();
const appUrl = `http://127.0.0.1:${port}`;
const distDir = process.env.NEXT_DIST_DIR ?? ".next";
// The links in the mails are made with this secret, so the server must have the same one to accept them.
Object.assign(process.env, {
  DATABASE_URL: serverUrl,
  APP_URL: appUrl,
  NEXTAUTH_URL: appUrl,
  NEXTAUTH_SECRET: "bench-secret-that-is-long-enough-0123456789",
  NEXT_TELEMETRY_DISABLED: "1",
});
delete process.env.LINK_SECRET;
// Without SMTP the confirmations stay in the outbox: the bench measures the answer, not a mail server.
delete process.env.SMTP_URL;

const scratch = await createScratchDatabase("ezp_bench_rsvp");
let server: ChildProcess | undefined;
let serverLog = "";
let closeDatabase = async () => {};

let cleaning: Promise<void> | undefined;

/** Stops the server and drops the database, once, whether the run ended, failed or was interrupted. */
function cleanUp(): Promise<void> {
  return (cleaning ??= (async () => {
    if (server?.pid && running(server)) {
      const exited = new Promise((resolve) => server!.once("exit", resolve));
      process.kill(-server.pid, "SIGTERM"); // its whole process group: next start runs the server in a child
      await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 5000))]);
      if (running(server)) process.kill(-server.pid, "SIGKILL");
    }
    await closeDatabase();
    await scratch.drop().catch((error) => console.error("could not drop the bench database", error));
  })());
}
for (const signal of ["SIGINT", "SIGTERM"] as const)
  process.on(signal, () => void cleanUp().then(() => process.exit(1)));

try {
  const results = await run();
  console.log(`RSVP load on postgres (next start, ${CONNECTIONS} connections, ${DURATION_S} s):`);
  for (const [name, value] of Object.entries(results)) console.log(`  ${name.padEnd(48)} ${value}`);
} catch (error) {
  console.error(error);
  if (serverLog) console.error(`--- server output (last lines) ---\n${serverLog.slice(-4000)}`);
  process.exitCode = 1;
} finally {
  await cleanUp();
}
process.exit();

async function run(): Promise<Record<string, string>> {
  const { database, prisma } = await import("@/lib/db");
  closeDatabase = () => database.close();
  const tokens = await seed();
  const [probe, ...loadTokens] = tokens;
  if (!probe || loadTokens.length === 0) throw new Error("no invitations were sent");

  if (!existsSync(path.join(distDir, "BUILD_ID"))) {
    console.log(`No build in ${distDir}: building it first.`);
    const build = spawnSync("node_modules/.bin/next", ["build"], {
      stdio: "inherit",
      env: { ...process.env, NEXT_DIST_DIR: distDir },
    });
    if (build.status !== 0) throw new Error("next build failed");
  }
  server = spawn("node_modules/.bin/next", ["start", "-H", "127.0.0.1", "-p", String(port)], {
    detached: true, // a process group of its own, so cleanUp can stop it with its children
    stdio: ["ignore", "pipe", "pipe"],
    // RSVP_RATE_LIMIT high: all clients come from one address, which may answer only ten times this a minute
    // (200 by default), so the guard would refuse nearly every answer and the bench would measure the refusals.
    env: { ...process.env, NEXT_DIST_DIR: distDir, RSVP_RATE_LIMIT: "100000" },
  });
  for (const stream of [server.stdout!, server.stderr!]) stream.on("data", (chunk) => (serverLog += chunk));
  const html = await firstPage(`${appUrl}/rsvp/${probe}`);
  const hidden = actionFields(html);

  // One answer before the load: the form is driven the way a browser without JavaScript does, and it stores.
  const check = await fetch(`${appUrl}/rsvp/${probe}`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": `multipart/form-data; boundary=${BOUNDARY}`, origin: appUrl },
    body: new Uint8Array(submission(hidden, probe, "ACCEPTED")),
  });
  const { hashToken } = await import("@/lib/tokens");
  const stored = await prisma.invitation.findUnique({ where: { tokenHash: hashToken(probe) } });
  if (check.status !== 303 || !check.headers.get("location")?.endsWith("?saved=1") || stored?.status !== "ACCEPTED") {
    throw new Error(`the answer form did not save: ${check.status} ${check.headers.get("location")}`);
  }
  const revisionsBefore = await answerRevisions(prisma);

  // Request n answers for invitation n mod N, with the other answer than on its previous turn.
  let sent = 0;
  const bodies = loadTokens.map((token) => ANSWERS.map((answer) => submission(hidden, token, answer)));
  const latencies: number[] = [];
  let saved = 0;
  // Why an answer was not saved: the page's alert (a refused or failed action) or where a redirect went.
  const refusals = new Map<string, number>();
  const refuse = (reason: string) => count(refusals, reason.replace(/[0-9a-f]{8}(-[0-9a-f]{4}){3}-[0-9a-f]{12}/g, "…"));
  let finished!: (result: autocannon.Result) => void;
  let failed!: (error: unknown) => void;
  const done = new Promise<autocannon.Result>((resolve, reject) => ([finished, failed] = [resolve, reject]));
  const instance = autocannon(
    {
      url: appUrl,
      connections: CONNECTIONS,
      duration: DURATION_S,
      headers: { "content-type": `multipart/form-data; boundary=${BOUNDARY}`, origin: appUrl, accept: "text/html" },
      requests: [
        {
          method: "POST",
          setupRequest: (request) => {
            const n = sent++;
            const i = n % loadTokens.length;
            return {
              ...request,
              path: `/rsvp/${loadTokens[i]}`,
              body: bodies[i]![Math.floor(n / loadTokens.length) % 2],
            };
          },
          onResponse: (status, body, _context, headers = {}) => {
            // Header names as the server wrote them.
            const location = Object.entries(headers).find(([name]) => name.toLowerCase() === "location")?.[1];
            if (status === 303 && String(location).endsWith("?saved=1")) saved++;
            else if (status === 303) refuse(`303 to ${String(location)}`);
            else refuse(`${status}: ${body.match(/role="alert"[^>]*><p[^>]*>([^<]*)/)?.[1] ?? "no alert"}`);
          },
        },
      ],
    },
    (error, result) => (error ? failed(error) : finished(result)),
  );
  instance.on("response", (_client: unknown, _status: number, _bytes: number, ms: number) => latencies.push(ms));
  const result = await done;

  // Answers still in flight when the clients stopped may land after the last counted response.
  await new Promise((resolve) => setTimeout(resolve, 1000));
  const storedAnswers = (await answerRevisions(prisma)) - revisionsBefore;
  const confirmations = (await prisma.outboxMessage.count({ where: { kind: "confirmation" } })) - 1;
  if (storedAnswers < saved) throw new Error(`${saved} answers reported saved, only ${storedAnswers} stored`);
  if (latencies.length === 0) throw new Error("no responses");
  latencies.sort((a, b) => a - b);
  const at = (q: number) => latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))]!.toFixed(0);
  // The unexpected errors behind "Er liep iets mis": the first line each failed action logged.
  const errors = new Map<string, number>();
  for (const [, message] of serverLog.matchAll(/^\[action [\w-]+\] (.*)$/gm)) count(errors, message!);
  return {
    "invitations answered in turn": `${loadTokens.length} (programme of 4 stops, ACCEPTED/DECLINED alternating)`,
    "RSVP submissions per second (303 saved)": `${(saved / result.duration).toFixed(1)} (${saved} in ${result.duration.toFixed(1)} s)`,
    "latency p50 / p95 / p99": `${at(0.5)} / ${at(0.95)} / ${at(0.99)} ms (max ${latencies.at(-1)!.toFixed(0)})`,
    "connection errors / timeouts": `${result.errors} / ${result.timeouts}`,
    "not saved (other than 303 to ?saved=1)": refusals.size ? summary(refusals) : "0",
    "answers stored / confirmations in the outbox": `${storedAnswers} / ${confirmations} (≥ ${saved} saved responses)`,
    ...(errors.size ? { "errors the server logged": summary(errors) } : {}),
  };
}

function count(counts: Map<string, number>, key: string) {
  counts.set(key, (counts.get(key) ?? 0) + 1);
}

function summary(counts: Map<string, number>): string {
  return [...counts].map(([key, n]) => `${n}× ${key}`).join("; ");
}

/** An organization, an expedition with a fixed programme of four stops, and 500 invited mandataries' tokens. */
async function seed(): Promise<string[]> {
  const { database, prisma } = await import("@/lib/db");
  const { migrate } = await import("@/lib/db/migrate");
  const { sendInvitations } = await import("@/lib/invitations/mutations");
  const { saveMandatary } = await import("@/lib/mandataries/mutations");
  const { saveStop } = await import("@/lib/programme/mutations");
  const { stopSchema } = await import("@/lib/programme/schemas");
  const { createService } = await import("@/lib/services/mutations");
  const { createMember, createPlannedExpedition, mandataryInput, serviceInput, tokenFromMail } =
    await import("../tests/helpers/factories");
  await migrate(database);
  const member = await createMember("Gemeente Bench");
  const planned = await createPlannedExpedition(member);
  const stops = [
    ["11:15", "12:15", "Dagcentrum De Horizon", 51.202],
    ["13:30", "14:30", "Thuiszorg Kempenrode", 51.204],
    ["15:00", "16:00", "Kinderdagverblijf Het Nest", 51.206],
  ] as const;
  for (const [startTime, endTime, name, latitude] of stops) {
    const service = await createService(member, serviceInput({ name, latitude }));
    const { version } = await prisma.programme.findUniqueOrThrow({ where: { id: planned.programme.id } });
    await saveStop(
      member,
      stopSchema.parse({
        programmeId: planned.programme.id,
        version: String(version),
        serviceId: service.id,
        startTime,
        endTime,
      }),
    );
  }
  const ids = [planned.mandatary.id];
  for (let i = 1; i < MANDATARIES; i++) {
    const mandatary = await saveMandatary(
      member,
      null,
      mandataryInput({
        firstName: "Raadslid",
        lastName: `Nr ${i}`,
        role: "COUNCIL_MEMBER",
        email: `raadslid-${i}@example.org`,
      }),
    );
    ids.push(mandatary.id);
  }
  // In rounds of 50: one round of 500 can outlast Prisma's 5 s transaction timeout on a busy machine.
  for (let i = 0; i < ids.length; i += 50) await sendInvitations(member, planned.expedition.id, ids.slice(i, i + 50));
  const mails = await prisma.outboxMessage.findMany({ where: { kind: "invitation" } });
  return mails.map((mail) => tokenFromMail(mail.text));
}

/** The sum of every invitation's answer count: each stored change raises it by one. */
async function answerRevisions(prisma: (typeof import("@/lib/db"))["prisma"]): Promise<number> {
  const { _sum } = await prisma.invitation.aggregate({ _sum: { answerRevision: true } });
  return _sum.answerRevision ?? 0;
}

/** The page, once the server answers (it applies migrations and loads first). */
async function firstPage(url: string): Promise<string> {
  const until = Date.now() + 60_000;
  for (;;) {
    if (!server || !running(server)) throw new Error(`next start exited (${server?.exitCode ?? server?.signalCode})`);
    try {
      const response = await fetch(url);
      if (response.ok) return await response.text();
    } catch {
      // Not listening yet.
    }
    if (Date.now() > until) throw new Error(`${url} did not answer within 60 s`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

/** React's hidden fields of the answer form (the action's id, its bound state, the form key). */
function actionFields(html: string): [string, string][] {
  const form = html.match(/<form\b[^>]*>(?:(?!<\/form>)[\s\S])*name="token"[\s\S]*?<\/form>/)?.[0];
  if (!form) throw new Error("no answer form on the RSVP page");
  const fields: [string, string][] = [];
  for (const [input] of form.matchAll(/<input\b[^>]*>/g)) {
    const attributes = Object.fromEntries(
      [...input.matchAll(/([\w$:-]+)="([^"]*)"/g)].map(([, k, v]) => [k, decode(v!)]),
    );
    if (attributes.type === "hidden" && attributes.name?.startsWith("$ACTION")) {
      fields.push([attributes.name, attributes.value ?? ""]);
    }
  }
  if (fields.length === 0) throw new Error("the answer form has no $ACTION fields");
  return fields;
}

function decode(value: string): string {
  const named: Record<string, string> = { quot: '"', amp: "&", lt: "<", gt: ">", apos: "'" };
  return value.replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (entity, code: string) =>
    code.startsWith("#x") || code.startsWith("#X")
      ? String.fromCodePoint(parseInt(code.slice(2), 16))
      : code.startsWith("#")
        ? String.fromCodePoint(Number(code.slice(1)))
        : (named[code] ?? entity),
  );
}

/** The form as the browser posts it: hidden fields, the link's token, the ticked answer and the empty text fields. */
function submission(hidden: [string, string][], token: string, answer: string): Buffer {
  const fields: [string, string][] = [
    ...hidden,
    ["token", token],
    ["answer", answer],
    ["companionName", ""],
    ["dietaryNeeds", ""],
    ["mobilityNeeds", ""],
    ["note", ""],
  ];
  const parts = fields.map(
    ([name, value]) => `--${BOUNDARY}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`,
  );
  return Buffer.from(`${parts.join("")}--${BOUNDARY}--\r\n`);
}

function running(child: ChildProcess): boolean {
  return child.exitCode === null && child.signalCode === null;
}

async function reachable(url: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 3000 });
  try {
    await client.connect();
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => {});
  }
}

async function freePort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, "127.0.0.1", resolve));
  const { port } = probe.address() as { port: number };
  await new Promise((resolve) => probe.close(resolve));
  return port;
}
