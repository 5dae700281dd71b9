import { describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import { hashPassword } from "@/lib/auth/password";
import { MAX_FAILURES, WINDOW_MINUTES, checkPassword } from "@/lib/auth/sign-in-guard";
import { enqueueSignInLink } from "@/lib/auth/sign-in-link";

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
    await enqueueSignInLink("link@example.org", "http://localhost/api/auth/callback/email?token=a");
    await enqueueSignInLink("LINK@example.org", "http://localhost/api/auth/callback/email?token=b");
    await enqueueSignInLink("onbekend@example.org", "http://localhost/api/auth/callback/email?token=c");
    const mails = await prisma.outboxMessage.findMany({ where: { kind: "sign-in" } });
    expect(mails.map((m) => m.toAddress)).toEqual(["link@example.org"]);
    expect(mails[0]!.text).toContain("token=a");
  });
});
