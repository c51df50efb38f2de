// Demo data for oversight (issue 12): mentoring visits by Rina and Dedi over the last weeks — a
// few of Rina's coops left without a visit or call for 30 days (flagged in /koperasiku), one
// follow-up due in a few days — on top of the waiting reports demo.ts already seeds (SUBMITTED
// ones for Rina, Dedi and, for the coop without a BA, Hendra). Idempotent: visits are only added
// while the demo BAs have none (what people log in the simulator is never touched).
import type { Db } from "../db/client.ts";
import type { Clock } from "../lib/clock.ts";
import { addDays, localInstant, localToday } from "../services/oversight/local-day.ts";
import { timezoneOfCode } from "../services/wilayah/index.ts";
import { STAFF } from "./people.ts";

interface VisitSpec {
  ba: "rina" | "dedi";
  village: string;
  daysAgo: number;
  kind: "VISIT" | "CALL" | "ONLINE";
  topic: string;
  note: string;
  followUpInDays?: number;
  pin?: [number, number];
}

const VISITS: VisitSpec[] = [
  {
    ba: "rina",
    village: "61.12.01.2016",
    daysAgo: 2,
    kind: "VISIT",
    topic: "KEUANGAN",
    note: "Memeriksa buku kas gerai bersama bendahara; saldo kas sudah cocok.",
    followUpInDays: 3,
    pin: [-0.0717, 109.3845],
  },
  {
    ba: "rina",
    village: "61.12.03.2004",
    daysAgo: 5,
    kind: "CALL",
    topic: "USAHA",
    note: "Membahas omzet apotek yang naik tajam; ketua akan memeriksa data penjualan.",
  },
  {
    ba: "rina",
    village: "61.12.01.2003",
    daysAgo: 9,
    kind: "VISIT",
    topic: "PEMBIAYAAN",
    note: "Mendampingi penyusunan berkas pengajuan pembiayaan klinik.",
  },
  {
    ba: "rina",
    village: "61.12.07.2001",
    daysAgo: 14,
    kind: "ONLINE",
    topic: "SIMKOPDES",
    note: "Membantu pengurus masuk ke SIMKOPDES dan mengisi data anggota.",
  },
  {
    ba: "rina",
    village: "61.12.01.2002",
    daysAgo: 21,
    kind: "VISIT",
    topic: "LAHAN",
    note: "Meninjau lahan gudang cold storage yang direncanakan.",
  },
  {
    ba: "rina",
    village: "61.12.03.2006",
    daysAgo: 40,
    kind: "VISIT",
    topic: "KELEMBAGAAN",
    note: "Rapat pengurus tentang pembagian tugas unit logistik.",
  },
  {
    ba: "dedi",
    village: "61.12.06.2001",
    daysAgo: 4,
    kind: "CALL",
    topic: "USAHA",
    note: "Menanyakan kendala pengiriman barang ke Kubu.",
  },
  {
    ba: "dedi",
    village: "61.12.09.2001",
    daysAgo: 12,
    kind: "VISIT",
    topic: "KEUANGAN",
    note: "Pelatihan singkat pencatatan simpan pinjam.",
  },
];

export async function seedOversightDemo(prisma: Db, clock: Clock): Promise<number> {
  const now = clock.now();
  const bas = await prisma.user.findMany({
    where: { telegramId: { in: STAFF.filter((s) => s.role === "BA").map((s) => s.telegramId) } },
  });
  const idOf = (key: "rina" | "dedi") =>
    bas.find((b) => b.telegramId === STAFF.find((s) => s.key === key)!.telegramId)?.id;
  if (bas.length === 0 || (await prisma.visit.count({ where: { baId: { in: bas.map((b) => b.id) } } })) > 0) return 0;
  const coops = await prisma.cooperative.findMany({
    where: { villageCode: { in: VISITS.map((v) => v.village) } },
    select: { id: true, villageCode: true },
  });
  const rows = VISITS.flatMap((v) => {
    const coop = coops.find((c) => c.villageCode === v.village);
    const baId = idOf(v.ba);
    if (!coop || !baId) return [];
    const tz = timezoneOfCode(v.village) ?? "Asia/Jakarta";
    const today = localToday(now, tz);
    const at = localInstant(addDays(today, -v.daysAgo), 0, tz);
    return [
      {
        coopId: coop.id,
        baId,
        at,
        kind: v.kind,
        topic: v.topic,
        note: v.note,
        followUpAt: v.followUpInDays ? localInstant(addDays(today, v.followUpInDays), 8, tz) : null,
        latitude: v.pin?.[0] ?? null,
        longitude: v.pin?.[1] ?? null,
        createdAt: new Date(Math.min(at.getTime() + 15 * 3_600_000, now.getTime())),
      },
    ];
  });
  return (await prisma.visit.createMany({ data: rows })).count;
}
