// npm install, after `prisma generate`: the app compiled to dist/ (scripts/dist.mjs) and the PGlite
// snapshot new embedded databases start from (scripts/pglite-snapshot.ts), so even the first
// `npm start` is quick. Neither may fail the install: without them npm start is only slower.
import { spawnSync } from "node:child_process";
import { build, ROOT } from "./dist.mjs";

await build().catch((e) =>
  console.log(`dist/ not built (${e instanceof Error ? e.message : e}); npm start will build it or run through tsx`),
);
spawnSync(process.execPath, ["--import", "tsx", "scripts/pglite-snapshot.ts"], { cwd: ROOT, stdio: "inherit" });
