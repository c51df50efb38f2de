// A broadcast that reached nobody says so (❌, not ✅) and its final report opens the list of who
// did not get it and why; only whoever may manage the broadcast may open it (issue 23.2).
import { describe, it, expect } from "vitest";
import { createHarness } from "../helpers/harness.ts";
import { ADMIN_ID } from "../features/help-fixtures.ts";
import { broadcastFixture } from "./fixtures.ts";
import { drain, finishWizard, outboxRows, progressJob } from "./helpers.ts";

describe("/siaran final report", () => {
  it("all refused: ❌ with a button to the names and plain reasons; others are refused", async () => {
    const h = await createHarness({ autoDrain: false });
    await broadcastFixture(h);
    const admin = h.user(ADMIN_ID, "Admin");
    await admin.command("siaran");
    await admin.send("Rapat koordinasi");
    await finishWizard(h, admin);
    const b = await h.prisma.broadcast.findFirstOrThrow();
    const rows = await outboxRows(h, b.id);
    for (const r of rows)
      h.fake.fail(
        "sendMessage",
        { error_code: 400, description: "Bad Request: chat not found" },
        { chatId: Number(r.chatId) },
      );
    await drain(h);
    await progressJob(h);
    await drain(h);
    const final = h.fake
      .byMethod("sendMessage")
      .filter((c) => c.payload.chat_id === ADMIN_ID)
      .at(-1)!;
    expect(String(final.payload.text)).toBe(
      h.t("bc-final", { icon: "❌", id: b.id, sent: 0, recipients: rows.length, failed: rows.length, blocked: 0 }),
    );
    const button = final.payload.reply_markup.inline_keyboard[0][0];
    expect(button.text).toBe(h.t("dr-btn-failed", { count: rows.length }));
    // a PMO who did not start it may not open it
    await h.user(2101, "PMO").pressRaw(button.callback_data, 1);
    expect(await h.prisma.auditLog.count({ where: { entity: "DeliveryReport" } })).toBe(1);
    await admin.pressRaw(button.callback_data, 1);
    const list = admin.lastText()!;
    expect(list.split("\n")[0]).toBe(
      h.t("dr-list-title", { total: rows.length, page: 1, pages: Math.ceil(rows.length / 5) }),
    );
    expect(list).toContain(h.t("dr-reason-not_found"));
    expect(list.length).toBeLessThanOrEqual(600);
  }, 120_000);
});
