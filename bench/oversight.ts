// Oversight figures: a kab/kota of N coops (default 300, Kalbar averages ~70 per PMO, the largest
// a few hundred) with 10 BAs, waiting reports and a few visits each; times the PMO's and a BA's
// /koperasiku head, the PMO's belum-lapor list and visits per BA, on in-memory PGlite (or
// TEST_DATABASE_URL). Run: node --import tsx bench/oversight.ts [coops]   (prints, never asserts)
import { performance } from "node:perf_hooks";
import { createHarness } from "../test/helpers/harness.ts";

const N = Number(process.argv[2] ?? 300);
const h = await createHarness();
const p = h.prisma;
const pmo = await p.user.create({
  data: {
    telegramId: 1n,
    fullName: "PMO",
    role: "PMO",
    regencyCode: "61.12",
    provinceCode: "61",
    consentAt: new Date(),
  },
});
const bas = [];
for (let i = 0; i < 10; i++)
  bas.push(
    await p.user.create({
      data: {
        telegramId: BigInt(10 + i),
        fullName: `BA ${i}`,
        role: "BA",
        regencyCode: "61.12",
        provinceCode: "61",
        consentAt: new Date(),
      },
    }),
  );
const ketua = await p.user.create({ data: { telegramId: 99n, fullName: "Ketua", consentAt: new Date() } });
for (let i = 0; i < N; i++) {
  const c = await p.cooperative.create({
    data: {
      name: `Koperasi Desa Merah Putih ${i}`,
      villageCode: `61.12.05.${3000 + i}`,
      districtCode: "61.12.05",
      regencyCode: "61.12",
      provinceCode: "61",
      createdById: ketua.id,
      assignedBaId: i % 12 < 10 ? bas[i % 10]!.id : null,
      createdAt: new Date("2026-09-01T00:00:00Z"),
    },
  });
  if (i % 3 === 0)
    await p.monthlyReport.create({
      data: {
        coopId: c.id,
        period: "2026-10",
        status: "SUBMITTED",
        version: 1,
        submittedAt: new Date(Date.UTC(2026, 10, 1 + (i % 20))),
      },
    });
  else if (i % 3 === 1) await p.monthlyReport.create({ data: { coopId: c.id, period: "2026-10", status: "DRAFT" } });
  if (i % 2 === 0 && c.assignedBaId)
    await p.visit.create({
      data: {
        coopId: c.id,
        baId: c.assignedBaId,
        at: new Date(Date.UTC(2026, 9, 1 + (i % 50))),
        kind: "VISIT",
        topic: "USAHA",
        note: "Catatan",
      },
    });
}

async function time(label: string, userId: number, run: () => Promise<unknown>, n = 5) {
  await run();
  const t0 = performance.now();
  for (let k = 0; k < n; k++) await run();
  console.log(`${label.padEnd(40)} ${((performance.now() - t0) / n).toFixed(0)} ms (${userId})`);
}
const pmoUser = h.user(1);
const baUser = h.user(10);
console.log(
  `${N} coops in one kab/kota, 10 BAs, ${await p.monthlyReport.count({ where: { status: "SUBMITTED" } })} waiting reports, ${await p.visit.count()} visits`,
);
await time("PMO /koperasiku (oversight head + summary)", pmo.id, () => pmoUser.command("koperasiku"));
await time("PMO 📥 (oversight head only)", pmo.id, () => pmoUser.send("📥 Perlu diperiksa"));
await time("BA /koperasiku", bas[0]!.id, () => baUser.command("koperasiku"));
await time("PMO belum lapor list", pmo.id, () => pmoUser.pressRaw("ov:n:0:2026-10", 1001));
await time("PMO visits per BA", pmo.id, () => pmoUser.pressRaw("ov:v:0:0", 1001));
// the oversight messages (the BA's coop list under the head is the workspace's own)
const ours = h.fake
  .byMethod("sendMessage")
  .map((c) => String(c.payload.text))
  .filter((t) => /^(📥|📭|🗂)/.test(t));
console.log(`longest oversight message                ${Math.max(...ours.map((t) => t.length))} characters`);
process.exit(0);
