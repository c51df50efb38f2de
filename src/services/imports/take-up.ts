// A rostered person takes up their role (by their personal invite, or by the phone match of
// staff-match.ts, which calls followRosterAssignments): StaffRoster.userId is set, and a BA's roster assignments follow them — each roster
// coop they were assigned to gets assignedBaId, and each such coop already on the bot gets them as
// (linked, or of the same desa) its BA with an Assignment row, unless another BA was put there meanwhile. Set-based, audited.
import type { Prisma } from "../../generated/prisma/client.ts";

type Tx = Pick<Prisma.TransactionClient, "$executeRawUnsafe" | "$queryRawUnsafe">;

/** Links the StaffRoster row of `inviteId` (if any, not yet taken) to `userId`; returns its id. */
export async function takeUpRosteredRole(
  tx: Tx,
  inviteId: number,
  userId: number,
  now: Date,
): Promise<number | undefined> {
  const rows = await tx.$queryRawUnsafe<Array<{ id: number; role: string }>>(
    `UPDATE "StaffRoster" SET "userId" = $2, "updatedAt" = $3::timestamp
     WHERE "inviteId" = $1 AND "userId" IS NULL
       AND NOT EXISTS (SELECT 1 FROM "StaffRoster" o WHERE o."userId" = $2)
     RETURNING id, role::text AS role`,
    inviteId,
    userId,
    now.toISOString(),
  );
  const staff = rows[0];
  if (!staff) return undefined;
  await followRosterAssignments(tx, staff.id, staff.role, userId, now);
  return staff.id;
}

/**
 * The roster row `staffId` was taken up by `userId` (by invite or by the phone match): a BA's
 * roster coops get them as assignedBaId, and such coops already on the bot without a BA get them
 * with an Assignment row. Audited (ROSTER_TAKEN_UP).
 */
export async function followRosterAssignments(tx: Tx, staffId: number, role: string, userId: number, now: Date) {
  if (role === "BA") {
    await tx.$executeRawUnsafe(
      `WITH rc AS (
         UPDATE "RosterCoop" SET "assignedBaId" = $2, "updatedAt" = $3::timestamp
         WHERE "baStaffId" = $1 RETURNING "coopId", "villageCode"),
       moving AS (
         SELECT co.id FROM "Cooperative" co JOIN rc ON rc."coopId" = co.id OR co."villageCode" = rc."villageCode"
         WHERE co."assignedBaId" IS NULL),
       opened AS (
         INSERT INTO "Assignment" ("coopId", "baId", "byId", "fromAt") SELECT id, $2, $2, $3::timestamp FROM moving RETURNING id),
       coops AS (
         UPDATE "Cooperative" co SET "assignedBaId" = $2, "updatedAt" = $3::timestamp FROM moving m WHERE co.id = m.id RETURNING co.id)
       INSERT INTO "AuditLog" ("actorId", action, entity, "entityId", after, at)
       SELECT $2, 'ROSTER_TAKEN_UP', 'StaffRoster', $1::text,
         jsonb_build_object('coops', (SELECT count(*) FROM rc), 'assigned', (SELECT count(*) FROM coops)), $3::timestamp`,
      staffId,
      userId,
      now.toISOString(),
    );
  } else
    await tx.$executeRawUnsafe(
      `INSERT INTO "AuditLog" ("actorId", action, entity, "entityId", after, at)
       VALUES ($2, 'ROSTER_TAKEN_UP', 'StaffRoster', $1::text, '{}'::jsonb, $3::timestamp)`,
      staffId,
      userId,
      now.toISOString(),
    );
}
