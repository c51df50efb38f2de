// Honest delivery reports (issue 23.2): a nudge or an assignment says its messages are QUEUED, and
// only once the outbox is done does its sender learn what arrived — sent, not delivered with a
// plain reason, blocked — with a paged list of who did not get it that only they (or an admin)
// may open. A broadcast's final report carries the same list and never a ✅ over "0 of 8".
import { describe, it, expect, beforeEach } from "vitest";
import { createHarness, type Harness } from "../helpers/harness.ts";
import { answers, coop, people } from "./fixtures.ts";
import { runDeliveryReports } from "../../src/jobs/delivery-reports.ts";
import { failedListCb } from "../../src/jobs/delivery-card.ts";
import { createDeliveryReport } from "../../src/services/delivery-reports.ts";
import { enqueueMany } from "../../src/outbox/index.ts";
import { drainWith } from "../outbox/helpers.ts";

let h: Harness;
beforeEach(async () => {
  h = await createHarness({ autoDrain: false });
});

const job = () => runDeliveryReports({ deps: h.deps, t: (l, k, v) => h.notifier.t(l, k, v) });
const drain = () => drainWith(h, { sleep: async () => undefined });
const toChat = (chat: number) => h.fake.byMethod("sendMessage").filter((c) => Number(c.payload.chat_id) === chat);

describe("delivery reports", () => {
  it("a nudge says 'queued'; the result comes only after the outcomes, with who did not get it and why", async () => {
    const p = await people(h);
    await coop(h, 5001, p.budi.id, "Koperasi Anyar");
    await coop(h, 5002, p.budi.id, "Koperasi Draf");
    const budi = h.user(2001);
    await budi.pressRaw("ov:n:0:2026-10", 1001);
    await budi.press((l) => l === h.t("ov-btn-nudge-all"));
    const said = answers(h).at(-1)!;
    expect(said).toBe(h.t("ov-nudge-all-done", { sent: 2, people: 2, already: 0, skipped: 0 }));
    expect(said).not.toMatch(/dikirim ke/);
    // nothing is claimed about delivery while the messages wait
    expect((await job()).reported).toBe(0);
    // Telegram refuses one of the two
    h.fake.fail("sendMessage", { error_code: 400, description: "Bad Request: chat not found" }, { chatId: 5002 });
    await drain();
    h.fake.clear();
    expect((await job()).reported).toBe(1);
    expect((await job()).reported).toBe(0); // exactly once
    await drain();
    const report = toChat(2001).at(-1)!;
    expect(report.payload.text).toBe(
      [
        h.t("dr-nudge", { period: "Oktober 2026", sent: 1, total: 2 }),
        h.t("dr-missed", { failed: 1, blocked: 0 }),
      ].join("\n"),
    );
    const button = report.payload.reply_markup.inline_keyboard[0][0];
    expect(button.text).toBe(h.t("dr-btn-failed", { count: 1 }));
    // the list: the ketua who did not get it, and why in plain words
    await budi.pressRaw(button.callback_data, report.payload.message_id ?? 1);
    const list = budi.lastText()!;
    expect(list).toBe(
      [
        h.t("dr-list-title", { total: 1, page: 1, pages: 1 }),
        h.t("dr-list-line", { n: 1, name: "Ketua 5002", reason: h.t("dr-reason-not_found") }),
      ].join("\n"),
    );
    // someone else's report: refused and audited
    const ani = h.user(2002);
    await ani.pressRaw(button.callback_data, 1);
    expect(answers(h).at(-1)).toBe(h.t("error-not-allowed"));
    expect(await h.prisma.auditLog.count({ where: { entity: "DeliveryReport" } })).toBe(1);
  });

  it("the list is paged within 600 characters and pages are edited in place", async () => {
    const p = await people(h);
    const group = "nudge:test:1";
    const rows = [];
    for (let i = 0; i < 9; i++) {
      const c = await coop(h, 6000 + i, p.budi.id, `Koperasi ${i}`);
      await h.prisma.user.update({
        where: { id: c.ketua.id },
        data: { fullName: `Ketua Koperasi Desa Merah Putih Nomor ${i} dengan nama panjang sekali` },
      });
      rows.push({ key: `t:${i}`, chatId: 6000 + i, text: "x", group });
    }
    await enqueueMany(h.prisma, rows, h.clock.now());
    await h.prisma.outbox.updateMany({ where: { group }, data: { status: "FAILED", error: "502 Bad Gateway" } });
    await createDeliveryReport(h.prisma, {
      group,
      kind: "nudge",
      ownerId: p.budi.id,
      vars: { period: "2026-10" },
      now: h.clock.now(),
    });
    const id = (await h.prisma.deliveryReport.findFirstOrThrow()).id;
    const budi = h.user(2001);
    await budi.pressRaw(failedListCb.pack("r", id, 0), 1);
    const first = budi.lastText()!;
    expect(first.split("\n")[0]).toBe(h.t("dr-list-title", { total: 9, page: 1, pages: 2 }));
    expect(first.length).toBeLessThanOrEqual(600);
    expect(first).toContain(h.t("dr-reason-network"));
    await budi.press((l) => l === h.t("dr-btn-next"));
    const edit = h.fake.byMethod("editMessageText").at(-1)!;
    expect(String(edit.payload.text).split("\n")[0]).toBe(h.t("dr-list-title", { total: 9, page: 2, pages: 2 }));
    expect(String(edit.payload.text).length).toBeLessThanOrEqual(600);
  });
});
