import { describe, expect, it } from "vitest";
import { isWellFormedToken } from "@/lib/tokens";
import { invitationToken } from "./links";

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
