// The one place that scopes a query to the member's organization. Every tenant-owned read and write
// goes through it, so a row of another organization is simply "not found" (404).
export function inTenant<W extends object>(
  member: { organizationId: string },
  where: W = {} as W,
): W & { organizationId: string } {
  return { ...where, organizationId: member.organizationId };
}
