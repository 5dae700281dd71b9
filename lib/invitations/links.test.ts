import { describe, expect, it } from "vitest";
import { isWellFormedToken } from "@/lib/tokens";
import { DEVELOPMENT_LINK_SECRET, invitationToken, pickLinkSecret } from "./links";

describe("personal link tokens", () => {
  const invitation = { id: "cm1invitation", linkVersion: 0 };

  it("are well-formed 256-bit tokens, the same each time for the same link", () => {
    const token = invitationToken(invitation, "a-secret-of-sixteen+");
    expect(isWellFormedToken(token)).toBe(true);
    expect(Buffer.from(token, "base64url")).toHaveLength(32);
    expect(invitationToken(invitation, "a-secret-of-sixteen+")).toBe(token);
  });

  it("change with the version, the invitation and the secret", () => {
    const token = invitationToken(invitation, "a-secret-of-sixteen+");
    expect(invitationToken({ ...invitation, linkVersion: 1 }, "a-secret-of-sixteen+")).not.toBe(token);
    expect(invitationToken({ ...invitation, id: "cm1other" }, "a-secret-of-sixteen+")).not.toBe(token);
    expect(invitationToken(invitation, "another-secret-of-16")).not.toBe(token);
  });
});

describe("the link secret", () => {
  it("is the configured one, LINK_SECRET before NEXTAUTH_SECRET", () => {
    const nextauth = { NEXTAUTH_SECRET: "nextauth-secret-0123456789", NODE_ENV: "production" };
    expect(pickLinkSecret(nextauth)).toBe("nextauth-secret-0123456789");
    expect(pickLinkSecret({ ...nextauth, LINK_SECRET: "link-secret-0123456789" })).toBe("link-secret-0123456789");
  });

  it("is never the public development constant outside tests", () => {
    for (const NODE_ENV of ["production", "development", undefined]) {
      expect(() => pickLinkSecret({ NODE_ENV })).toThrow(/LINK_SECRET or NEXTAUTH_SECRET/);
      expect(() => pickLinkSecret({ NODE_ENV, LINK_SECRET: "", NEXTAUTH_SECRET: "" })).toThrow();
    }
    expect(pickLinkSecret({ NODE_ENV: "test" })).toBe(DEVELOPMENT_LINK_SECRET);
    expect(pickLinkSecret({ NODE_ENV: "development", VITEST: "true" })).toBe(DEVELOPMENT_LINK_SECRET);
  });
});
