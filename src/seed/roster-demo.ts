// Demo roster for Kabupaten Kubu Raya (issue 20 item 7): the Dinas's official list of KDKMP in
// 61.12 as an applied import. Every coop already on the bot in Kubu Raya is on it (linked, claimed),
// and about half of the other desa have an official coop that has not joined yet — most with the
// ketua's phone, most accompanied by a demo BA — so /rekap and the BAs' /koperasiku show the gap,
// and registering one of those desa in the simulator shows "Ini koperasi Anda?". Set-based SQL,
// idempotent (keyed by village code; the import row by its sha256).
import type { Db } from "../db/client.ts";
import { getWilayah, villageTypeOfCode } from "../services/wilayah/index.ts";
import { STAFF } from "./people.ts";

const ROSTER_DEMO_REGENCY = "61.12";
const ROSTER_DEMO_SHA = "demo-roster-kubu-raya";
const KETUA = ["Ahmad Yani", "Sri Wahyuni", "Yohanes Liong", "Rosmini", "Usman Effendi", "Maria Goreti", "Hasanah"];

/** Kubu Raya desa that get a rostered coop (the ones without a coop on the bot are "not joined"). */
function rosterDemoMissing(taken: Set<string>): Array<{ code: string; name: string; i: number }> {
  // every other desa of the kab/kota (by its place in the list: stable whatever joins later)
  return getWilayah()
    .villagesIn(ROSTER_DEMO_REGENCY)
    .map((v, i) => ({
      code: v.code,
      name: `Koperasi ${villageTypeOfCode(v.code) === "KELURAHAN" ? "Kelurahan" : "Desa"} Merah Putih ${v.name}`,
      i,
    }))
    .filter((v) => v.i % 2 === 0 && !taken.has(v.code));
}

export async function seedRosterDemo(prisma: Db, now: Date): Promise<void> {
  const staffIds = async (role: string) =>
    (
      await prisma.user.findMany({
        where: { telegramId: { in: STAFF.filter((s) => s.role === role).map((s) => s.telegramId) } },
        select: { id: true },
        orderBy: { id: "asc" },
      })
    ).map((u) => u.id);
  const [dinas] = await staffIds("DINAS");
  const [admin] = await staffIds("ADMIN");
  const bas = await staffIds("BA");
  const byId = dinas ?? admin;
  if (byId === undefined) return;
  const imp =
    (await prisma.import.findFirst({ where: { sha256: ROSTER_DEMO_SHA } })) ??
    (await prisma.import.create({
      data: {
        kind: "COOPS",
        status: "APPLIED",
        byId,
        source: "cli",
        fileName: "daftar-kdkmp-kubu-raya.xlsx",
        sha256: ROSTER_DEMO_SHA,
        provinceCode: "61",
        counts: { new: 0, updated: 0, unchanged: 0, rejected: 0, conflicts: 0 },
        plan: [],
        rejected: [],
        createdAt: now,
        appliedAt: now,
      },
    }));
  // the coops of Kubu Raya already on the bot: on the roster, linked
  await prisma.$executeRaw`
    INSERT INTO "RosterCoop" ("villageCode", "districtCode", "regencyCode", "provinceCode", name, "legalNumber", "ketuaName", "ketuaPhone", units, "assignedBaId", "coopId", "claimedAt", "importId", "createdAt", "updatedAt")
    SELECT c."villageCode", c."districtCode", c."regencyCode", c."provinceCode", c.name, c."legalNumber", k."fullName",
      CASE WHEN k.phone IS NOT NULL THEN regexp_replace(k.phone, '[^0-9]', '', 'g') END,
      c.units, c."assignedBaId", c.id, c."createdAt", ${imp.id}, ${now}, ${now}
    FROM "Cooperative" c
    LEFT JOIN LATERAL (SELECT u."fullName", u.phone FROM "Membership" m JOIN "User" u ON u.id = m."userId"
      WHERE m."coopId" = c.id AND m.position = 'KETUA' AND m.status = 'ACTIVE' ORDER BY m.id LIMIT 1) k ON TRUE
    WHERE c."regencyCode" = ${ROSTER_DEMO_REGENCY}
    ON CONFLICT DO NOTHING`;
  const taken = new Set(
    (
      await prisma.cooperative.findMany({ where: { regencyCode: ROSTER_DEMO_REGENCY }, select: { villageCode: true } })
    ).map((c) => c.villageCode),
  );
  const missing = rosterDemoMissing(taken);
  const codes = missing.map((m) => m.code);
  const names = missing.map((m) => m.name);
  const ahu = missing.map((m) => `AHU-${7_100_000 + m.i}.AH.01.29.TAHUN 2025`);
  // two in three with the ketua's phone; BAs alternate, one in five has none yet
  const ketua = missing.map((m) => KETUA[m.i % KETUA.length]!);
  const phones = missing.map((m) => (m.i % 3 === 2 ? null : `6285${String(20_000_000 + m.i * 7919).padStart(8, "0")}`));
  const baIds = missing.map((m) => (bas.length && m.i % 5 !== 4 ? bas[m.i % bas.length]! : null));
  await prisma.$executeRaw`
    INSERT INTO "RosterCoop" ("villageCode", "districtCode", "regencyCode", "provinceCode", name, "legalNumber", "ketuaName", "ketuaPhone", units, readiness, "assignedBaId", "importId", "createdAt", "updatedAt")
    SELECT v.code, left(v.code, 8), left(v.code, 5), left(v.code, 2), v.name, v.ahu, v.ketua, v.phone,
      ARRAY['GERAI_SEMBAKO']::"BusinessUnit"[], '{"KANTOR": "2026-08-01"}'::jsonb, v.ba, ${imp.id}, ${now}, ${now}
    FROM unnest(${codes}::text[], ${names}::text[], ${ahu}::text[], ${ketua}::text[], ${phones}::text[], ${baIds}::int[]) v(code, name, ahu, ketua, phone, ba)
    ON CONFLICT DO NOTHING`;
}
