// The app compiled to plain JS in dist/ (esbuild, bundled; packages stay in node_modules), so
// `npm start` does not pay tsx's compile-on-load (about 0.9 s of CPU per start on 2 cores).
// ensureDist() rebuilds when a source file or folder is newer than dist/main.js (a cheap walk of
// src/ mtimes); `node scripts/dist.mjs` builds now (postinstall does too). Plain JS: it runs
// before anything can compile TypeScript.
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
export const DIST = path.join(ROOT, "dist");
export const ENTRY = path.join(DIST, "main.js");
const WATCHED = ["src", "package.json", "scripts/dist.mjs"];

/** newest mtime of the files and folders under `p` */
function newest(p) {
  const s = statSync(p, { throwIfNoEntry: false });
  if (!s) return 0;
  if (!s.isDirectory()) return s.mtimeMs;
  let m = s.mtimeMs;
  for (const e of readdirSync(p)) m = Math.max(m, newest(path.join(p, e)));
  return m;
}

export function isStale() {
  const built = statSync(ENTRY, { throwIfNoEntry: false })?.mtimeMs ?? 0;
  return WATCHED.some((w) => newest(path.join(ROOT, w)) > built);
}

/** Builds dist/. Each file is written to a temporary name and renamed, main.js last, so a process
 * starting meanwhile never reads half a file; chunks of earlier builds stay for processes still
 * running from them (their names carry a content hash). */
export async function build() {
  const { build: esbuild } = await import("esbuild");
  const out = DIST;
  const result = await esbuild({
    entryPoints: [path.join(ROOT, "src/main.ts"), path.join(ROOT, "src/app.ts")], // app.js: for bench/startup.ts
    bundle: true,
    platform: "node",
    format: "esm",
    target: "node20",
    packages: "external",
    splitting: true,
    outdir: out,
    sourcemap: "linked",
    write: false,
    logLevel: "silent",
    plugins: [
      {
        // import.meta.url of a source file keeps pointing at that file (locales, migrations, assets
        // are found relative to it), expressed relative to dist/ so the checkout may move
        name: "source-meta-url",
        setup(b) {
          b.onLoad({ filter: /\.ts$/ }, (a) => {
            let contents = readFileSync(a.path, "utf8");
            if (contents.includes("import.meta.url")) {
              const rel = path.relative(out, a.path).split(path.sep).join("/");
              contents = contents.replaceAll(
                "import.meta.url",
                `new URL(${JSON.stringify(rel)}, import.meta.url).href`,
              );
            }
            return { contents, loader: "ts" };
          });
        },
      },
    ],
  });
  mkdirSync(out, { recursive: true });
  const files = [...result.outputFiles].sort((a, b) => Number(a.path === ENTRY) - Number(b.path === ENTRY));
  for (const f of files) {
    const tmp = `${f.path}.${process.pid}.tmp`;
    writeFileSync(tmp, f.contents);
    renameSync(tmp, f.path);
  }
}

/** dist/main.js, rebuilt first if stale; undefined when it cannot be built here (then run through tsx) */
export async function ensureDist() {
  try {
    if (isStale()) await build();
    return existsSync(ENTRY) ? ENTRY : undefined;
  } catch (e) {
    process.stderr.write(`dist/ not built (${e instanceof Error ? e.message : e}); running through tsx\n`);
    return undefined;
  }
}

if (process.argv[1] && pathToFileURL(process.argv[1]).href === import.meta.url) {
  await build();
}
