// Starts one app server for the end-to-end tests: a fresh database (PGlite folder, or a new PostgreSQL
// database when DATABASE_URL is set), the demo data plus a second organization, and optionally a real
// SMTP peer whose received mails are written as JSON files for the tests to read.
// Usage: tsx tests/e2e/server.ts <name> <port> [smtpPort]
import { mkdirSync, renameSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { spawn } from "node:child_process";
import { SMTPServer } from "smtp-server";
import { simpleParser } from "mailparser";
import { createScratchDatabase } from "../helpers/scratch-database";
import { E2E_PASSWORD, mailDir, serverDir } from "./config";

const [name = "main", portArg = "3101", smtpPortArg] = process.argv.slice(2);
const root = serverDir(name);
rmSync(root, { recursive: true, force: true });
mkdirSync(root, { recursive: true });

const appUrl = `http://127.0.0.1:${portArg}`;
Object.assign(process.env, {
  PORT: portArg,
  APP_URL: appUrl,
  NEXTAUTH_URL: appUrl,
  NEXTAUTH_SECRET: "e2e-secret-that-is-long-enough-0123456789",
  NEXT_TELEMETRY_DISABLED: "1",
  DEMO_PASSWORD: E2E_PASSWORD,
  // The machine may be offline: maps show only their markers, without tiles from outside.
  MAP_TILE_URL: "none",
});
const scratch = await createScratchDatabase(`ezp_e2e_${name}`, path.join(root, "pglite"));

let smtp: SMTPServer | undefined;
if (smtpPortArg) {
  const dir = mailDir(name);
  mkdirSync(dir, { recursive: true });
  let count = 0;
  smtp = new SMTPServer({
    disabledCommands: ["AUTH", "STARTTLS"],
    logger: false,
    onData(stream, _session, callback) {
      simpleParser(stream)
        .then((mail) => {
          const file = path.join(dir, `${String(++count).padStart(4, "0")}.json`);
          const to = Array.isArray(mail.to) ? mail.to.map((a) => a.text).join(", ") : (mail.to?.text ?? "");
          // Attachments (the .ics of confirmations and updates) as text, for the tests to parse.
          const attachments = mail.attachments.map((a) => ({
            filename: a.filename ?? "",
            contentType: a.contentType,
            content: a.content.toString("utf8"),
          }));
          // Written aside and renamed, so a test polling the folder never reads a half-written file.
          writeFileSync(
            `${file}.partial`,
            JSON.stringify({ to, subject: mail.subject, text: mail.text, html: mail.html, attachments }),
          );
          renameSync(`${file}.partial`, file);
          callback();
        })
        .catch(callback);
    },
  });
  await new Promise<void>((resolve) => smtp!.listen(Number(smtpPortArg), "127.0.0.1", resolve));
  process.env.SMTP_URL = `smtp://127.0.0.1:${smtpPortArg}`;
  process.env.MAIL_WORKER_INTERVAL_MS = "300";
}

const { database } = await import("@/lib/db");
const { migrate } = await import("@/lib/db/migrate");
const { seedDemo } = await import("@/prisma/seed");
const { seedSecondTenant } = await import("../fixtures/second-tenant");
const { seedSpecPlans } = await import("../fixtures/seed-spec-plans");
await migrate(database);
await seedDemo(E2E_PASSWORD);
await seedSecondTenant(E2E_PASSWORD);
// The specs that start from a planned expedition run against the main server.
if (name === "main") await seedSpecPlans("coordinator@example.org");
await database.close();

const server = spawn(process.execPath, ["node_modules/next/dist/bin/next", "start", "-H", "127.0.0.1", "-p", portArg], {
  stdio: ["ignore", "inherit", "inherit"],
  env: process.env,
});

let stopping = false;
async function stop() {
  if (stopping) return;
  stopping = true;
  server.kill("SIGTERM");
  await new Promise((resolve) => server.once("exit", resolve));
  smtp?.close();
  await scratch.drop().catch((error) => console.error("could not drop e2e database", error));
  process.exit(0);
}
process.on("SIGTERM", stop);
process.on("SIGINT", stop);
server.on("exit", () => void stop());
