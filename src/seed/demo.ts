// Demo data: ~20 cooperatives with real wilayah codes, their pengurus, 2 BAs with assignments, a
// PMO, a Dinas officer, an admin, monthly reports over the two months before `clock.now()` in
// mixed states, and a few help requests. Used by `npm run db:seed` (prisma/seed.ts), by the
// simulator on its first start (src/simulator/launch.ts) and by tests.
//
// Re-running is safe (one transaction, upserts by stable keys): demo people and coops get their
// demo identity back (names, roles, scope; a deleted demo user is restored), while activity —
// memberships, assignments, readiness, reports, help requests — is only added when missing, so
// what people did in the simulator is never overwritten.
import type { PrismaClient } from "../generated/prisma/client.ts";
import type { BusinessUnit, ReportStatus } from "../generated/prisma/enums.ts";
import type { Clock } from "../lib/clock.ts";
import { getWilayah, timezoneOfCode, villageTypeOfCode } from "../services/wilayah/index.ts";
import { previousPeriod } from "../lib/dates.ts";
import { COOPS, HELP, KUBU_RAYA, STAFF, pengurusList, type CoopSpec, type StaffSpec } from "./people.ts";
import { seedOversightDemo } from "./oversight-demo.ts";
import { seedRecapDemo } from "./recap-demo.ts";
import { seedRosterDemo } from "./roster-demo.ts";

export { COOPS, STAFF, HELP, pengurusList } from "./people.ts";

export interface SeedCounts {
  users: number;
  cooperatives: number;
  memberships: number;
  assignments: number;
  readinessItems: number;
  reports: number;
  reportValues: number;
  helpRequests: number;
  helpMessages: number;
  /** demo reports per status (both months) */
  reportsByStatus: Record<ReportStatus, number>;
}

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/** The coop's name as the registration wizard proposes it ("Koperasi Desa Merah Putih Lingga"). */
export function demoCoopName(villageCode: string): string {
  const v = getWilayah().village(villageCode);
  if (!v) throw new Error(`demo data: unknown village code ${villageCode}`);
  return `Koperasi ${villageTypeOfCode(villageCode) === "KELURAHAN" ? "Kelurahan" : "Desa"} Merah Putih ${v.name}`;
}

/** Small deterministic PRNG (mulberry32) so the same coop gets the same figures on every run. */
function rng(seedText: string) {
  let a = 0x9e3779b9;
  for (const ch of seedText) a = Math.imul(a ^ ch.charCodeAt(0), 0x85ebca6b) >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

function prevPeriodOf(period: string): string {
  const [y, m] = period.split("-").map(Number) as [number, number];
  return m === 1 ? `${y - 1}-12` : `${y}-${String(m - 1).padStart(2, "0")}`;
}

/** 02:00 UTC on the first day of the month after `period` (morning in WIB/WITA). */
function monthAfter(period: string): number {
  const [y, m] = period.split("-").map(Number) as [number, number];
  return Date.UTC(y, m, 1, 2);
}

// Checklist items in the order of src/services/readiness.ts (CHECKLIST); stored in a report as
// "ITEM=STATE;…" under the "kesiapan" key.
// eslint-disable-next-line @typescript-eslint/no-unused-vars -- the list is the type's single source
const CHECKLIST_ITEMS = [
  "AHU",
  "KANTOR",
  "REKENING",
  "SIMKOPDES",
  "BUSINESS_PLAN",
  "LAND_GERAI",
  "LAND_GUDANG",
  "BUILD_GERAI",
  "BUILD_GUDANG",
  "FINANCING",
] as const;

function checklistOf(c: CoopSpec): Record<(typeof CHECKLIST_ITEMS)[number], string> {
  const r = c.ready;
  return {
    AHU: c.ahu ? "YES" : "NO",
    KANTOR: r >= 1 ? "YES" : "NO",
    REKENING: r >= 1 ? "YES" : "NO",
    SIMKOPDES: r >= 2 ? "YES" : "NO",
    BUSINESS_PLAN: r >= 2 ? "YES" : "NO",
    LAND_GERAI: r >= 3 ? "YES" : "NO",
    LAND_GUDANG: r >= 5 ? "YES" : "NO",
    BUILD_GERAI: r >= 4 ? "SELESAI" : r >= 3 ? "PROSES" : "NO",
    BUILD_GUDANG: r >= 5 ? "PROSES" : "NO",
    FINANCING: r >= 5 ? "CAIR" : r >= 4 ? "DISETUJUI" : r >= 3 ? "DIAJUKAN" : "NO",
  };
}

const encodeChecklist = (c: CoopSpec) =>
  Object.entries(checklistOf(c))
    .map(([k, v]) => `${k}=${v}`)
    .join(";");

// Question keys of src/services/reports/questions.ts, per unit group.
const UNIT_GROUP: Partial<Record<BusinessUnit, string>> = {
  GERAI_SEMBAKO: "gerai",
  SIMPAN_PINJAM: "sp",
  KLINIK: "klinik",
  APOTEK: "apotek",
  COLD_STORAGE: "cold",
  LOGISTIK: "logistik",
  LAINNYA: "lain",
};

const KENDALA = [
  "",
  "Pasokan beras dari Bulog terlambat dua minggu.",
  "Harga minyak goreng naik, pembeli berkurang.",
  "Jalan desa rusak saat hujan, pengiriman barang tertunda.",
  "",
  "Anggota belum terbiasa menabung rutin.",
  "",
];

/** Figures for one coop and month (`back` = 1 for last month, 2 for the month before). */
function figures(c: CoopSpec, back: 1 | 2, boardSize: number): Map<string, bigint | string> {
  const base = rng(c.villageCode);
  const month = rng(`${c.villageCode}/${back}`);
  // a coop's size stays, the month wiggles ±15 %
  const scale = 0.6 + base() * 1.2;
  const wiggle = () => 0.85 + month() * 0.3;
  const money = (lo: number, hi: number) =>
    BigInt(Math.round(((lo + (hi - lo) * base()) * scale * wiggle()) / 50_000) * 50_000);
  const count = (lo: number, hi: number) =>
    BigInt(Math.max(1, Math.round((lo + (hi - lo) * base()) * scale * wiggle())));
  const out = new Map<string, bigint | string>();
  for (const unit of c.units) {
    const g = UNIT_GROUP[unit];
    if (!g) continue;
    if (c.off?.includes(unit)) {
      out.set(`${g}.aktif`, 0n);
      continue;
    }
    switch (g) {
      case "gerai":
        out
          .set("gerai.omzet", money(15e6, 90e6))
          .set("gerai.trx", count(300, 2500))
          .set("gerai.stok", money(5e6, 40e6));
        break;
      case "sp": {
        const outstanding = money(50e6, 400e6);
        const arrearsShare = c.returned?.fields.includes("sp.tunggakan") && back === 1 ? 0.35 : 0.01 + base() * 0.06;
        out.set("sp.omzet", money(1e6, 6e6)).set("sp.trx", count(20, 200)).set("sp.salur", money(10e6, 80e6));
        out
          .set("sp.outstanding", outstanding)
          .set("sp.tunggakan", BigInt(Math.round((Number(outstanding) * arrearsShare) / 50_000) * 50_000));
        break;
      }
      case "klinik":
        out.set("klinik.omzet", money(3e6, 20e6)).set("klinik.pasien", count(60, 500));
        break;
      case "apotek": {
        const omzet = money(4e6, 25e6);
        out
          .set("apotek.omzet", c.returned?.fields.includes("apotek.omzet") && back === 1 ? omzet * 2n : omzet)
          .set("apotek.trx", count(150, 900));
        break;
      }
      case "cold":
        out
          .set("cold.omzet", money(5e6, 30e6))
          .set("cold.trx", count(20, 150))
          .set("cold.volume", count(2_000, 30_000));
        break;
      case "logistik":
        out
          .set("logistik.omzet", money(8e6, 40e6))
          .set("logistik.trx", count(15, 120))
          .set("logistik.volume", count(5_000, 60_000));
        break;
      default:
        out.set(`${g}.omzet`, money(2e6, 10e6)).set(`${g}.trx`, count(10, 100));
    }
  }
  const members = BigInt(Math.round(120 + base() * 780));
  const joined = BigInt(Math.round(month() * 35));
  out.set("anggota.total", back === 2 ? members : members + joined);
  out.set("anggota.baru", joined);
  out.set("pengurus.aktif", BigInt(boardSize));
  out.set("kesiapan", encodeChecklist(c));
  out.set("kendala", KENDALA[Math.floor(month() * KENDALA.length)]!);
  out.set("foto", 0n);
  return out;
}

/** Writes the demo data (idempotent) and returns how many demo rows the database now holds. */
export async function seedDemo(prisma: PrismaClient, clock: Clock): Promise<SeedCounts> {
  const now = clock.now();
  const w = getWilayah();
  for (const c of COOPS)
    if (!w.village(c.villageCode)) throw new Error(`demo data: unknown village code ${c.villageCode}`);
  const pengurus = pengurusList();

  await prisma.$transaction(
    async (tx) => {
      // People
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
      const pmoId = staffIds.get("hendra")!;
      const adminId = staffIds.get("admin")!;

      const coopCreated = (i: number) => new Date(now.getTime() - (COOPS[i]!.recent ? 6 + i : 140 - i * 2) * DAY);
      const userIds = new Map<bigint, number>();
      for (const [n, p] of pengurus.entries()) {
        const at = coopCreated(p.coop);
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

      // Cooperatives, board, readiness, BA assignments
      const coopIds: number[] = [];
      for (const [i, c] of COOPS.entries()) {
        const board = pengurus.filter((p) => p.coop === i);
        const ketuaId = userIds.get(board[0]!.telegramId)!;
        const [prov, reg, dist] = c.villageCode.split(".");
        const place = {
          name: demoCoopName(c.villageCode),
          provinceCode: prov!,
          regencyCode: `${prov}.${reg}`,
          districtCode: `${prov}.${reg}.${dist}`,
        };
        const createdAt = coopCreated(i);
        const baId = c.ba ? staffIds.get(c.ba)! : null;
        const coop = await tx.cooperative.upsert({
          where: { villageCode: c.villageCode },
          create: {
            villageCode: c.villageCode,
            ...place,
            legalNumber: c.ahu ?? null,
            units: c.units,
            createdById: ketuaId,
            assignedBaId: baId,
            createdAt,
          },
          update: place,
        });
        coopIds.push(coop.id);
        for (const [k, p] of board.entries()) {
          await tx.membership.upsert({
            where: { userId_coopId: { userId: userIds.get(p.telegramId)!, coopId: coop.id } },
            create: {
              userId: userIds.get(p.telegramId)!,
              coopId: coop.id,
              position: p.position,
              status: "ACTIVE",
              decidedById: k === 0 ? null : ketuaId,
              decidedAt: new Date(createdAt.getTime() + (k === 0 ? 0 : DAY)),
              createdAt: new Date(createdAt.getTime() + k * HOUR),
            },
            update: {},
          });
        }
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
            coopId: coop.id,
            ...r,
            since: r.state === "PLANNED" ? null : new Date(createdAt.getTime() + 7 * DAY),
            updatedById: ketuaId,
          })),
          skipDuplicates: true,
        });
        if (baId && !(await tx.assignment.findFirst({ where: { coopId: coop.id } }))) {
          await tx.assignment.create({
            data: { coopId: coop.id, baId, byId: pmoId, fromAt: new Date(createdAt.getTime() + 2 * DAY) },
          });
        }
      }

      // Monthly reports over the two previous months
      for (const [i, c] of COOPS.entries()) {
        const coopId = coopIds[i]!;
        const board = pengurus.filter((p) => p.coop === i);
        const submitterId = userIds.get(board[board.length > 1 && i % 2 === 1 ? 1 : 0]!.telegramId)!;
        const reviewerId = c.ba ? staffIds.get(c.ba)! : c.villageCode.startsWith(`${KUBU_RAYA}.`) ? pmoId : adminId;
        const tz = timezoneOfCode(c.villageCode) ?? "Asia/Jakarta";
        const last = previousPeriod(now, tz);
        const plan: Array<[1 | 2, string, ReportStatus | null]> = [
          [2, prevPeriodOf(last), c.reports[0]],
          [1, last, c.reports[1]],
        ];
        for (const [back, period, status] of plan) {
          if (!status) continue;
          if (await tx.monthlyReport.findUnique({ where: { coopId_period: { coopId, period } } })) continue;
          const start = monthAfter(period);
          // never in the future, always in order: created < submitted < decided
          const createdAt = new Date(Math.min(start + DAY, now.getTime() - 6 * HOUR));
          const submittedAt = new Date(Math.min(start + (3 + (i % 5)) * DAY, now.getTime() - 4 * HOUR));
          const decidedAt = new Date(Math.min(submittedAt.getTime() + 2 * DAY, now.getTime() - 2 * HOUR));
          const sent = status !== "DRAFT";
          const returned =
            status === "RETURNED"
              ? (c.returned ?? { fields: ["gerai.omzet"], comment: "Mohon periksa lagi omzet gerai bulan ini." })
              : undefined;
          const report = await tx.monthlyReport.create({
            data: {
              coopId,
              period,
              status,
              version: sent ? 1 : 0,
              rev: status === "DRAFT" ? 1 : status === "SUBMITTED" ? 2 : 3,
              flagged: returned?.fields ?? [],
              submittedById: sent ? submitterId : null,
              submittedAt: sent ? submittedAt : null,
              acceptedAt: status === "ACCEPTED" ? decidedAt : null,
              createdAt,
            },
          });
          let values = [...figures(c, back, board.length)];
          if (status === "DRAFT")
            values = values.filter(([k]) => k.startsWith(`${UNIT_GROUP[c.units.find((u) => UNIT_GROUP[u])!]}.`)); // first unit group only
          await tx.reportValue.createMany({
            data: values.map(([field, v]) => ({
              reportId: report.id,
              field,
              ...(typeof v === "bigint" ? { intValue: v } : { text: v }),
            })),
            skipDuplicates: true,
          });
          const events: Array<{ actorId: number; action: string; at: Date; field?: string; after?: string }> = [
            { actorId: submitterId, action: "CREATED", at: createdAt },
          ];
          if (sent) events.push({ actorId: submitterId, action: "SUBMITTED", at: submittedAt });
          if (status === "ACCEPTED" || returned) {
            events.push({
              actorId: reviewerId,
              action: status,
              at: decidedAt,
              ...(returned ? { field: returned.fields.join(","), after: returned.comment } : {}),
            });
            await tx.reportReview.create({
              data: {
                reportId: report.id,
                reviewerId,
                decision: status,
                fields: returned?.fields ?? [],
                comment: returned?.comment ?? null,
                version: 1,
                at: decidedAt,
              },
            });
          }
          await tx.reportEvent.createMany({ data: events.map((e) => ({ reportId: report.id, version: 1, ...e })) });
        }
      }

      // Help requests with their threads
      for (const [n, h] of HELP.entries()) {
        const c = COOPS[h.coop]!;
        const coopId = coopIds[h.coop]!;
        const requester = pengurus.find((p) => p.coop === h.coop)!;
        const requesterId = userIds.get(requester.telegramId)!;
        if (await tx.helpRequest.findFirst({ where: { coopId, requesterId, text: h.text } })) continue;
        const kubuRaya = c.villageCode.startsWith(`${KUBU_RAYA}.`);
        const ba = c.ba ? STAFF.find((s) => s.key === c.ba)! : undefined;
        const escalated = h.status === "ESCALATED";
        const route =
          escalated || (!ba && kubuRaya)
            ? { role: "PMO" as const, toId: null }
            : ba
              ? { role: "BA" as const, toId: staffIds.get(ba.key)! }
              : { role: "ADMIN" as const, toId: null };
        const helper =
          route.role === "BA"
            ? ba!
            : route.role === "PMO"
              ? STAFF.find((s) => s.key === "hendra")!
              : STAFF.find((s) => s.key === "admin")!;
        const helperId = staffIds.get(helper.key)!;
        const createdAt = new Date(now.getTime() - h.ageHours * HOUR);
        const taken = ["ASSIGNED", "ANSWERED", "CLOSED"].includes(h.status);
        const answered = h.status === "ANSWERED" || h.status === "CLOSED";
        const req = await tx.helpRequest.create({
          data: {
            coopId,
            requesterId,
            category: h.category,
            text: h.text,
            status: h.status,
            assigneeId: taken ? helperId : null,
            routedRole: route.role,
            routedToId: route.toId,
            // open ones are not overdue yet (no escalation right after the seed)
            dueAt: new Date(
              taken ? createdAt.getTime() + 24 * HOUR : now.getTime() + Math.max(24 - h.ageHours, 6) * HOUR,
            ),
            escalatedAt: escalated ? new Date(now.getTime() - 2 * HOUR) : null,
            escalationLevel: escalated ? 1 : 0,
            takenAt: taken ? new Date(createdAt.getTime() + 2 * HOUR) : null,
            answeredAt: answered ? new Date(createdAt.getTime() + 5 * HOUR) : null,
            closedAt: h.status === "CLOSED" ? new Date(createdAt.getTime() + 30 * HOUR) : null,
            rating: h.rating ?? null,
            createdAt,
          },
        });
        const helperTg = helper.telegramId;
        const rows = [
          // the request card shown to the helper (not a real message in any chat: no dstMessageId)
          {
            fromUserId: requesterId,
            direction: "TO_HELPER",
            kind: "CARD",
            text: h.text,
            srcChatId: requester.telegramId,
            dstChatId: helperTg,
            at: createdAt,
          },
          ...(h.thread ?? []).map(([fromHelper, text], k) => ({
            fromUserId: fromHelper ? helperId : requesterId,
            direction: fromHelper ? "TO_REQUESTER" : "TO_HELPER",
            kind: "TEXT",
            text,
            srcChatId: fromHelper ? helperTg : requester.telegramId,
            dstChatId: fromHelper ? requester.telegramId : helperTg,
            at: new Date(createdAt.getTime() + (k + 1) * 4 * HOUR),
          })),
        ];
        await tx.helpMessage.createMany({
          data: rows.map(({ at, ...r }, k) => ({
            ...r,
            requestId: req.id,
            srcMessageId: 900_000 + n * 100 + k,
            deliveredAt: at,
            createdAt: at,
          })),
        });
      }

      // in the same transaction: nobody (a job, a /rekap) ever sees part of the demo data
      const db = tx as unknown as PrismaClient;
      await seedOversightDemo(db, clock);
      await seedRecapDemo(db, now); // more coops and months in the Dinas officer's province, for /rekap
      await seedRosterDemo(db, now); // the official roster of Kubu Raya: some coops on the bot, others not yet
    },
    { timeout: 120_000, maxWait: 30_000 },
  );
  return countDemo(prisma);
}

/** How many demo rows the database holds now. */
export async function countDemo(prisma: PrismaClient): Promise<SeedCounts> {
  const telegramIds = [...STAFF.map((s) => s.telegramId), ...pengurusList().map((p) => p.telegramId)];
  const coop = { villageCode: { in: COOPS.map((c) => c.villageCode) } };
  const byStatus = await prisma.monthlyReport.groupBy({ by: ["status"], where: { coop }, _count: { _all: true } });
  const reportsByStatus: Record<ReportStatus, number> = { DRAFT: 0, SUBMITTED: 0, RETURNED: 0, ACCEPTED: 0 };
  for (const s of byStatus) reportsByStatus[s.status] = s._count._all;
  return {
    users: await prisma.user.count({ where: { telegramId: { in: telegramIds } } }),
    cooperatives: await prisma.cooperative.count({ where: coop }),
    memberships: await prisma.membership.count({ where: { coop } }),
    assignments: await prisma.assignment.count({ where: { coop } }),
    readinessItems: await prisma.readinessItem.count({ where: { coop } }),
    reports: await prisma.monthlyReport.count({ where: { coop } }),
    reportValues: await prisma.reportValue.count({ where: { report: { coop } } }),
    helpRequests: await prisma.helpRequest.count({ where: { coop } }),
    helpMessages: await prisma.helpMessage.count({ where: { request: { coop } } }),
    reportsByStatus,
  };
}

/** True when there is no cooperative at all (a fresh database): the simulator then seeds. */
export async function isEmptyDatabase(prisma: PrismaClient): Promise<boolean> {
  return (await prisma.cooperative.count()) === 0;
}

/** One line for people: "20 koperasi, 46 pengguna, 31 laporan, 6 permintaan bantuan". */
export function describeCounts(c: SeedCounts): string {
  return `${c.cooperatives} koperasi, ${c.users} pengguna, ${c.reports} laporan bulanan, ${c.helpRequests} permintaan bantuan`;
}
