// `npm run bench`: measures the core loop's database work on the embedded PGlite (or DATABASE_URL's server,
// in a scratch database that is dropped afterwards). Prints medians; no test depends on these numbers.
import { performance } from "node:perf_hooks";
import { createScratchDatabase } from "../tests/helpers/scratch-database";

const scratch = await createScratchDatabase("ezp_bench");
const { database, prisma } = await import("@/lib/db");
const { migrate } = await import("@/lib/db/migrate");
const { sendInvitations } = await import("@/lib/invitations/mutations");
const { answerInvitation } = await import("@/lib/invitations/mutations");
const { findInvitationByToken } = await import("@/lib/invitations/queries");
const { saveMandatary } = await import("@/lib/mandataries/mutations");
const { createMember, createPlannedExpedition, mandataryInput, tokenFromMail } = await import(
  "../tests/helpers/factories"
);

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

async function time(runs: number, fn: (i: number) => Promise<unknown>): Promise<number> {
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await fn(i);
    samples.push(performance.now() - start);
  }
  return median(samples);
}

await migrate(database);
const results: Record<string, string> = {};

// Sending 40 invitations at once (one transaction: 40 invitations + 40 rendered mails).
const sendSamples: number[] = [];
const tokens: string[] = [];
for (let run = 0; run < 5; run++) {
  const member = await createMember(`Gemeente ${run}`);
  const planned = await createPlannedExpedition(member);
  const ids = [planned.mandatary.id];
  for (let i = 1; i < 40; i++) {
    const m = await saveMandatary(
      member,
      null,
      mandataryInput({ firstName: "Raadslid", lastName: `${run}-${i}`, role: "COUNCIL_MEMBER", email: `r${run}-${i}@example.org` }),
    );
    ids.push(m.id);
  }
  const start = performance.now();
  await sendInvitations(member, planned.expedition.id, ids);
  sendSamples.push(performance.now() - start);
  const mails = await prisma.outboxMessage.findMany({ where: { organizationId: member.organizationId } });
  tokens.push(...mails.map((m) => tokenFromMail(m.text)));
}
results["send 40 invitations (median of 5)"] = `${median(sendSamples).toFixed(1)} ms`;

const beforeDeadline = new Date("2099-03-01T00:00:00Z");
results["open an RSVP link (median of 200)"] =
  `${(await time(200, (i) => findInvitationByToken(tokens[i % tokens.length]!))).toFixed(2)} ms`;
results["answer an RSVP (median of 200)"] =
  `${(await time(200, (i) => answerInvitation(tokens[i % tokens.length]!, i % 2 ? "ACCEPTED" : "DECLINED", "", beforeDeadline))).toFixed(2)} ms`;

console.log(`Benchmarks on ${database.kind}:`);
for (const [name, value] of Object.entries(results)) console.log(`  ${name.padEnd(40)} ${value}`);
await database.close();
await scratch.drop();
process.exit(0);
