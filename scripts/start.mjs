// npm start: the app from dist/ (compiled JS, rebuilt when the sources changed; scripts/dist.mjs),
// in this very process so signals reach it; through tsx when dist/ cannot be built.
import { pathToFileURL } from "node:url";
import path from "node:path";
import { ensureDist, ROOT } from "./dist.mjs";

const entry = await ensureDist();
if (entry) {
  await import(pathToFileURL(entry).href);
} else {
  const { register } = await import("tsx/esm/api");
  register();
  await import(pathToFileURL(path.join(ROOT, "src/main.ts")).href);
}
