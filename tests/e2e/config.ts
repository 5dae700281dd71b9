import path from "node:path";

export const E2E_PASSWORD = "e2e-wachtwoord-123";

/**
 * How long a test waits for mail: the worker polls every 300 ms, but on a busy two-core machine a round of
 * mails and the pages around it can take many times as long as on a quiet one.
 */
export const MAIL_WAIT_MS = 60_000;

// E2E_PORT_BASE lets two runs on one machine keep out of each other's way.
const base = Number(process.env.E2E_PORT_BASE ?? 3100);

/** The two servers the end-to-end tests run against. */
export const SERVERS = {
  // Mails go over SMTP to a real peer; tests read what it received.
  main: { port: base + 1, smtpPort: base + 3 },
  // No SMTP_URL: mails stay readable in the in-app mailbox, as in the demo.
  demo: { port: base + 2 },
} as const;

/** Where one server keeps its database folder and received mail. */
export function serverDir(server: string): string {
  return path.resolve(".data", "e2e", `${base}-${server}`);
}

export function mailDir(server: string): string {
  return path.join(serverDir(server), "mail");
}

/** The demo expedition the seed plans (prisma/seed.ts). */
export const SEEDED_EXPEDITION = "Expeditie Zorg Kempenrode";

/** Care services of the seed that specs plan with. */
export const SEEDED_SERVICES = {
  WZC: "Woonzorgcentrum Hof ter Linden",
  DVC: "Dagverzorgingscentrum De Zonnewijzer",
  KDV: "Kinderdagverblijf De Speelboom",
  LDC: "Lokaal dienstencentrum De Kring",
} as const;

/** The seeded mayor and aldermen: the demo's invitations go to them. */
export const SEEDED_MAYOR_AND_ALDERMEN = [
  "annelies.vandyck@example.org",
  "tom.peeters@example.org",
  "sarah.janssens@example.org",
  "bart.maes@example.org",
  "els.claes@example.org",
  "koen.wouters@example.org",
  "hilde.goossens@example.org",
];
