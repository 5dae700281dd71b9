import { describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import { seedDemo } from "@/prisma/seed";

describe("demo data", () => {
  it("makes a believable municipality once, with live links", async () => {
    const today = new Date();
    expect(await seedDemo("demo-wachtwoord-123", today)).toBe(true);
    const organization = await prisma.organization.findFirstOrThrow({ where: { name: "Gemeente Kempenrode" } });
    const where = { organizationId: organization.id };
    expect(await prisma.careService.count({ where })).toBeGreaterThanOrEqual(8);
    expect(new Set((await prisma.careService.findMany({ where })).map((s) => s.type)).size).toBeGreaterThanOrEqual(6);
    // Every service has a presentation sheet; names in care stories only with consent.
    const services = await prisma.careService.findMany({ where, include: { keyFigures: true, careStories: true } });
    expect(services.every((s) => s.description && s.keyFigures.length > 0)).toBe(true);
    const stories = services.flatMap((s) => s.careStories);
    expect(stories.length).toBeGreaterThan(0);
    expect(stories.every((story) => !story.tellerName || (story.nameConsent && story.consentNote))).toBe(true);
    const mandataries = await prisma.mandatary.findMany({ where });
    expect(mandataries).toHaveLength(17);
    expect(mandataries.filter((m) => m.role === "ALDERMAN")).toHaveLength(6);
    expect(mandataries.filter((m) => m.role === "MAYOR")).toHaveLength(1);
    expect(mandataries.every((m) => m.email.endsWith("@example.org"))).toBe(true);
    const expedition = await prisma.expedition.findFirstOrThrow({ where });
    expect(expedition.firstDay.getTime()).toBeGreaterThan(today.getTime());
    expect(expedition.rsvpDeadline.getTime()).toBeGreaterThan(today.getTime());
    expect(await prisma.invitation.count({ where })).toBe(7);
    expect(await prisma.outboxMessage.count({ where: { ...where, kind: "invitation" } })).toBe(7);
    expect(await seedDemo("demo-wachtwoord-123", today)).toBe(false);
  });
});
