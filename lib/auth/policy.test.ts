import { describe, expect, it } from "vitest";
import { Role } from "@/lib/generated/prisma/enums";
import { can, POLICY, type Action } from "./policy";

const ROLES = ["COORDINATOR", "COMMUNICATION_OFFICER", "SERVICE_CONTACT"] as const;

// Written out on purpose: a change to the policy must change this table too.
// action                     COORDINATOR, COMMUNICATION_OFFICER, SERVICE_CONTACT
const EXPECTED: [Action, boolean, boolean, boolean][] = [
  ["expeditions.read", true, true, false],
  ["expeditions.edit", true, false, false],
  ["programmes.edit", true, false, false],
  ["daysheets.read", true, true, false],
  ["invitations.read", true, true, false],
  ["invitations.send", true, false, false],
  ["briefings.read", true, true, false],
  ["briefings.send", true, false, false],
  ["press.send", true, true, false],
  ["pressContacts.edit", true, true, false],
  ["mandataries.read", true, true, false],
  ["mandataries.edit", true, false, false],
  ["mandataries.personalData", true, false, false],
  ["services.read", true, true, true],
  ["services.all", true, true, false],
  ["services.create", true, false, false],
  ["services.edit", true, false, true],
  ["syllabus.read", true, true, false],
  ["lists.export", true, true, false],
  ["lists.import", true, false, false],
  ["team.manage", true, false, false],
  ["mailbox.read", true, false, false],
  ["settings.edit", true, false, false],
];

const cases = EXPECTED.flatMap(([action, ...allowed]) =>
  ROLES.map((role, index) => ({ action, role, allowed: allowed[index]! })),
);

describe("policy", () => {
  it("covers every role and every action", () => {
    expect([...ROLES].sort()).toEqual(Object.values(Role).sort());
    expect(EXPECTED.map(([action]) => action).sort()).toEqual(Object.keys(POLICY).sort());
  });

  it.each(cases)("$role may $action: $allowed", ({ action, role, allowed }) => {
    expect(can({ role, organizationId: "org-a" }, action)).toBe(allowed);
  });

  it.each(cases)("$role may $action on their own organization's resource: $allowed", ({ action, role, allowed }) => {
    expect(can({ role, organizationId: "org-a" }, action, { organizationId: "org-a" })).toBe(allowed);
  });

  it.each(cases)("$role may not $action on another organization's resource", ({ action, role }) => {
    expect(can({ role, organizationId: "org-a" }, action, { organizationId: "org-b" })).toBe(false);
  });
});
