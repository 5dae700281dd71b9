import { randomBytes } from "node:crypto";
import type { EmailUserConfig } from "next-auth/providers/email";
import { describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import { authOptions } from "@/lib/auth/options";
import { hashPassword } from "@/lib/auth/password";
import { MAX_FAILURES, WINDOW_MINUTES, checkPassword } from "@/lib/auth/sign-in-guard";
import { enqueueSignInLink, SIGN_IN_LINK_MAX_AGE_S } from "@/lib/auth/sign-in-link";
import { jobs } from "@/lib/scheduler/jobs";
import { hashToken } from "@/lib/tokens";

async function user(email: string) {
  return prisma.user.create({
    data: { email, name: "Katrien", passwordHash: await hashPassword("het-juiste-wachtwoord") },
  });
}

describe("password sign-in", () => {
  it("accepts the right password and refuses a wrong one or an unknown address", async () => {
    const katrien = await user("katrien@example.org");
    expect((await checkPassword("katrien@example.org", "het-juiste-wachtwoord"))?.id).toBe(katrien.id);
    expect(await checkPassword("katrien@example.org", "fout")).toBeNull();
    expect(await checkPassword("niemand@example.org", "het-juiste-wachtwoord")).toBeNull();
  });

  it("stops checking passwords after too many failures, until the window has passed", async () => {
    await user("geraden@example.org");
    const now = new Date("2099-01-01T10:00:00Z");
    for (let i = 0; i < MAX_FAILURES; i++)
      expect(await checkPassword("geraden@example.org", `gok-${i}`, now)).toBeNull();
    // Even the right password is refused now.
    expect(await checkPassword("geraden@example.org", "het-juiste-wachtwoord", now)).toBeNull();
    const later = new Date(now.getTime() + (WINDOW_MINUTES + 1) * 60_000);
    expect(await checkPassword("geraden@example.org", "het-juiste-wachtwoord", later)).not.toBeNull();
  });

  it("counts failures per address: another account is not affected", async () => {
    await user("ander@example.org");
    const now = new Date("2099-02-01T10:00:00Z");
    for (let i = 0; i < MAX_FAILURES; i++) await checkPassword("doelwit@example.org", `gok-${i}`, now);
    expect(await checkPassword("ander@example.org", "het-juiste-wachtwoord", now)).not.toBeNull();
  });
});

describe("sign-in links", () => {
  it("go only to existing users, at most one a minute", async () => {
    await user("link@example.org");
    const expires = new Date("2099-03-01T10:15:00Z");
    await enqueueSignInLink("link@example.org", "http://localhost/api/auth/callback/email?token=a", expires);
    await enqueueSignInLink("LINK@example.org", "http://localhost/api/auth/callback/email?token=b", expires);
    await enqueueSignInLink("onbekend@example.org", "http://localhost/api/auth/callback/email?token=c", expires);
    const mails = await prisma.outboxMessage.findMany({ where: { kind: "sign-in" } });
    expect(mails.map((m) => m.toAddress)).toEqual(["link@example.org"]);
    expect(mails[0]!.text).toContain("token=a");
  });
});

describe("sign-in tokens", () => {
  const adapter = authOptions.adapter!;
  const provider = authOptions.providers.find((p) => p.id === "email")!.options as EmailUserConfig;

  /** What next-auth's e-mail sign-in does for one request: the mail and the token at the same time. */
  async function askForLink(email: string, requestedAt: Date) {
    const expires = new Date(requestedAt.getTime() + SIGN_IN_LINK_MAX_AGE_S * 1000);
    const token = randomBytes(32).toString("hex");
    const url = `http://localhost/api/auth/callback/email?token=${token}`;
    const [, answer] = await Promise.all([
      provider.sendVerificationRequest!({ identifier: email, token, expires, url } as never),
      adapter.createVerificationToken!({ identifier: email, token: hashToken(token), expires }),
    ]);
    return answer;
  }

  const tokens = (identifier: string) => prisma.verificationToken.count({ where: { identifier } });
  const mails = (toAddress: string) => prisma.outboxMessage.count({ where: { kind: "sign-in", toAddress } });

  it("are not kept for an unknown address, which gets the same answer", async () => {
    await user("bekend@example.org");
    const at = new Date("2099-04-01T10:00:00Z");
    const unknown = await askForLink("onbekend-adres@example.org", at);
    const known = await askForLink("bekend@example.org", at);
    expect(Object.keys(unknown!)).toEqual(Object.keys(known!));
    expect(await tokens("onbekend-adres@example.org")).toBe(0);
    expect(await tokens("bekend@example.org")).toBe(1);
    // Not even a counter for the unknown address.
    expect(await prisma.rateLimitWindow.count({ where: { key: { contains: "onbekend-adres" } } })).toBe(0);
    // A malformed address is no error either.
    await askForLink("nul\u0000@example.org", at);
    expect(await adapter.getUserByEmail!("nul\u0000@example.org")).toBeNull();
  });

  it("are bounded per address: one a minute, each with its mail", async () => {
    await user("veel@example.org");
    const at = new Date("2099-05-01T10:00:00Z");
    await Promise.all(Array.from({ length: 25 }, (_, i) => askForLink("veel@example.org", new Date(at.getTime() + i))));
    expect(await tokens("veel@example.org")).toBe(1);
    expect(await mails("veel@example.org")).toBe(1);
    await askForLink("veel@example.org", new Date(at.getTime() + 60_000));
    expect(await tokens("veel@example.org")).toBe(2);
    expect(await mails("veel@example.org")).toBe(2);
    // The token kept is the one in the mail.
    const mail = await prisma.outboxMessage.findFirstOrThrow({ where: { toAddress: "veel@example.org" } });
    const token = /token=([0-9a-f]{64})/.exec(mail.text)![1]!;
    expect(await prisma.verificationToken.count({ where: { token: hashToken(token) } })).toBe(1);
  });

  it("are purged by the hourly job once expired", async () => {
    await user("oud@example.org");
    const at = new Date("2099-06-01T10:00:00Z");
    await askForLink("oud@example.org", at);
    await askForLink("oud@example.org", new Date(at.getTime() + 60 * 60_000));
    expect(await tokens("oud@example.org")).toBe(2);
    const purge = jobs({ mailIntervalMs: 5000 })["purge-expired-data"];
    await purge.run({ prisma, now: new Date(at.getTime() + 30 * 60_000) });
    const left = await prisma.verificationToken.findMany({ where: { identifier: "oud@example.org" } });
    expect(left.map((t) => t.expires)).toEqual([new Date(at.getTime() + 60 * 60_000 + SIGN_IN_LINK_MAX_AGE_S * 1000)]);
  });
});
