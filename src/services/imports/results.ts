// What an applied import leaves for people: the notices to send (one per BA with their new coops,
// one per pengurus of each coop on the bot naming its BA — never one per row) and, for a staff
// import, each person's personal invite. Computed from the plan, so a resumed apply gives the same
// list (the outbox keys make queueing them twice harmless). No Telegram, no outbox here.
import type { PrismaClient } from "../../generated/prisma/client.ts";
import type { ImportRow } from "./validate.ts";
import { planSlice } from "./apply.ts";
import { activeBoards } from "../assignments.ts";
import { personName } from "../roles.ts";
import { rowsWhereIn } from "./sql.ts";
import type { AssignmentItem, StaffItem } from "./types.ts";

export type ImportNotice =
  | { kind: "ba"; key: string; telegramId: bigint; locale: string | null; count: number; coops: string[] }
  | { kind: "board"; key: string; telegramId: bigint; locale: string | null; coop: string; ba: string; phone: string };

export async function importNotices(prisma: PrismaClient, imp: ImportRow): Promise<ImportNotice[]> {
  if (imp.kind !== "ASSIGNMENTS" || imp.status !== "APPLIED") return [];
  const items = await prisma.$queryRawUnsafe<AssignmentItem[]>(
    `SELECT (e->>'u')::int AS u, (e->>'c')::int AS c, e->>'cn' AS cn FROM "Import", jsonb_array_elements(plan) e
     WHERE id = $1 AND e->>'op' <> 'same' AND e->>'u' IS NOT NULL ORDER BY (e->>'r')::int`,
    imp.id,
  );
  if (items.length === 0) return [];
  const baIds = [...new Set(items.map((i) => i.u!))];
  const bas = new Map((await prisma.user.findMany({ where: { id: { in: baIds } } })).map((u) => [u.id, u]));
  const staffPhones = new Map(
    (await prisma.staffRoster.findMany({ where: { userId: { in: baIds } } })).map((s) => [s.userId!, s.phone]),
  );
  const out: ImportNotice[] = [];
  for (const id of baIds) {
    const ba = bas.get(id);
    if (!ba || ba.deletedAt || ba.blockedAt) continue;
    const mine = items.filter((i) => i.u === id);
    out.push({
      kind: "ba",
      key: `imp:${imp.id}:ba:${id}`,
      telegramId: ba.telegramId,
      locale: ba.locale,
      count: mine.length,
      coops: mine.slice(0, 5).map((i) => i.cn),
    });
  }
  const onBot = items.filter((i) => i.c !== null);
  const boards = await activeBoards(
    prisma,
    onBot.map((i) => i.c!),
  );
  for (const i of onBot) {
    const ba = bas.get(i.u!);
    if (!ba) continue;
    for (const m of boards.get(i.c!)?.members ?? []) {
      if (m.blockedAt) continue;
      out.push({
        kind: "board",
        key: `imp:${imp.id}:coop:${i.c}:${m.id}`,
        telegramId: m.telegramId,
        locale: m.locale,
        coop: i.cn,
        ba: personName(ba),
        phone: staffPhones.get(ba.id) ?? ba.phone ?? "-",
      });
    }
  }
  return out;
}

export interface StaffInvite {
  row: number;
  name: string;
  phone: string;
  role: string;
  regencyCode: string | null;
  provinceCode: string | null;
  /** null once the person has joined (or when no invite is usable) */
  code: string | null;
  expiresAt: Date | null;
  joined: boolean;
}

/** Every valid person of a staff import with their personal invite (also those unchanged by it). */
export async function staffInvites(prisma: PrismaClient, imp: ImportRow, now: Date): Promise<StaffInvite[]> {
  if (imp.kind !== "STAFF") return [];
  const items = (await planSlice(prisma, imp.id, 0, imp.total)) as StaffItem[];
  const rows = await rowsWhereIn<{
    phone: string;
    fullName: string;
    role: string;
    regencyCode: string | null;
    provinceCode: string | null;
    userId: number | null;
    code: string | null;
    expiresAt: Date | null;
    usable: boolean | null;
  }>(
    prisma,
    `SELECT s.phone, s."fullName", s.role::text AS role, s."regencyCode", s."provinceCode", s."userId", i.code,
      i."expiresAt", (i."revokedAt" IS NULL AND i.uses < i."maxUses" AND i."expiresAt" > $2::timestamp) AS usable
     FROM "StaffRoster" s LEFT JOIN "Invite" i ON i.id = s."inviteId"`,
    "s.phone",
    items.map((i) => i.phone),
    now.toISOString(),
  );
  const byPhone = new Map(rows.map((r) => [r.phone, r]));
  return items.flatMap((i) => {
    const s = byPhone.get(i.phone);
    if (!s) return [];
    const live = s.userId === null && s.usable === true;
    return [
      {
        row: i.r,
        name: s.fullName,
        phone: s.phone,
        role: s.role,
        regencyCode: s.regencyCode,
        provinceCode: s.provinceCode,
        code: live ? s.code : null,
        expiresAt: live ? s.expiresAt : null,
        joined: s.userId !== null,
      },
    ];
  });
}

/** Open help requests an applied assignments import moved to a new BA (for their cards), with that BA. */
export async function movedRequestsOf(prisma: PrismaClient, importId: number) {
  const audits = await prisma.auditLog.findMany({
    where: { action: "IMPORT_ASSIGNED", after: { path: ["importId"], equals: importId } },
    select: { after: true },
  });
  const ids = audits.flatMap((a) => (a.after as { movedRequestIds?: number[] } | null)?.movedRequestIds ?? []);
  if (ids.length === 0) return [];
  const rows = await prisma.helpRequest.findMany({
    where: { id: { in: ids }, status: { not: "CLOSED" }, routedRole: "BA", routedToId: { not: null } },
    orderBy: { id: "asc" },
  });
  const bas = await prisma.user.findMany({ where: { id: { in: rows.map((r) => r.routedToId!) }, deletedAt: null } });
  return rows.flatMap((r) => {
    const ba = bas.find((b) => b.id === r.routedToId);
    return ba ? [{ requestId: r.id, ba }] : [];
  });
}
