// A new embedded database starts from a snapshot instead of initdb + every migration (about 4 s of
// CPU saved on a 2-core machine). A snapshot is the data directory of a freshly migrated PGlite
// (dumpDataDir, gzip), kept in node_modules/.cache/kdkmp-pglite/ under a name that pins the PGlite
// version and the migrations it holds: pglite-<version>-m<n>-<hash of the first n migrations>.tgz.
// Restoring picks the snapshot holding the longest prefix of today's migrations; the app's migrator
// then applies the rest, as on any other start. Made by `npm install` (scripts/pglite-snapshot.ts)
// or by the first start that had to run initdb. Any failure here only means the slow path.
import { createHash, randomUUID } from "node:crypto";
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { gunzipSync, gzipSync } from "node:zlib";
import { extractTar } from "../lib/tar.ts";
import type { Migration } from "./migrator.ts";

export const SNAPSHOT_DIR = fileURLToPath(new URL("../../node_modules/.cache/kdkmp-pglite/", import.meta.url));

/** the installed PGlite's version (its package.json is not exported: found beside dist/) */
const pgliteVersion = (): string => {
  const main = createRequire(import.meta.url).resolve("@electric-sql/pglite");
  return (JSON.parse(readFileSync(path.join(path.dirname(main), "..", "package.json"), "utf8")) as { version: string })
    .version;
};

/** file name of a snapshot holding exactly `migrations` (in order) */
export function snapshotName(migrations: Migration[], version = pgliteVersion()): string {
  const h = createHash("sha256");
  for (const m of migrations) h.update(`${m.name}\0${m.checksum}\n`);
  return `pglite-${version}-m${migrations.length}-${h.digest("hex").slice(0, 16)}.tgz`;
}

/** the best snapshot for these migrations: the one holding the longest prefix of them, if any */
export function findSnapshot(dir: string, migrations: Migration[]): { file: string; holds: number } | undefined {
  const version = pgliteVersion();
  for (let n = migrations.length; n >= 0; n--) {
    const file = path.join(dir, snapshotName(migrations.slice(0, n), version));
    if (existsSync(file)) return { file, holds: n };
  }
  return undefined;
}

/**
 * Unpacks a snapshot into `pgdata` (which must not exist yet), through a temporary sibling renamed
 * into place, so a kill during the copy never leaves a half-made data directory behind.
 */
export function restoreSnapshot(file: string, pgdata: string): void {
  const tmp = `${pgdata}.restoring-${process.pid}`;
  // leftovers of a restore killed midway (the caller holds the data directory's lock)
  const parent = path.dirname(pgdata);
  for (const f of readdirSync(parent))
    if (f.startsWith(`${path.basename(pgdata)}.restoring-`))
      rmSync(path.join(parent, f), { recursive: true, force: true });
  try {
    extractTar(gunzipSync(readFileSync(file)), tmp);
    rmSync(path.join(tmp, "postmaster.pid"), { force: true });
    renameSync(tmp, pgdata);
  } catch (e) {
    rmSync(tmp, { recursive: true, force: true });
    throw e;
  }
}

/** What saveSnapshot needs of a PGlite instance. */
export interface Dumpable {
  exec(sql: string): Promise<unknown>;
  dumpDataDir(compression?: "none" | "gzip" | "auto"): Promise<Blob>;
}

const KEEP = 4;

/** Writes the snapshot of a just-migrated database holding `migrations`; only the newest KEEP snapshots stay. */
export async function saveSnapshot(pg: Dumpable, dir: string, migrations: Migration[]): Promise<string> {
  await pg.exec("CHECKPOINT"); // every page on disk: the copy needs no WAL replay
  const tar = Buffer.from(await (await pg.dumpDataDir("none")).arrayBuffer());
  mkdirSync(dir, { recursive: true });
  const name = snapshotName(migrations);
  const file = path.join(dir, name);
  const tmp = `${file}.${randomUUID()}.tmp`;
  writeFileSync(tmp, gzipSync(tar, { level: 1 }));
  renameSync(tmp, file);
  // keep the newest few (checkouts of other branches may share this node_modules)
  const old = readdirSync(dir)
    .filter((f) => f.startsWith("pglite-") && f.endsWith(".tgz"))
    .map((f) => ({ f, at: statSync(path.join(dir, f)).mtimeMs }))
    .sort((a, b) => b.at - a.at)
    .slice(KEEP);
  for (const { f } of old) rmSync(path.join(dir, f), { force: true });
  return file;
}
