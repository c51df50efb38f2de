// A paid-lane refusal whose hook fails: the group still moves to the free lane and goes out once.
// (Before, the hook ran inside the move's transaction, so its failure rolled the move back and the
// rows stayed "paid" in the database: the next drain would try the paid rate again.)
import { describe, it, expect } from "vitest";
import { createHarness } from "../helpers/harness.ts";
import { enqueueMany, onPaidRefused } from "../../src/outbox/index.ts";
import { drainWith } from "./helpers.ts";

const refusal = { error_code: 400, description: "Bad Request: not enough Stars to allow paid broadcast" };

describe("paid lane refused", () => {
  it("a failing paid-refused hook does not undo the move: every row SENT once, the unsent ones free", async () => {
    const h = await createHarness({ autoDrain: false });
    let calls = 0;
    onPaidRefused("tpr:", async () => {
      calls += 1;
      throw new Error("hook broke");
    });
    const items = [1, 2, 3, 4, 5, 6].map((i) => ({
      key: `tpr:${i}`,
      chatId: 7000 + i,
      text: "paid",
      lane: "paid" as const,
      group: "tpr",
    }));
    await enqueueMany(h.prisma, items, h.clock.now());
    h.fake.fail("sendMessage", refusal, { times: 1 });
    for (let i = 0; i < 4; i++) {
      await drainWith(h, { budgetPerSecond: 30, paidConcurrency: 1 });
      h.clock.advance(1500);
    }
    const rows = await h.prisma.outbox.findMany({ where: { group: "tpr" }, orderBy: { id: "asc" } });
    expect(rows.map((r) => r.status)).toEqual(rows.map(() => "SENT"));
    const delivered = h.fake.byMethod("sendMessage").slice(1);
    expect(delivered.map((c) => Number(c.payload.chat_id)).sort()).toEqual(items.map((i) => i.chatId));
    // the refused row and every row after it went free, and the database says so
    const wentAt = new Map(
      delivered.map((c) => [Number(c.payload.chat_id), c.payload.allow_paid_broadcast ? "paid" : "bulk"]),
    );
    expect(rows.map((r) => r.lane)).toEqual(rows.map((r) => wentAt.get(Number(r.chatId))));
    expect(rows[0]!.lane).toBe("bulk");
    expect(calls).toBe(1);
  }, 60_000);
});
