// The simulator's update_id counter, kept in DATA_DIR so a restarted simulator goes on where the
// previous run stopped (as Telegram does). Numbering from 1 again would make the bot skip the
// first messages of the new run: its polling inbox remembers recently handled update_ids.
import { mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import path from "node:path";
import type { UpdateNumbering } from "./updates.ts";

const FILE = "simulator-update-id";

export function persistentNumbering(dataDir: string): UpdateNumbering {
  const file = path.resolve(dataDir, FILE);
  let last = 0;
  try {
    last = Number.parseInt(readFileSync(file, "utf8").trim(), 10) || 0;
  } catch {
    /* first run */
  }
  mkdirSync(path.dirname(file), { recursive: true });
  return {
    firstId: last + 1,
    onIssue(updateId) {
      // write-then-rename: a crash never leaves a half-written number (human-paced, so cheap)
      writeFileSync(`${file}.tmp`, String(updateId));
      renameSync(`${file}.tmp`, file);
    },
  };
}
