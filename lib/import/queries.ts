import { z } from "zod";
import { prisma } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { can } from "@/lib/auth/policy";
import type { Member } from "@/lib/auth/session";
import { inTenant } from "@/lib/auth/tenant";
import type { ImportKind } from "./fields";
import { recordKey } from "./preview";
import type { SheetRow } from "./read-spreadsheet";

/** An uploaded file waits this long for its import to be confirmed. */
export const DRAFT_LIFETIME_MS = 24 * 60 * 60 * 1000;

const draftRowsSchema = z.array(z.object({ number: z.number().int(), cells: z.array(z.string()) }));

/** The JSON column (ImportDraft.rows) back into the file's rows; the app wrote them, so anything else throws. */
function readDraftRows(json: unknown): SheetRow[] {
  return draftRowsSchema.parse(json);
}

export function draftCutoff(now = new Date()): Date {
  return new Date(now.getTime() - DRAFT_LIFETIME_MS);
}

/** The organization's unexpired draft of this kind, for who may import; otherwise null (a 404). */
export async function getImportDraft(
  member: Member,
  kind: ImportKind,
  draftId: string,
  db: Prisma.TransactionClient = prisma,
) {
  if (!can(member, "lists.import")) return null;
  const draft = await db.importDraft.findFirst({
    where: inTenant(member, { id: draftId, kind, createdAt: { gt: draftCutoff() } }),
  });
  if (!draft) return null;
  return { id: draft.id, kind, fileName: draft.fileName, columns: draft.columns, rows: readDraftRows(draft.rows) };
}

/** Key (see recordKey) → id of the organization's existing mandataries (by e-mail) or services (by name). */
export async function existingRecords(
  member: Member,
  kind: ImportKind,
  db: Prisma.TransactionClient = prisma,
): Promise<Map<string, string>> {
  const records =
    kind === "MANDATARIES"
      ? (await db.mandatary.findMany({ where: inTenant(member), select: { id: true, email: true } })).map((m) => ({
          id: m.id,
          key: m.email,
        }))
      : (await db.careService.findMany({ where: inTenant(member), select: { id: true, name: true } })).map((s) => ({
          id: s.id,
          key: s.name,
        }));
  const result = new Map<string, string>();
  for (const record of records) if (!result.has(recordKey(record.key))) result.set(recordKey(record.key), record.id);
  return result;
}
