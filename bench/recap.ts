// Recap figures (issue 11) on synthetic data, printed beside their goals (never asserted):
//  (1) recap + XLSX for a province of 2,143 coops with a year of reports (Kalimantan Barat)   goal < 3 s
//  (2) the report-reminder due sweep over 80,000 coops / 690,000 users                          goal < 2 s
//  (3) BENCH_FULL=1: national recap + XLSX, 80,000 coops with a year of reports               goal < 30 s, memory bounded
// Database: BENCH_DATABASE_URL=postgresql://postgres@127.0.0.1:5432/bench → a throw-away database
// "<name>_recap" is created there and dropped afterwards. Without it: in-memory PGlite, with the
// national figures scaled down to a tenth (printed).
// Run: npm run bench recap   ·   BENCH_FULL=1 BENCH_DATABASE_URL=… npm run bench recap
import { record } from "./lib/figures.ts";
import { performance } from "node:perf_hooks";
import { loadavg } from "node:os";
import { openDatabase, type OpenedDb } from "../src/db/open.ts";
import { getWilayah } from "../src/services/wilayah/index.ts";
import { openArea, recapOf } from "../src/services/recap/index.ts";
import { buildRecapXlsx } from "../src/services/recap/xlsx.ts";
import { dueRuns, reminderPage } from "../src/services/reminders.ts";
import { createI18n, LocaleCache } from "../src/i18n.ts";

const FULL = process.env.BENCH_FULL === "1";
const baseUrl = process.env.BENCH_DATABASE_URL;
const SCALE = baseUrl ? 1 : 0.1;
const NATIONAL = Math.round(80_000 * SCALE);
const USERS = Math.round(690_000 * SCALE);
const PERIOD = "2026-10";
const MONTHS = Array.from({ length: 12 }, (_, i) => {
  const m = 10 - i;
  return m > 0 ? `2026-${String(m).padStart(2, "0")}` : `2025-${String(m + 12).padStart(2, "0")}`;
});
const NOW = new Date("2026-11-07T01:30:00Z"); // 08:30 WIB: reminders DUE_SOON for October, which is closed
const DUE_DAY = 10;

const w = getWilayah();
const i18n = createI18n("id", new LocaleCache());
const t = (k: string, v?: Record<string, string | number>) => i18n.t("id", k, v);
const sec = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
const fmt = (n: number) => n.toLocaleString("en-US");
const line = (label: string, ms: number, goalMs: number, extra = "") =>
  console.log(
    `${label.padEnd(46)} ${sec(ms).padStart(9)}   goal < ${sec(goalMs)}  (${(ms / goalMs).toFixed(2)}× of goal)${extra}`,
  );
/** this process's CPU time since `from` (the database's share is not in it) */
const cpuSince = (from: NodeJS.CpuUsage) => {
  const u = process.cpuUsage(from);
  return ` — node CPU ${sec((u.user + u.system) / 1000)}`;
};
const peakRss = () => `${Math.round(process.resourceUsage().maxRSS / 1024)} MB`;

async function open(): Promise<{
  db: OpenedDb;
  reused: boolean;
  drop(): Promise<void>;
}> {
  if (!baseUrl)
    return {
      db: await openDatabase({ dataDir: "memory://" }),
      reused: false,
      drop: async () => undefined,
    };
  const pg = (await import("pg")).default;
  const url = new URL(baseUrl);
  const name = `${url.pathname.replace(/^\//, "") || "bench"}_recap`.replace(/[^a-zA-Z0-9_]/g, "_");
  const adminUrl = new URL(baseUrl);
  adminUrl.pathname = "/postgres"; // the maintenance database: the named one need not exist
  const admin = new pg.Client({ connectionString: adminUrl.toString() });
  await admin.connect();
  const reuse =
    process.env.BENCH_REUSE === "1" &&
    (await admin.query(`SELECT 1 FROM pg_database WHERE datname = $1`, [name])).rowCount === 1;
  if (!reuse) {
    await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await admin.query(`CREATE DATABASE "${name}"`);
  }
  url.pathname = `/${name}`;
  const db = await openDatabase({ databaseUrl: url.toString(), dataDir: "" });
  return {
    db,
    reused: reuse,
    async drop() {
      await db.close();
      if (process.env.BENCH_REUSE === "1") return void (await admin.end());
      await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await admin.end();
    },
  };
}

const { db, drop, reused } = await open();
const { prisma } = db;

// ---- synthetic data, generated in SQL ----
let t0 = performance.now();
const kalbar = w.villagesIn("61").slice(0, 2143);
const others = w.villagesIn(null).filter((v) => !v.code.startsWith("61."));
const need = NATIONAL - kalbar.length;
const villages = [
  ...kalbar,
  ...Array.from({ length: need }, (_, j) => others[Math.floor((j * others.length) / need)]!),
];
const BAS = Math.ceil(villages.length / 20);
const step = (label: string) => process.env.BENCH_VERBOSE && console.log(`  ${label} ${sec(performance.now() - t0)}`);
async function reports(where: string) {
  await prisma.$executeRawUnsafe(
    `INSERT INTO "MonthlyReport" ("coopId", period, status, version, "submittedAt", "updatedAt")
     SELECT c.id, p.period, (ARRAY['ACCEPTED','ACCEPTED','ACCEPTED','ACCEPTED','ACCEPTED','SUBMITTED','SUBMITTED','RETURNED','DRAFT'])[1 + (c.id + p.i) % 10]::"ReportStatus", 1, now(), now()
     FROM "Cooperative" c CROSS JOIN unnest($1::text[]) WITH ORDINALITY p(period, i)
     WHERE ${where} AND (c.id + p.i) % 10 < 9`,
    MONTHS,
  );
  await prisma.$executeRawUnsafe(
    `INSERT INTO "ReportValue" ("reportId", field, "intValue")
     SELECT r.id, f.field, (r.id * 37 % 1000 + 1) * f.mult
     FROM "MonthlyReport" r JOIN "Cooperative" c ON c.id = r."coopId"
     CROSS JOIN (VALUES ('gerai.aktif', 0), ('gerai.omzet', 50000), ('gerai.trx', 1), ('sp.omzet', 5000), ('sp.salur', 100000), ('sp.outstanding', 200000),
     ('anggota.total', 1), ('anggota.baru', 0)) f(field, mult)
     WHERE ${where}`,
  );
  await prisma.$executeRawUnsafe(
    `INSERT INTO "HelpRequest" ("coopId", "requesterId", category, text, status, "routedRole", "dueAt", "answeredAt", "closedAt", "createdAt", "updatedAt")
     SELECT c.id, 2, 'OTHER', '-', CASE WHEN c.id % 3 = 0 THEN 'OPEN' ELSE 'CLOSED' END::"HelpStatus", 'BA',
       d + interval '24 hours', CASE WHEN c.id % 3 <> 0 THEN d + (c.id % 40) * interval '1 hour' END, CASE WHEN c.id % 3 <> 0 THEN d + interval '3 days' END, d, now()
     FROM "Cooperative" c CROSS JOIN LATERAL (SELECT ('2026-10-01'::timestamp + (c.id % 28) * interval '1 day') AS d) x
     WHERE ${where} AND c.id % 4 = 0`,
  );
}
if (!reused) {
  await prisma.$executeRawUnsafe(
    `INSERT INTO "User" ("telegramId", role, "fullName", "consentAt", "updatedAt") VALUES (1, 'ADMIN', 'Admin', now(), now())`,
  );
  await prisma.$executeRawUnsafe(
    `INSERT INTO "User" ("telegramId", role, "fullName", "consentAt", "updatedAt") SELECT 1000000 + g, 'BA', 'BA ' || g, now(), now() FROM generate_series(1, $1::int) g`,
    BAS,
  );
  step("bas");
  await prisma.$executeRawUnsafe(
    `INSERT INTO "Cooperative" (name, "villageCode", "districtCode", "regencyCode", "provinceCode", units, "assignedBaId", "createdById", "createdAt", "updatedAt")
     SELECT 'Koperasi Desa Merah Putih ' || v.name, v.code, left(v.code, 8), left(v.code, 5), left(v.code, 2), ARRAY['GERAI_SEMBAKO', 'SIMPAN_PINJAM']::"BusinessUnit"[],
       CASE WHEN v.i % 10 < 8 THEN 2 + (v.i % $3::int) END, 1, '2025-01-01', now()
     FROM unnest($1::text[], $2::text[]) WITH ORDINALITY v(code, name, i)`,
    villages.map((v) => v.code),
    villages.map((v) => v.name),
    BAS,
  );
  step("coops");
  // pengurus: 8 members per coop (5 who get reminders), the rest of the users without a coop
  const MEMBERS = 8;
  await prisma.$executeRawUnsafe(
    `INSERT INTO "User" ("telegramId", role, "fullName", "consentAt", "updatedAt") SELECT 10000000 + g, 'PENGURUS', 'Pengurus ' || g, now(), now() FROM generate_series(1, $1::int) g`,
    USERS - BAS - 1,
  );
  step("users");
  await prisma.$executeRawUnsafe(
    `INSERT INTO "Membership" ("userId", "coopId", position, status, "updatedAt")
     SELECT u.id, c.id, (ARRAY['KETUA','WAKIL_USAHA','WAKIL_ANGGOTA','SEKRETARIS','BENDAHARA','PENGAWAS','LAINNYA','LAINNYA'])[k]::"Position", 'ACTIVE', now()
     FROM "Cooperative" c CROSS JOIN generate_series(1, ${MEMBERS}) k
     JOIN "User" u ON u."telegramId" = 10000000 + (c.id - 1) * ${MEMBERS} + k`,
  );
  step("memberships");
  await prisma.$executeRawUnsafe(
    `INSERT INTO "ReadinessItem" ("coopId", item, state, "updatedAt")
     SELECT c.id, i.item, CASE WHEN (c.id + i.n) % 10 < 10 - i.n THEN i.yes ELSE 'NO' END, now()
     FROM "Cooperative" c CROSS JOIN (VALUES ('AHU', 1, 'YES'), ('KANTOR', 2, 'YES'), ('REKENING', 2, 'YES'), ('SIMKOPDES', 3, 'YES'), ('BUSINESS_PLAN', 3, 'YES'),
       ('LAND_GERAI', 4, 'YES'), ('BUILD_GERAI', 6, 'SELESAI'), ('FINANCING', 7, 'CAIR'), ('UNIT_GERAI_SEMBAKO', 8, 'YES')) i(item, n, yes)`,
  );
  step("readiness");
  await reports(FULL ? "true" : `c."provinceCode" = '61'`);
  step("reports");
} else if (
  FULL &&
  (
    await prisma.$queryRawUnsafe<unknown[]>(
      `SELECT 1 FROM "MonthlyReport" r JOIN "Cooperative" c ON c.id = r."coopId" WHERE c."provinceCode" <> '61' LIMIT 1`,
    )
  ).length === 0
) {
  // a database kept by a default run (BENCH_REUSE=1 without BENCH_FULL): add the other provinces' reports
  await reports(`c."provinceCode" <> '61'`);
  step("reports (other provinces)");
}
await prisma.$executeRawUnsafe(`ANALYZE`);
const counts = await prisma.$queryRawUnsafe<Array<{ coops: bigint; users: bigint; reports: bigint; values: bigint }>>(
  `SELECT (SELECT count(*) FROM "Cooperative") AS coops, (SELECT count(*) FROM "User") AS users, (SELECT count(*) FROM "MonthlyReport") AS reports, (SELECT count(*) FROM "ReportValue") AS values`,
);
const c0 = counts[0]!;
console.log(
  `data (${db.kind}${SCALE !== 1 ? `, national scaled to ${SCALE}` : ""}): ${fmt(Number(c0.coops))} coops, ${fmt(Number(c0.users))} users, ${fmt(Number(c0.reports))} reports, ${fmt(Number(c0.values))} report values — generated in ${sec(performance.now() - t0)}`,
);

const admin = {
  id: 1,
  role: "ADMIN" as const,
  regencyCode: null,
  provinceCode: null,
};
const dinas = {
  id: 1,
  role: "DINAS" as const,
  regencyCode: null,
  provinceCode: "61",
};

async function recapAndXlsx(user: typeof admin | typeof dinas, key: string) {
  const cpu = process.cpuUsage();
  const start = performance.now();
  const opened = (await openArea(prisma, w, user, key))!;
  const r = await recapOf(prisma, w, opened, PERIOD, NOW, DUE_DAY);
  const recapMs = performance.now() - start;
  const file = await buildRecapXlsx(prisma, w, {
    recap: r,
    now: NOW,
    dueDay: DUE_DAY,
    t,
  });
  return {
    recapMs,
    totalMs: performance.now() - start,
    bytes: file.bytes.length,
    coops: r.reporting.coops,
    cpu: cpuSince(cpu),
  };
}

// (1) province
await recapAndXlsx(dinas, "61"); // warm-up (wilayah, JIT, plans)
const prov = await recapAndXlsx(dinas, "61");
line(`(1) province recap (${fmt(prov.coops)} coops)`, prov.recapMs, 3000);
record("recap.province.recap", prov.recapMs, "ms", { op: "<", value: 3000 });
line(`    province recap + XLSX (${(prov.bytes / 1e6).toFixed(1)} MB)`, prov.totalMs, 3000, prov.cpu);
record("recap.province.recap_xlsx", prov.totalMs, "ms", { op: "<", value: 3000 });

// (2) reminder due sweep: every page of every zone's run (coops to remind + their pengurus)
async function sweep() {
  t0 = performance.now();
  const cpu = process.cpuUsage();
  let targets = 0;
  let recipients = 0;
  let queries = 0;
  for (const run of dueRuns(NOW, { dueDay: DUE_DAY, hour: 8 })) {
    let after = 0;
    for (;;) {
      const page = await reminderPage(prisma, run, after, 5000);
      queries += page.length ? 2 : 1;
      if (page.length === 0) break;
      after = page.at(-1)!.coopId;
      targets += page.length;
      recipients += page.reduce((n, p) => n + p.recipients.length, 0);
    }
  }
  return {
    ms: performance.now() - t0,
    text: ` — ${fmt(targets)} coops due, ${fmt(recipients)} pengurus, ${queries} queries (pages of 5,000)${cpuSince(cpu)}`,
  };
}
await sweep(); // warm-up
const sw = await sweep();
line(`(2) reminder due sweep (${fmt(Number(c0.coops))} coops)`, sw.ms, 2000, sw.text);
record("recap.reminder_sweep", sw.ms, "ms", { op: "<", value: 2000 });

// (3) national
if (FULL) {
  const nat = await recapAndXlsx(admin, "N");
  line(`(3) national recap (${fmt(nat.coops)} coops)`, nat.recapMs, 30_000);
  record("recap.national.recap", nat.recapMs, "ms", { op: "<", value: 30_000 });
  line(
    `    national recap + XLSX (${(nat.bytes / 1e6).toFixed(1)} MB)`,
    nat.totalMs,
    30_000,
    `${nat.cpu}, peak RSS ${peakRss()}`,
  );
  record("recap.national.recap_xlsx", nat.totalMs, "ms", { op: "<", value: 30_000 });
} else {
  console.log(`(3) national recap + XLSX: set BENCH_FULL=1 (80,000 coops × 12 months of reports)`);
}
console.log(
  `peak RSS ${peakRss()} · machine load average ${loadavg()
    .map((x) => x.toFixed(1))
    .join(" / ")} on ${(await import("node:os")).cpus().length} cores`,
);
await drop();
process.exit(0);
