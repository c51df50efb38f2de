// Profiling aid (not run by npm run bench): the recap file of one area on an existing database,
// e.g. the one `BENCH_FULL=1 BENCH_REUSE=1 … npm run bench recap` keeps ("<name>_recap"):
//   RECAP_DATABASE_URL=postgresql://postgres@127.0.0.1:5432/postgres_recap \
//     node --max-old-space-size=512 --cpu-prof --cpu-prof-dir=/tmp/prof --import tsx bench/_recap-file.ts [N|61] [out.xlsx]
// Prints wall clock, this process's CPU, the file's size and the peak RSS. Summarise a profile with bench/_profile-top.ts.
import { writeFileSync } from "node:fs";
import { performance } from "node:perf_hooks";
import { openDatabase } from "../src/db/open.ts";
import { getWilayah } from "../src/services/wilayah/index.ts";
import { openArea, recapOf } from "../src/services/recap/index.ts";
import { buildRecapXlsx } from "../src/services/recap/xlsx.ts";
import { createI18n, LocaleCache } from "../src/i18n.ts";

const [key = "N", out] = process.argv.slice(2);
const url = process.env.RECAP_DATABASE_URL;
if (!url) throw new Error("RECAP_DATABASE_URL=postgresql://…/<name>_recap");
const db = await openDatabase({ databaseUrl: url, dataDir: "" });
const w = getWilayah();
const i18n = createI18n("id", new LocaleCache());
const t = (k: string, v?: Record<string, string | number>) => i18n.t("id", k, v);
const NOW = new Date("2026-11-07T01:30:00Z");
const user =
  key === "N"
    ? { id: 1, role: "ADMIN" as const, regencyCode: null, provinceCode: null }
    : { id: 1, role: "DINAS" as const, regencyCode: null, provinceCode: key.slice(0, 2) };

// the largest heap / off-heap (Buffers) / RSS seen, sampled every 50 ms
const peak = { heap: 0, external: 0, rss: 0 };
const sampler = setInterval(() => {
  const m = process.memoryUsage();
  peak.heap = Math.max(peak.heap, m.heapUsed);
  peak.external = Math.max(peak.external, m.external);
  peak.rss = Math.max(peak.rss, m.rss);
}, 50);
const cpu = process.cpuUsage();
const start = performance.now();
const opened = (await openArea(db.prisma, w, user, key))!;
const recap = await recapOf(db.prisma, w, opened, "2026-10", NOW, 10);
const recapMs = performance.now() - start;
const cpuRecap = process.cpuUsage(cpu);
const file = await buildRecapXlsx(db.prisma, w, { recap, now: NOW, dueDay: 10, t });
const totalMs = performance.now() - start;
const used = process.cpuUsage(cpu);
const s = (us: number) => `${(us / 1e6).toFixed(2)} s`;
console.log(
  `${key}: recap ${(recapMs / 1000).toFixed(2)} s (node CPU ${s(cpuRecap.user + cpuRecap.system)}), recap + XLSX ${(totalMs / 1000).toFixed(2)} s, node CPU ${s(used.user + used.system)}, ` +
    `${(file.bytes.length / 1e6).toFixed(1)} MB, peak RSS ${Math.round(process.resourceUsage().maxRSS / 1024)} MB`,
);
clearInterval(sampler);
const mb = (b: number) => `${Math.round(b / 1e6)} MB`;
console.log(`  sampled peaks: heap used ${mb(peak.heap)}, external ${mb(peak.external)}, RSS ${mb(peak.rss)}`);
if (out) writeFileSync(out, file.bytes);
await db.close();
process.exit(0);
