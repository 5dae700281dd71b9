import { describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import { checkExpedition } from "@/lib/programme/checks";
import { loadExpeditionPlan } from "@/lib/programme/queries";
import { storedRoutes } from "@/lib/programme/routing";
import { seedDemo } from "@/prisma/seed";

describe("demo data", () => {
  it("passes its own programme checks: no errors in any expedition", async () => {
    expect(await seedDemo("demo-wachtwoord-123")).toBe(true);
    const expeditions = await prisma.expedition.findMany({ select: { id: true, organizationId: true } });
    expect(expeditions.length).toBeGreaterThan(0);
    for (const expedition of expeditions) {
      const plan = (await loadExpeditionPlan(expedition, expedition.id))!;
      expect(plan.programmes.length).toBeGreaterThan(0);
      const findings = checkExpedition(plan.programmes, plan.mandataries, await storedRoutes(prisma, plan.programmes));
      expect(findings.filter((finding) => finding.severity === "error")).toEqual([]);
    }
  });
});
