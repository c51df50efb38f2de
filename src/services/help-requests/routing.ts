// Who a help request goes to. Tiers, in order: the coop's assigned BA → the PMO(s) of the coop's
// kab/kota → the admins. People who blocked the bot or were deleted are skipped. When a request is
// not taken by anyone, the people it currently waits on are its "helpers".
import type { Cooperative, HelpRequest, User } from "../../generated/prisma/client.ts";
import type { Db } from "../../db/client.ts";
import type { Role } from "../../generated/prisma/enums.ts";
import { hotSql } from "../../db/hot-sql.ts";

export type Tier = { role: "BA" | "PMO" | "ADMIN"; toId: number | null; people: User[] };

const reachable = { deletedAt: null, blockedAt: null };

async function pmosOf(prisma: Db, regencyCode: string): Promise<User[]> {
  return prisma.user.findMany({ where: { role: "PMO", regencyCode, ...reachable }, orderBy: { id: "asc" } });
}

async function admins(prisma: Db): Promise<User[]> {
  return prisma.user.findMany({ where: { role: "ADMIN", ...reachable }, orderBy: { id: "asc" } });
}

/** The coop's BA if they can be reached. */
async function baOf(prisma: Db, coop: Pick<Cooperative, "assignedBaId">): Promise<User | undefined> {
  if (!coop.assignedBaId) return undefined;
  const ba = await prisma.user.findUnique({ where: { id: coop.assignedBaId } });
  return ba && ba.role === "BA" && !ba.deletedAt && !ba.blockedAt ? ba : undefined;
}

/** Non-empty routing tiers for a coop, best first (may be empty: nobody to route to). */
export async function routingTiers(
  prisma: Db,
  coop: Pick<Cooperative, "assignedBaId" | "regencyCode">,
): Promise<Tier[]> {
  const tiers: Tier[] = [];
  const ba = await baOf(prisma, coop);
  if (ba) tiers.push({ role: "BA", toId: ba.id, people: [ba] });
  const pmo = await pmosOf(prisma, coop.regencyCode);
  if (pmo.length > 0) tiers.push({ role: "PMO", toId: null, people: pmo });
  const adm = await admins(prisma);
  if (adm.length > 0) tiers.push({ role: "ADMIN", toId: null, people: adm });
  return tiers;
}

/** The tier one level above `role` for escalation (PMO, else admins), or undefined at the top. */
export async function tierAbove(
  prisma: Db,
  role: Role,
  coop: Pick<Cooperative, "regencyCode">,
): Promise<Tier | undefined> {
  if (role === "BA") {
    const pmo = await pmosOf(prisma, coop.regencyCode);
    if (pmo.length > 0) return { role: "PMO", toId: null, people: pmo };
  }
  if (role === "BA" || role === "PMO") {
    const adm = await admins(prisma);
    if (adm.length > 0) return { role: "ADMIN", toId: null, people: adm };
  }
  return undefined;
}

/**
 * Whom the requester's messages reach: the person who took the request; otherwise whoever it is
 * routed to, plus the coop's BA (who can always take it).
 */
export async function helpersOf(prisma: Db, req: HelpRequest & { coop: Cooperative }): Promise<User[]> {
  if (req.assigneeId) {
    const a = await prisma.user.findUnique({ where: { id: req.assigneeId } });
    return a && !a.deletedAt ? [a] : [];
  }
  const out = new Map<number, User>();
  const ba = await baOf(prisma, req.coop);
  if (ba) out.set(ba.id, ba);
  if (req.routedRole === "BA" && req.routedToId) {
    const u = await prisma.user.findUnique({ where: { id: req.routedToId } });
    if (u && !u.deletedAt && u.role === "BA") out.set(u.id, u);
  } else if (req.routedRole === "PMO") {
    for (const u of await pmosOf(prisma, req.coop.regencyCode)) out.set(u.id, u);
  } else if (req.routedRole === "ADMIN") {
    for (const u of await admins(prisma)) out.set(u.id, u);
  }
  return [...out.values()];
}

/**
 * Who answers a pengurus' help requests, by the first tier they would be routed to: the coop's BA,
 * else the PMO of its kab/kota, else the admins. Undefined when the user is in no active coop.
 */
export async function answererOf(prisma: Db, userId: number): Promise<Tier["role"] | undefined> {
  // one raw statement (the tiers above, for the first active coop): /bantuan shows it every time
  const [row] = await hotSql(prisma).query<{ who: Tier["role"] }>(
    `SELECT CASE
       WHEN ba.id IS NOT NULL THEN 'BA'
       WHEN EXISTS (SELECT 1 FROM "User" p WHERE p.role = 'PMO' AND p."regencyCode" = c."regencyCode"
                    AND p."deletedAt" IS NULL AND p."blockedAt" IS NULL) THEN 'PMO'
       ELSE 'ADMIN' END AS who
     FROM "Membership" m JOIN "Cooperative" c ON c.id = m."coopId"
     LEFT JOIN "User" ba ON ba.id = c."assignedBaId" AND ba.role = 'BA'
       AND ba."deletedAt" IS NULL AND ba."blockedAt" IS NULL
     WHERE m."userId" = $1 AND m.status = 'ACTIVE'
     ORDER BY m.id ASC LIMIT 1`,
    [userId],
  );
  return row?.who;
}
