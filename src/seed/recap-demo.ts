// Extra demo data for the recaps (issue 11): about 400 more cooperatives spread over every kab/kota
// of Kalimantan Barat (the Dinas demo officer's province), some assigned to the demo BAs, with six
// closed months of reports (the last one still coming in, kab/kota reporting at different rates),
// figures, and readiness items at every stage. Set-based SQL only (a handful of statements, well
// under a second), idempotent: coops are keyed by village, reports by (coop, period), values and
// readiness items by their unique keys — re-running adds nothing and never overwrites.
import type { Db } from "../db/client.ts";
import { Prisma } from "../generated/prisma/client.ts";
import { previousPeriod } from "../lib/dates.ts";
import { getWilayah, villageTypeOfCode } from "../services/wilayah/index.ts";
import { encodeChecklist } from "../services/readiness.ts";
import { COOPS, STAFF } from "./people.ts";

const RECAP_DEMO_PROVINCE = "61";
/** one village in this many gets a coop */
const EVERY = 5;
const MONTHS = 6;
const CHECKLIST_TEXT = encodeChecklist({
  AHU: { state: "YES" },
  KANTOR: { state: "YES" },
  REKENING: { state: "YES" },
});

/** The villages that get an extra demo coop (deterministic). */
export function recapDemoVillages(): Array<{ code: string; name: string }> {
  const taken = new Set(COOPS.map((c) => c.villageCode));
  return getWilayah()
    .villagesIn(RECAP_DEMO_PROVINCE)
    .filter((v, i) => i % EVERY === 2 && !taken.has(v.code));
}

/** What the statements share: the demo staff, the villages, the months and the timestamps. */
interface RecapDemo {
  adminId: number;
  /** the demo PMO (the admin if there is none) makes the assignments */
  pmoId: number;
  baIds: number[];
  codes: string[];
  names: string[];
  /** the six closed months, the last one first */
  periods: string[];
  /** the extra coops (by village code) */
  mine: Prisma.Sql;
  nowTs: Prisma.Sql;
  createdTs: Prisma.Sql;
}

export async function seedRecapDemo(prisma: Db, now: Date): Promise<void> {
  const d = await prepare(prisma, now);
  if (!d) return;
  await insertCoops(prisma, d);
  await insertAssignments(prisma, d);
  await insertReports(prisma, d);
  await insertFigures(prisma, d);
  await insertReportTexts(prisma, d);
  await insertReadiness(prisma, d);
}

async function prepare(prisma: Db, now: Date): Promise<RecapDemo | undefined> {
  const staffId = async (role: string) =>
    (
      await prisma.user.findUnique({
        where: { telegramId: STAFF.find((s) => s.role === role)!.telegramId },
        select: { id: true },
      })
    )?.id;
  const adminId = await staffId("ADMIN");
  const bas = await prisma.user.findMany({
    where: { telegramId: { in: STAFF.filter((s) => s.role === "BA").map((s) => s.telegramId) } },
    select: { id: true },
    orderBy: { id: "asc" },
  });
  if (adminId === undefined) return undefined;
  const villages = recapDemoVillages();
  const codes = villages.map((v) => v.code);
  const created = new Date(now.getTime() - 200 * 86_400_000);
  return {
    adminId,
    pmoId: (await staffId("PMO")) ?? adminId,
    baIds: bas.map((b) => b.id),
    codes,
    names: villages.map(
      (v) => `Koperasi ${villageTypeOfCode(v.code) === "KELURAHAN" ? "Kelurahan" : "Desa"} Merah Putih ${v.name}`,
    ),
    periods: closedMonths(now),
    mine: Prisma.sql`c."villageCode" = ANY(${codes}::text[])`,
    nowTs: Prisma.sql`${now.toISOString()}::timestamp(3)`,
    createdTs: Prisma.sql`${created.toISOString()}::timestamp(3)`,
  };
}

/** The MONTHS closed months before now, the last one first. */
function closedMonths(now: Date): string[] {
  const periods: string[] = [previousPeriod(now, "Asia/Jakarta")];
  while (periods.length < MONTHS)
    periods.push(previousPeriod(new Date(`${periods.at(-1)}-15T00:00:00Z`), "Asia/Jakarta"));
  return periods;
}

/** Kubu Raya's coops alternate between the demo BAs (their area); a third elsewhere has two units. */
async function insertCoops(prisma: Db, d: RecapDemo): Promise<void> {
  await prisma.$executeRaw`
    INSERT INTO "Cooperative" (name, "villageCode", "districtCode", "regencyCode", "provinceCode", units, "assignedBaId", "createdById", "createdAt", "updatedAt")
    SELECT v.name, v.code, left(v.code, 8), left(v.code, 5), left(v.code, 2),
      CASE WHEN v.i % 3 = 0 THEN ARRAY['GERAI_SEMBAKO', 'SIMPAN_PINJAM']::"BusinessUnit"[] ELSE ARRAY['GERAI_SEMBAKO']::"BusinessUnit"[] END,
      CASE WHEN left(v.code, 5) = '61.12' AND cardinality(${d.baIds}::int[]) > 0 THEN (${d.baIds}::int[])[1 + v.i % cardinality(${d.baIds}::int[])] END,
      ${d.adminId}, ${d.createdTs}, ${d.nowTs}
    FROM unnest(${d.codes}::text[], ${d.names}::text[]) WITH ORDINALITY v(code, name, i)
    ON CONFLICT ("villageCode") DO NOTHING`;
}

/** The assigned ones get their open assignment row (made by the demo PMO), as /tugaskan would. */
async function insertAssignments(prisma: Db, d: RecapDemo): Promise<void> {
  await prisma.$executeRaw`
    INSERT INTO "Assignment" ("coopId", "baId", "byId", "fromAt")
    SELECT c.id, c."assignedBaId", ${d.pmoId}, ${d.createdTs} FROM "Cooperative" c
    WHERE c."villageCode" = ANY(${d.codes}::text[]) AND c."assignedBaId" IS NOT NULL
      AND NOT EXISTS (SELECT 1 FROM "Assignment" a WHERE a."coopId" = c.id)`;
}

/** Kab/kota report at different rates (by its code); the last month is still coming in. */
async function insertReports(prisma: Db, d: RecapDemo): Promise<void> {
  await prisma.$executeRaw`
    INSERT INTO "MonthlyReport" ("coopId", period, status, version, "submittedAt", "acceptedAt", "createdAt", "updatedAt")
    SELECT c.id, p.period, s.status::"ReportStatus", CASE WHEN s.status = 'DRAFT' THEN 0 ELSE 1 END,
      CASE WHEN s.status <> 'DRAFT' THEN ${d.nowTs} END, CASE WHEN s.status = 'ACCEPTED' THEN ${d.nowTs} END, ${d.nowTs}, ${d.nowTs}
    FROM "Cooperative" c CROSS JOIN unnest(${d.periods}::text[]) p(period)
    CROSS JOIN LATERAL (SELECT (c.id * 37 + ascii(right(p.period, 1)) * 11) % 100 AS roll, right(c."regencyCode", 2)::int % 7 * 6 AS lag) x
    CROSS JOIN LATERAL (SELECT CASE
      WHEN p.period = ${d.periods[0]} THEN CASE WHEN x.roll < 45 - x.lag THEN 'ACCEPTED' WHEN x.roll < 60 - x.lag THEN 'SUBMITTED' WHEN x.roll < 64 - x.lag THEN 'RETURNED' WHEN x.roll < 74 - x.lag THEN 'DRAFT' END
      ELSE CASE WHEN x.roll < 88 - x.lag THEN 'ACCEPTED' WHEN x.roll < 91 - x.lag THEN 'RETURNED' END END AS status) s
    WHERE ${d.mine} AND s.status IS NOT NULL
    ON CONFLICT ("coopId", period) DO NOTHING`;
}

/** Figures grow a little month by month ("fixed" ones: unit operating, board size). */
async function insertFigures(prisma: Db, d: RecapDemo): Promise<void> {
  await prisma.$executeRaw`
    INSERT INTO "ReportValue" ("reportId", field, "intValue")
    SELECT r.id, f.field, coalesce(f.fixed, ((c.id % 17 + 5)::bigint * f.base * (100 + (ascii(right(r.period, 1)) - 48) * 3) / 100))::bigint
    FROM "MonthlyReport" r JOIN "Cooperative" c ON c.id = r."coopId"
    CROSS JOIN (VALUES ('gerai.aktif', 0, false, 1), ('gerai.omzet', 1500000, false, NULL), ('gerai.trx', 40, false, NULL), ('gerai.stok', 900000, false, NULL),
      ('sp.aktif', 0, true, 1), ('sp.omzet', 150000, true, NULL), ('sp.trx', 6, true, NULL), ('sp.salur', 2000000, true, NULL), ('sp.outstanding', 5000000, true, NULL), ('sp.tunggakan', 200000, true, NULL),
      ('anggota.total', 12, false, NULL), ('anggota.baru', 1, false, NULL), ('pengurus.aktif', 0, false, 5)) f(field, base, sp, fixed)
    WHERE ${d.mine} AND r.period = ANY(${d.periods}::text[]) AND (NOT f.sp OR 'SIMPAN_PINJAM' = ANY(c.units))
    ON CONFLICT ("reportId", field) DO NOTHING`;
}

/** The rest of a sent report: checklist, problems, photos (none). */
async function insertReportTexts(prisma: Db, d: RecapDemo): Promise<void> {
  await prisma.$executeRaw`
    INSERT INTO "ReportValue" ("reportId", field, "intValue", text)
    SELECT r.id, f.field, f.n, f.txt
    FROM "MonthlyReport" r JOIN "Cooperative" c ON c.id = r."coopId"
    CROSS JOIN (VALUES ('kesiapan', NULL::bigint, ${CHECKLIST_TEXT}), ('kendala', NULL::bigint, 'Tidak ada kendala berarti bulan ini.'), ('foto', 0::bigint, NULL)) f(field, n, txt)
    WHERE ${d.mine} AND r.period = ANY(${d.periods}::text[])
    ON CONFLICT ("reportId", field) DO NOTHING`;
}

/** Readiness: item n is done for a share of coops that falls with n (every stage has some coops). */
async function insertReadiness(prisma: Db, d: RecapDemo): Promise<void> {
  await prisma.$executeRaw`
    INSERT INTO "ReadinessItem" ("coopId", item, state, since, "updatedAt")
    SELECT c.id, i.item, CASE WHEN (c.id * 13) % 100 < i.pct THEN i.done ELSE 'NO' END, CASE WHEN (c.id * 13) % 100 < i.pct THEN ${d.createdTs} END, ${d.nowTs}
    FROM "Cooperative" c CROSS JOIN (VALUES ('AHU', 85, 'YES'), ('KANTOR', 70, 'YES'), ('REKENING', 65, 'YES'), ('SIMKOPDES', 60, 'YES'), ('BUSINESS_PLAN', 55, 'YES'),
      ('LAND_GERAI', 40, 'YES'), ('BUILD_GERAI', 25, 'SELESAI'), ('FINANCING', 15, 'CAIR'), ('UNIT_GERAI_SEMBAKO', 8, 'YES')) i(item, pct, done)
    WHERE ${d.mine}
    ON CONFLICT ("coopId", item) DO NOTHING`;
}
