// Issue 13 item 6, in process: at debug level every update leaves one line with its update_id,
// chat and user id and its kind, and nothing of what was typed or shared (figures, phone numbers).
import { describe, it, expect } from "vitest";
import { Writable } from "node:stream";
import { createHarness } from "../helpers/harness.ts";
import { createLogger } from "../../src/logger.ts";

describe("update log lines", () => {
  it("one debug line per update with ids and kind, none of its text or phone", async () => {
    const lines: Array<Record<string, unknown>> = [];
    const raw: string[] = [];
    const sink = new Writable({
      write(chunk: Buffer, _enc, done) {
        for (const l of chunk.toString().split("\n").filter(Boolean)) (raw.push(l), lines.push(JSON.parse(l)));
        done();
      },
    });
    const h = await createHarness({ logger: createLogger("debug", sink) });
    const u = h.user(7_700_001);
    await u.send("Omzet Rp 12.500.000 bulan ini");
    await u.shareContact("+6281299887766");
    const handled = lines.filter((l) => l.msg === "update handled");
    expect(handled.map((l) => [l.update_id, l.chat_id, l.user_id, l.kind])).toEqual([
      [1, 7_700_001, 7_700_001, "message"],
      [2, 7_700_001, 7_700_001, "message"],
    ]);
    expect(handled.every((l) => typeof l.ms === "number")).toBe(true);
    const all = raw.join("\n").replace(/"time":\d+/g, "");
    expect(all).not.toMatch(/12\.?500\.?000|81299887766|Omzet/);
  });
});
