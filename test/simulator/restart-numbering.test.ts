// D6: a simulator restarted on the same data directory must go on numbering updates where the
// previous run stopped; numbering from 1 again makes the bot's inbox tombstones swallow the first
// messages of the new run.
import { describe, it, expect, afterAll } from "vitest";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { launchSimulator } from "../../src/simulator/launch.ts";
import { createLogger } from "../../src/logger.ts";

const dir = mkdtempSync(path.join(tmpdir(), "kdkmp-sim-ids-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const config = { adminTelegramIds: [], simulatorPort: 0, dataDir: dir };

describe("simulator update numbering across restarts", () => {
  it("continues after the last update_id of the previous run on the same data directory", async () => {
    const ids: number[] = [];
    for (let run = 0; run < 2; run++) {
      const sim = await launchSimulator(config, createLogger("silent"));
      try {
        for (let i = 0; i < 3; i++)
          ids.push(
            sim.state.updates.push({
              message: { message_id: i + 1, date: 1, chat: { id: 1, type: "private", first_name: "A" }, text: "x" },
            } as never).update_id,
          );
      } finally {
        await sim.close();
      }
    }
    expect(new Set(ids).size).toBe(6);
    expect(ids.slice(3).every((id) => id > ids[2]!)).toBe(true);
  });
});
