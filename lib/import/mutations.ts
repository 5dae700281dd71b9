import { prisma } from "@/lib/db";
import { can } from "@/lib/auth/policy";
import type { Member } from "@/lib/auth/session";
import { inTenant } from "@/lib/auth/tenant";
import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import { UserError } from "@/lib/errors";
import { addPortfolios } from "@/lib/mandataries/mutations";
import type { MandataryInput } from "@/lib/mandataries/schemas";
import type { ServiceInput } from "@/lib/services/schemas";
import type { ImportKind, Mapping } from "./fields";
import { mappedFields, previewImport } from "./preview";
import { draftCutoff, existingRecords, getImportDraft } from "./queries";
import { readSpreadsheet, type UploadedFile } from "./read-spreadsheet";

// A whole council list in one transaction: more than Prisma's default 5 s on a slow database.
const IMPORT_TRANSACTION = { timeout: 120_000, maxWait: 20_000 };

function requireImporter(member: Member) {
  // The same answer as for another organization's draft.
  if (!can(member, "lists.import")) throw new UserError("notFound");
}

/** Reads the file and keeps its table until the import is confirmed; older drafts of the organization go. */
export async function createImportDraft(member: Member, kind: ImportKind, file: UploadedFile) {
  requireImporter(member);
  const table = await readSpreadsheet(file);
  const fileName = file.name.replace(/[\u0000-\u001f\u007f]/g, "").slice(0, 200) || "—";
  return prisma.$transaction(async (tx) => {
    await tx.importDraft.deleteMany({ where: inTenant(member, { createdAt: { lte: draftCutoff() } }) });
    return tx.importDraft.create({
      data: {
        organizationId: member.organizationId,
        kind,
        fileName,
        columns: table.columns,
        rows: table.rows.map((row) => ({ number: row.number, cells: row.cells })),
        createdById: member.userId,
      },
      select: { id: true, kind: true },
    });
  });
}

/** The existing records' stored values by id, to compare with the file's. */
async function currentValues(tx: Prisma.TransactionClient, kind: ImportKind, ids: string[]) {
  const records: { id: string }[] =
    kind === "MANDATARIES"
      ? await tx.mandatary.findMany({ where: { id: { in: ids } } })
      : await tx.careService.findMany({ where: { id: { in: ids } } });
  return new Map(records.map((record) => [record.id, record as Record<string, unknown>]));
}

function sameValue(a: unknown, b: unknown): boolean {
  return a === b || JSON.stringify(a) === JSON.stringify(b);
}

type Place = { latitude: number; longitude: number };

function pick<T extends object>(input: T, fields: string[]): Partial<T> {
  return Object.fromEntries(Object.entries(input).filter(([key]) => fields.includes(key))) as Partial<T>;
}

/**
 * Imports every row of the draft with this mapping, or nothing: a row with an error or a duplicate refuses
 * the whole file. Existing records (mandataries by e-mail, services by name) are updated with the mapped
 * columns only; the draft is used up.
 */
export async function confirmImport(member: Member, kind: ImportKind, draftId: string, mapping: Mapping) {
  requireImporter(member);
  return prisma.$transaction(async (tx) => {
    const draft = await getImportDraft(member, kind, draftId, tx);
    if (!draft) throw new UserError("notFound");
    // Claims the draft: a second confirmation (double click, two tabs) waits here and then finds nothing.
    const claimed = await tx.importDraft.deleteMany({ where: inTenant(member, { id: draft.id }) });
    if (claimed.count === 0) throw new UserError("notFound");

    const existing = await existingRecords(member, kind, tx);
    const preview = previewImport(kind, draft.rows, mapping, new Set(existing.keys()), draft.columns.length);
    if (preview.mappingErrors.length > 0) throw new UserError("importMappingInvalid");
    const bad = preview.counts.invalid + preview.counts.duplicate;
    if (bad > 0) throw new UserError("importHasErrors", { count: bad });

    const fields = mappedFields(kind, mapping);
    // Only rows whose mapped values differ are written: re-importing the same list costs no updates.
    const current = await currentValues(tx, kind, [...existing.values()]);
    const changed = (id: string, data: object) => {
      const before = current.get(id);
      return !before || Object.entries(data).some(([key, value]) => !sameValue(before[key], value));
    };
    const organizationId = member.organizationId;
    const newMandataries: (MandataryInput & { organizationId: string })[] = [];
    const newServices: (Omit<ServiceInput, "latitude" | "longitude"> & Place & { organizationId: string })[] = [];
    let updated = 0;
    for (const row of preview.rows) {
      const id = existing.get(row.key);
      if (row.input?.kind === "MANDATARIES") {
        const data = pick(row.input.data, fields);
        if (!id) newMandataries.push({ ...row.input.data, organizationId });
        else if (changed(id, data)) {
          await tx.mandatary.update({ where: { id }, data });
          updated++;
        }
      } else if (row.input?.kind === "SERVICES") {
        // Empty coordinates keep the service's known place; a new service has them (checked by the preview).
        const { latitude, longitude, ...data } = row.input.data;
        const place = latitude !== null && longitude !== null ? { latitude, longitude } : null;
        const update = { ...pick(data, fields), ...place };
        if (id) {
          if (changed(id, update)) {
            await tx.careService.update({ where: { id }, data: update });
            updated++;
          }
        } else if (place) newServices.push({ ...data, ...place, organizationId });
        else throw new UserError("importCoordinatesNeeded");
      }
    }
    if (kind === "MANDATARIES" && fields.includes("portfolios")) {
      // As when saving one mandatary: new portfolio names join the organization's list.
      const names = new Map<string, string>();
      for (const row of preview.rows) {
        if (row.input?.kind !== "MANDATARIES") continue;
        for (const name of row.input.data.portfolios)
          if (!names.has(name.toLowerCase())) names.set(name.toLowerCase(), name);
      }
      await addPortfolios(tx, organizationId, [...names.values()]);
    }
    if (newMandataries.length) await tx.mandatary.createMany({ data: newMandataries });
    if (newServices.length) await tx.careService.createMany({ data: newServices });
    const created = newMandataries.length + newServices.length;
    return { kind, created, updated };
  }, IMPORT_TRANSACTION);
}

/** Drafts nobody confirmed within a day go, in every organization: they hold whole spreadsheets of people. */
export async function deleteExpiredDrafts(db: PrismaClient, now = new Date()): Promise<number> {
  const { count } = await db.importDraft.deleteMany({ where: { createdAt: { lte: draftCutoff(now) } } });
  return count;
}
