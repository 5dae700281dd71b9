import { describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import { getOutboxMessage } from "@/lib/mail/queries";
import { acceptInvite, inviteColleague } from "@/lib/team/mutations";
import { findOpenInvite } from "@/lib/team/queries";
import { createMember } from "../helpers/factories";

async function inviteAndReadToken(
  member: Awaited<ReturnType<typeof createMember>>,
  email: string,
  role: "COORDINATOR" | "COMMUNICATION_OFFICER" = "COMMUNICATION_OFFICER",
) {
  const invite = await inviteColleague(member, { email, role, serviceIds: [] });
  const mail = await prisma.outboxMessage.findUniqueOrThrow({ where: { idempotencyKey: `colleague:${invite.id}` } });
  const token = mail.text.match(/\/invite\/([A-Za-z0-9_-]{43})/)![1]!;
  return { invite, mail, token };
}

describe("inviting a colleague", () => {
  it("creates the account and the membership once", async () => {
    const coordinator = await createMember("Gemeente Kempenrode");
    const { token } = await inviteAndReadToken(coordinator, "nieuw@example.org");
    const { user, organizationId } = await acceptInvite(
      token,
      { name: "Nieuwe Collega", password: "een-lang-wachtwoord" },
      null,
    );
    expect(organizationId).toBe(coordinator.organizationId);
    const membership = await prisma.membership.findFirstOrThrow({ where: { userId: user.id } });
    expect(membership.role).toBe("COMMUNICATION_OFFICER");
    expect(user.passwordHash).toMatch(/^\$argon2id\$/);
    await expect(
      acceptInvite(token, { name: "Nog eens", password: "een-lang-wachtwoord" }, null),
    ).rejects.toMatchObject({ key: "linkInvalid" });
    expect(await prisma.membership.count({ where: { userId: user.id } })).toBe(1);
  });

  it("never shows the invitation's link in the coordinators' mailbox", async () => {
    const coordinator = await createMember("Gemeente Kempenrode");
    const { mail, token } = await inviteAndReadToken(coordinator, "prive@example.org");
    const shown = await getOutboxMessage(coordinator, mail.id);
    expect(shown?.isPrivate).toBe(true);
    expect(JSON.stringify(shown)).not.toContain(token);
  });

  it("does not let the link holder act for an existing account", async () => {
    const other = await createMember("Gemeente Heidebeek");
    const coordinator = await createMember("Gemeente Kempenrode");
    const { token } = await inviteAndReadToken(coordinator, other.email, "COORDINATOR");
    // Neither by joining without being signed in as that account, nor by "creating" it again with a new password.
    await expect(acceptInvite(token, null, null)).rejects.toMatchObject({ key: "signInFirst" });
    await expect(acceptInvite(token, null, "iemand.anders@example.org")).rejects.toMatchObject({ key: "signInFirst" });
    await expect(acceptInvite(token, { name: "Kaper", password: "mijn-eigen-wachtwoord" }, null)).rejects.toMatchObject(
      { key: "signInFirst" },
    );
    expect(await prisma.membership.count({ where: { userId: other.userId } })).toBe(1);
    expect((await prisma.user.findUniqueOrThrow({ where: { id: other.userId } })).passwordHash).toBeNull();
    expect(await findOpenInvite(token)).not.toBeNull();

    // Signed in as the invitee, the account gains the organization.
    await acceptInvite(token, null, other.email);
    expect(await prisma.membership.count({ where: { userId: other.userId } })).toBe(2);
  });

  it("replaces an open invitation for the same address", async () => {
    const coordinator = await createMember("Gemeente Kempenrode");
    const first = await inviteAndReadToken(coordinator, "vergissing@example.org", "COORDINATOR");
    const second = await inviteAndReadToken(coordinator, "vergissing@example.org", "COMMUNICATION_OFFICER");
    expect(await findOpenInvite(first.token)).toBeNull();
    await expect(acceptInvite(first.token, { name: "X", password: "een-lang-wachtwoord" }, null)).rejects.toMatchObject(
      { key: "linkInvalid" },
    );
    const { user } = await acceptInvite(second.token, { name: "X", password: "een-lang-wachtwoord" }, null);
    expect((await prisma.membership.findFirstOrThrow({ where: { userId: user.id } })).role).toBe(
      "COMMUNICATION_OFFICER",
    );
  });

  it("refuses to invite someone who is already in the team", async () => {
    const coordinator = await createMember("Gemeente Kempenrode");
    await expect(
      inviteColleague(coordinator, { email: coordinator.email, role: "COORDINATOR", serviceIds: [] }),
    ).rejects.toMatchObject({ key: "alreadyMember" });
  });
});
