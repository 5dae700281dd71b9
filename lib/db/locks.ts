// Row locks (SELECT … FOR UPDATE / FOR SHARE), in one place so they are always taken in one order.
import { UserError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";

type Tx = Prisma.TransactionClient;
type Tenant = { organizationId: string };

/*
 * The one lock order. A transaction that takes more than one of these takes them top to bottom, so no two
 * transactions can each hold what the other waits for (a deadlock):
 *
 *   1. an expedition's briefings — lockBriefings (sending them writes rows that refer to the expedition)
 *   2. expeditions — lockExpedition; several at once in id order (lockExpeditions)
 *   3. that expedition's stops — lockStops, in id order
 *   4. one of its invitations — lockInvitation
 *   5. a mandatary — lockMandatary
 *   6. a care service — lockService (its sheet edits take no other lock; a stop saved with it waits for it last)
 *
 * The expedition lock is the one that matters: exclusive for everything that changes a programme, its stops, the
 * picks or what invitees were told (programme edits, answers with options to pick, change notices, expedition
 * edits, erasure); shared for what only needs them to stay put (answers to a fixed programme, invitation mails
 * and new links). Take the mode you will need first: exclusive after shared waits for every other holder.
 * The rows a transaction writes are locked when it writes them, and a row that a new row refers to is key-share
 * locked: those writes follow the same order (an answer locks the invitation, then writes the mandatary's needs).
 * lockStops and lockInvitation ask for the expedition's lock, so they cannot be taken before it by accident.
 *
 * The outbox's and the briefing digest's FOR UPDATE SKIP LOCKED are claims, not part of this order: they never wait.
 */

export type LockMode = "exclusive" | "shared";

declare const held: unique symbol;

/** Proof that this transaction holds an expedition's lock: lockStops and lockInvitation ask for one. */
export interface ExpeditionLock {
  readonly expeditionId: string;
  readonly organizationId: string;
  readonly [held]: true;
}

/** 1. What was sent to an expedition's services: sending briefings and the digest job take turns on it. */
export async function lockBriefings(tx: Tx, tenant: Tenant, expeditionId: string): Promise<void> {
  await tx.$queryRaw`SELECT 1 FROM "ServiceBriefing"
    WHERE "expeditionId" = ${expeditionId} AND "organizationId" = ${tenant.organizationId} FOR UPDATE`;
}

/**
 * 2. Locks the expedition (of the tenant); "not found" when there is none. Taking it again in the same mode (or
 * shared after exclusive) waits for nothing.
 */
export async function lockExpedition(
  tx: Tx,
  tenant: Tenant,
  expeditionId: string,
  mode: LockMode,
): Promise<ExpeditionLock> {
  const { organizationId } = tenant;
  const rows =
    mode === "exclusive"
      ? await tx.$queryRaw<{ id: string }[]>`
          SELECT id FROM "Expedition" WHERE id = ${expeditionId} AND "organizationId" = ${organizationId} FOR UPDATE`
      : await tx.$queryRaw<{ id: string }[]>`
          SELECT id FROM "Expedition" WHERE id = ${expeditionId} AND "organizationId" = ${organizationId} FOR SHARE`;
  if (rows.length === 0) throw new UserError("notFound");
  return { expeditionId, organizationId } as ExpeditionLock;
}

/** 2. Several expeditions, in id order (the only order two transactions can agree on without knowing each other). */
export async function lockExpeditions(
  tx: Tx,
  tenant: Tenant,
  expeditionIds: readonly string[],
  mode: LockMode,
): Promise<ExpeditionLock[]> {
  const locks: ExpeditionLock[] = [];
  for (const id of [...new Set(expeditionIds)].sort()) locks.push(await lockExpedition(tx, tenant, id, mode));
  return locks;
}

/** 3. Stops of the locked expedition, in id order. */
export async function lockStops(tx: Tx, expedition: ExpeditionLock, stopIds: readonly string[]): Promise<void> {
  if (stopIds.length === 0) return;
  await tx.$queryRaw`
    SELECT id FROM "Stop" WHERE id = ANY(${[...new Set(stopIds)]}) AND "organizationId" = ${expedition.organizationId}
    ORDER BY id FOR UPDATE`;
}

/**
 * 4. One invitation of the expedition whose lock is given: never before it, as change notices, expedition edits and
 * erasure hold the expedition while they write invitations. False when it is not there (any more).
 */
export async function lockInvitation(tx: Tx, expedition: ExpeditionLock, invitationId: string): Promise<boolean> {
  const rows = await tx.$queryRaw<{ id: string }[]>`
    SELECT id FROM "Invitation" WHERE id = ${invitationId} AND "expeditionId" = ${expedition.expeditionId} FOR UPDATE`;
  return rows.length > 0;
}

/**
 * 5. A mandatary: after the expeditions they are invited to or have picks in (exclusively), so nobody answers,
 * picks or is sent a mail for them meanwhile. From here on no invitation or pick of theirs can be added.
 */
export async function lockMandatary(tx: Tx, tenant: Tenant, mandataryId: string): Promise<void> {
  await tx.$queryRaw`
    SELECT id FROM "Mandatary" WHERE id = ${mandataryId} AND "organizationId" = ${tenant.organizationId} FOR UPDATE`;
}

/** 6. A care service whose sheet is edited (its items are counted and numbered): its edits take turns. */
export async function lockService(tx: Tx, serviceId: string): Promise<void> {
  await tx.$queryRaw`SELECT 1 FROM "CareService" WHERE id = ${serviceId} FOR UPDATE`;
}
