// Summarises a .cpuprofile: self time by package (node_modules/<pkg>) or file, top N.
import { readFileSync } from "node:fs";
const prof = JSON.parse(readFileSync(process.argv[2]!, "utf8"));
const n = Number(process.argv[3] ?? 25);
const self = new Map<number, number>();
const dt: number[] = prof.timeDeltas;
prof.samples.forEach((id: number, i: number) =>
  self.set(id, (self.get(id) ?? 0) + (process.env.BY_COUNT ? 1 : (dt[i] ?? 0))),
);
const byKey = new Map<string, number>();
const byFn = new Map<string, number>();
let total = 0;
for (const node of prof.nodes) {
  const t = self.get(node.id) ?? 0;
  total += t;
  const url: string = node.callFrame.url ?? "";
  const m = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  const key = m
    ? m[1]!
    : url
      ? url.replace(/^.*\/(src|bench|test)\//, "$1/")
      : `(${node.callFrame.functionName || "native"})`;
  byKey.set(key, (byKey.get(key) ?? 0) + t);
  const fn = `${node.callFrame.functionName || "(anon)"} ${key}`;
  byFn.set(fn, (byFn.get(fn) ?? 0) + t);
}
const show = (m: Map<string, number>) =>
  [...m]
    .sort((a, b) => b[1] - a[1])
    .slice(0, n)
    .forEach(([k, v]) => console.log(`${((100 * v) / total).toFixed(1).padStart(5)}%  ${k}`));
console.log("— by package/file —");
show(byKey);
console.log("— by function —");
show(byFn);
// INCLUSIVE=src: time spent in each function of the app and everything it called (per call-tree
// node, summed by function; a function that calls itself is counted once per path).
if (process.env.INCLUSIVE) {
  const nodes = new Map<
    number,
    { id: number; children?: number[]; callFrame: { functionName: string; url: string } }
  >();
  for (const node of prof.nodes) nodes.set(node.id, node);
  const incl = new Map<string, number>();
  const walk = (id: number, open: Set<string>): number => {
    const node = nodes.get(id)!;
    const url = node.callFrame.url ?? "";
    const key = `${node.callFrame.functionName || "(anon)"} ${url.replace(/^.*\/(src|bench|test)\//, "$1/").replace(/^.*node_modules\//, "")}`;
    const mine = url.includes(process.env.INCLUSIVE!) && !open.has(key);
    if (mine) open.add(key);
    let t = self.get(id) ?? 0;
    for (const c of node.children ?? []) t += walk(c, open);
    if (mine) {
      open.delete(key);
      incl.set(key, (incl.get(key) ?? 0) + t);
    }
    return t;
  };
  walk(prof.nodes[0].id, new Set());
  console.log(`— inclusive, functions in ${process.env.INCLUSIVE} —`);
  show(incl);
}
