import { describe, expect, it } from "vitest";
import { rolesOfGroups } from "./groups";

describe("recipient groups", () => {
  it("the college is the mayor, the aldermen and the chair of the social committee", () => {
    expect(rolesOfGroups(["college"]).sort()).toEqual(["ALDERMAN", "MAYOR", "SOCIAL_COMMITTEE_CHAIR"]);
  });

  it("the whole council includes the college; groups together hold each role once", () => {
    const roles = rolesOfGroups(["college", "council", "managementTeam"]);
    expect(roles.sort()).toEqual([
      "ALDERMAN",
      "COUNCIL_MEMBER",
      "GENERAL_DIRECTOR",
      "MANAGEMENT_TEAM",
      "MAYOR",
      "SOCIAL_COMMITTEE_CHAIR",
    ]);
    expect(rolesOfGroups([])).toEqual([]);
  });

  it("external guests are Flemish policy makers and others", () => {
    expect(rolesOfGroups(["external"]).sort()).toEqual(["FLEMISH_POLICY_MAKER", "OTHER"]);
  });
});
