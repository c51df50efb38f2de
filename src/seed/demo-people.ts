// The demo's people and cooperatives written (demo.ts): staff and pengurus get their demo identity
// back on every run; each coop its place, board, readiness and BA assignment (added when missing).
import type { Prisma } from "../generated/prisma/client.ts";
import { COOPS, STAFF, pengurusList, type CoopSpec, type StaffSpec } from "./people.ts";
import { DAY, HOUR, checklistOf, demoCoopName } from "./demo-data.ts";

type Tx = Prisma.TransactionClient;
type Pengurus = ReturnType<typeof pengurusList>[number];

/** The demo's database ids, as the later steps need them. */
export interface DemoIds {
  staff: Map<StaffSpec["key"], number>;
  /** by Telegram id */
  users: Map<bigint, number>;
  /** in the order of COOPS */
  coops: number[];
}

/** Staff (BAs, PMO, Dinas, admin) by their key. */
export async function seedStaff(tx: Tx, now: Date): Promise<Map<StaffSpec["key"], number>> {
  const staffIds = new Map<StaffSpec["key"], number>();
  for (const s of STAFF) {
    const identity = {
      fullName: s.fullName,
      tgFirstName: s.tgFirstName,
      username: s.username,
      role: s.role,
      regencyCode: s.regencyCode ?? null,
      provinceCode: s.provinceCode ?? null,
      deletedAt: null,
    };
    const u = await tx.user.upsert({
      where: { telegramId: s.telegramId },
      create: {
        telegramId: s.telegramId,
        ...identity,
        locale: "id",
        consentAt: new Date(now.getTime() - 150 * DAY),
        createdAt: new Date(now.getTime() - 150 * DAY),
      },
      update: identity,
    });
    if (!u.consentAt) await tx.user.update({ where: { id: u.id }, data: { consentAt: now } });
    staffIds.set(s.key, u.id);
  }
  return staffIds;
}

/** When coop `i` was registered: weeks ago, or days ago for the recent ones. */
function coopCreated(now: Date, i: number): Date {
  return new Date(now.getTime() - (COOPS[i]!.recent ? 6 + i : 140 - i * 2) * DAY);
}

/** Every coop's pengurus, by Telegram id. */
export async function seedPengurus(tx: Tx, now: Date, pengurus: Pengurus[]): Promise<Map<bigint, number>> {
  const userIds = new Map<bigint, number>();
  for (const [n, p] of pengurus.entries()) {
    const at = coopCreated(now, p.coop);
    const identity = {
      fullName: p.fullName,
      tgFirstName: p.fullName.split(" ")[0]!,
      role: "PENGURUS" as const,
      regencyCode: null,
      provinceCode: null,
      deletedAt: null,
    };
    const u = await tx.user.upsert({
      where: { telegramId: p.telegramId },
      create: {
        telegramId: p.telegramId,
        ...identity,
        phone: `+62812000${String(n + 1).padStart(5, "0")}`,
        locale: "id",
        consentAt: at,
        createdAt: at,
      },
      update: identity,
    });
    if (!u.consentAt) await tx.user.update({ where: { id: u.id }, data: { consentAt: now } });
    userIds.set(p.telegramId, u.id);
  }
  return userIds;
}

/** Cooperatives with their board, readiness and BA assignment; returns their ids in COOPS order. */
export async function seedCoops(tx: Tx, now: Date, ids: Omit<DemoIds, "coops">, pengurus: Pengurus[]) {
  const coopIds: number[] = [];
  for (const [i, c] of COOPS.entries()) {
    const board = pengurus.filter((p) => p.coop === i);
    const ketuaId = ids.users.get(board[0]!.telegramId)!;
    const createdAt = coopCreated(now, i);
    const baId = c.ba ? ids.staff.get(c.ba)! : null;
    const coopId = await upsertCoop(tx, c, { ketuaId, baId, createdAt });
    coopIds.push(coopId);
    await seedBoard(tx, coopId, board, ids.users, createdAt);
    await seedReadiness(tx, coopId, c, ketuaId, createdAt);
    if (baId && !(await tx.assignment.findFirst({ where: { coopId } }))) {
      const pmoId = ids.staff.get("hendra")!;
      await tx.assignment.create({
        data: { coopId, baId, byId: pmoId, fromAt: new Date(createdAt.getTime() + 2 * DAY) },
      });
    }
  }
  return coopIds;
}

async function upsertCoop(
  tx: Tx,
  c: CoopSpec,
  o: { ketuaId: number; baId: number | null; createdAt: Date },
): Promise<number> {
  const [prov, reg, dist] = c.villageCode.split(".");
  const place = {
    name: demoCoopName(c.villageCode),
    provinceCode: prov!,
    regencyCode: `${prov}.${reg}`,
    districtCode: `${prov}.${reg}.${dist}`,
  };
  const coop = await tx.cooperative.upsert({
    where: { villageCode: c.villageCode },
    create: {
      villageCode: c.villageCode,
      ...place,
      legalNumber: c.ahu ?? null,
      units: c.units,
      createdById: o.ketuaId,
      assignedBaId: o.baId,
      createdAt: o.createdAt,
    },
    update: place,
  });
  return coop.id;
}

/** The ketua first, the others accepted by the ketua a day later. */
async function seedBoard(tx: Tx, coopId: number, board: Pengurus[], userIds: Map<bigint, number>, createdAt: Date) {
  const ketuaId = userIds.get(board[0]!.telegramId)!;
  for (const [k, p] of board.entries()) {
    await tx.membership.upsert({
      where: { userId_coopId: { userId: userIds.get(p.telegramId)!, coopId } },
      create: {
        userId: userIds.get(p.telegramId)!,
        coopId,
        position: p.position,
        status: "ACTIVE",
        decidedById: k === 0 ? null : ketuaId,
        decidedAt: new Date(createdAt.getTime() + (k === 0 ? 0 : DAY)),
        createdAt: new Date(createdAt.getTime() + k * HOUR),
      },
      update: {},
    });
  }
}

/** The checklist items the coop's stage implies, and its units (running once it reports). */
async function seedReadiness(tx: Tx, coopId: number, c: CoopSpec, ketuaId: number, createdAt: Date) {
  const operating = c.reports.some((r) => r !== null);
  const readiness = [
    ...Object.entries(checklistOf(c))
      .filter(([, state]) => state !== "NO")
      .map(([item, state]) => ({ item, state, detail: item === "AHU" ? (c.ahu ?? null) : null })),
    ...c.units.map((u) => ({
      item: `UNIT_${u}`,
      state: operating && !c.off?.includes(u) ? "YES" : "PLANNED",
      detail: null,
    })),
  ];
  await tx.readinessItem.createMany({
    data: readiness.map((r) => ({
      coopId,
      ...r,
      since: r.state === "PLANNED" ? null : new Date(createdAt.getTime() + 7 * DAY),
      updatedById: ketuaId,
    })),
    skipDuplicates: true,
  });
}
