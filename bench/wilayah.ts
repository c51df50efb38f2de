// Wilayah service figures: load time, heap after load, search time per query.
// Run: node --import tsx bench/wilayah.ts   (prints figures only, no assertions)
import { performance } from "node:perf_hooks";
import v8 from "node:v8";
import vm from "node:vm";
import { Wilayah, type VillagePath } from "../src/services/wilayah/index.ts";

v8.setFlagsFromString("--expose-gc");
const gc = vm.runInNewContext("gc") as () => void;
const heapMb = () => {
  gc();
  return process.memoryUsage().heapUsed / 2 ** 20;
};

const heapBefore = heapMb();
let started = performance.now();
const wilayah = Wilayah.load();
const coldLoadMs = performance.now() - started;
const heapAfter = heapMb();

started = performance.now();
Wilayah.load(); // second load in the same process: code already compiled
const warmLoadMs = performance.now() - started;

console.log("wilayah:", JSON.stringify(wilayah.stats()));
console.log(`load (first, cold JIT)   ${coldLoadMs.toFixed(0)} ms`);
console.log(`load (second)            ${warmLoadMs.toFixed(0)} ms`);
console.log(`heap retained by 1 load  ${(heapAfter - heapBefore).toFixed(1)} MB (heapUsed ${heapAfter.toFixed(1)} MB)`);

// ~1000 queries from real village names, deterministic: whole name, prefix, inner substring, messy spacing.
let seed = 42;
const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
const samples: VillagePath[] = [];
const provinces = wilayah.provinces();
while (samples.length < 250) {
  const province = provinces[Math.floor(random() * provinces.length)]!;
  const regencies = wilayah.regencies(province.code);
  const regency = regencies[Math.floor(random() * regencies.length)]!;
  const districts = wilayah.districts(regency.code);
  const district = districts[Math.floor(random() * districts.length)]!;
  const villages = wilayah.villages(district.code);
  const village = villages[Math.floor(random() * villages.length)];
  if (village) samples.push(wilayah.villagePath(village.code)!);
}
const queries = samples.flatMap(({ village, regency, province }) => {
  const name = village.name;
  const start = Math.min(2, Math.max(0, name.length - 4));
  return [name, name.slice(0, 4), name.slice(start, start + 4), `  ${name.toUpperCase().replace(/ /g, "   ")} `].map(
    (q) => ({
      q,
      regencyCode: regency.code,
      provinceCode: province.code,
    }),
  );
});

function time(label: string, run: (item: (typeof queries)[number]) => unknown): void {
  for (const item of queries.slice(0, 100)) run(item); // warm-up
  const micros: number[] = [];
  for (const item of queries) {
    const t = performance.now();
    run(item);
    micros.push((performance.now() - t) * 1000);
  }
  micros.sort((a, b) => a - b);
  const mean = micros.reduce((s, x) => s + x, 0) / micros.length;
  const at = (p: number) => micros[Math.min(micros.length - 1, Math.floor(p * micros.length))]!;
  console.log(
    `${label.padEnd(34)} n=${micros.length}  mean ${mean.toFixed(0)} µs  p50 ${at(0.5).toFixed(0)} µs  p95 ${at(0.95).toFixed(0)} µs  max ${at(1).toFixed(0)} µs`,
  );
}

time("searchVillages, nationally", ({ q }) => wilayah.searchVillages(q));
time("searchVillages, within province", ({ q, provinceCode }) => wilayah.searchVillages(q, { provinceCode }));
time("searchVillages, within regency", ({ q, regencyCode }) => wilayah.searchVillages(q, { regencyCode }));
time("searchAreas(district), in regency", ({ q, regencyCode }) =>
  wilayah.searchAreas("district", regencyCode, q.slice(0, 3), 10),
);
// what people type in the registration wizard: the name, with its kecamatan or kabupaten (findVillages)
const qualified = samples.map(({ village, district }) => `${village.name} ${district.name}`);
const withRegency = samples.map(
  ({ village, regency }) => `${village.name}, ${regency.name.replace(/^(Kabupaten|Kota) /, "")}`,
);
let i = 0;
time("findVillages, name + kecamatan", () => wilayah.findVillages(qualified[i++ % qualified.length]!));
time("findVillages, name, kabupaten", () => wilayah.findVillages(withRegency[i++ % withRegency.length]!));
time("findVillages, name only (60 max)", ({ q }) => wilayah.findVillages(q));
time("villagePath", ({ regencyCode }) => wilayah.villagePath(`${regencyCode}.01.2001`));
