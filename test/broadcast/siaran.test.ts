// /siaran end to end on the real bot, the fake Bot API and the outbox worker: compose with
// formatting, filters with the dry-run count, preview, confirm; the rows materialised equal the
// count and are delivered once each; progress, final report and the "Diterima ✔" button.
import { describe, it, expect, beforeEach } from "vitest";
import { createHarness, type Harness } from "../helpers/harness.ts";
import { ADMIN_ID } from "../features/help-fixtures.ts";
import { broadcastFixture } from "./fixtures.ts";
import {
  drain,
  finishWizard,
  label,
  outboxRows,
  progressJob,
  sendPhotoWithCaption,
  sendWithEntities,
  shownCount,
} from "./helpers.ts";
import { ackCb } from "../../src/bot/features/broadcast/index.ts";

let h: Harness;
// the first harness of a worker builds the database (slow on a busy machine)
beforeEach(async () => {
  h = await createHarness({ autoDrain: false });
  await broadcastFixture(h);
}, 180_000);

const TEXT = "Pelatihan pembukuan Kamis 5 Desember";
const ENTITIES = [
  { type: "bold" as const, offset: 0, length: 10 },
  { type: "italic" as const, offset: 20, length: 5 },
];

describe("/siaran", () => {
  it("sends a formatted text to the filtered audience exactly once each: count = rows = delivered", async () => {
    const admin = h.user(ADMIN_ID, "Admin");
    await admin.command("siaran");
    expect(admin.lastText()).toContain(h.t("step-header", { step: 1, total: 5 }));
    await sendWithEntities(h, admin, TEXT, ENTITIES);
    // ketua only, in Kabupaten Kubu Raya: province by search, then kab/kota, then "whole kab"
    await admin.press(label(h, "bc-btn-roles"));
    await admin.press(label(h, "bc-aud-KETUA"));
    await admin.press(label(h, "bc-btn-done"));
    await admin.press(label(h, "bc-btn-region"));
    await admin.send("kalimantan bar");
    await admin.press((l) => l === "Kalimantan Barat");
    await admin.press((l) => l === "Kabupaten Kubu Raya");
    await admin.press(label(h, "bc-region-whole", { name: "Kabupaten Kubu Raya" }));
    const count = shownCount(admin);
    expect(count).toBe(3); // ketua of Ambarawa, Batu Ampar, Kuala Mandor (blocked/erased/unconsented are not counted)
    await admin.press(label(h, "bc-btn-next"));
    await admin.press(label(h, "bc-ack-yes"));
    await admin.press(label(h, "bc-when-now"));
    // the preview is the message as recipients get it: same text, same entities, same button label
    const preview = h.fake
      .byMethod("sendMessage")
      .filter((c) => c.payload.chat_id === ADMIN_ID)
      .at(-2)!;
    expect(preview.payload.text).toBe(TEXT);
    expect(preview.payload.entities).toEqual(ENTITIES);
    expect(preview.payload.reply_markup.inline_keyboard[0][0].text).toBe(h.t("bc-ack-button"));
    expect(admin.lastText()).toContain(
      h.t("bc-confirm", { count: 3, filters: "X", when: "Y", ack: h.t("bc-yes") }).split("\n")[0],
    );
    await admin.press(label(h, "bc-btn-send"));

    const b = await h.prisma.broadcast.findFirstOrThrow();
    expect([b.status, b.recipients, b.ack]).toEqual(["SENDING", 3, true]);
    const rows = await outboxRows(h, b.id);
    expect(rows.map((r) => Number(r.chatId))).toEqual([5001, 5002, 5003]);
    expect(rows.every((r) => r.lane === "bulk" && r.group === `bc:${b.id}`)).toBe(true);
    expect(b.progressMessageId).not.toBeNull();

    h.fake.clear();
    await drain(h);
    const sent = h.fake.byMethod("sendMessage");
    expect(sent.map((c) => Number(c.payload.chat_id)).sort()).toEqual([5001, 5002, 5003]);
    for (const c of sent) {
      expect(c.payload.text).toBe(TEXT);
      expect(c.payload.entities).toEqual(ENTITIES);
      expect(c.payload.reply_markup.inline_keyboard[0][0]).toEqual({
        text: h.t("bc-ack-button"),
        callback_data: ackCb.pack(b.id),
      });
    }
    // draining again sends nothing more
    await drain(h);
    expect(h.fake.byMethod("sendMessage")).toHaveLength(3);

    // the progress job edits the admin's message, finishes the broadcast and queues one final report
    h.fake.clear();
    expect(await progressJob(h)).toEqual({ updated: 1, finished: 1 });
    const edit = h.fake.byMethod("editMessageText").find((c) => c.payload.message_id === b.progressMessageId)!;
    expect(edit.payload.text).toContain("Terkirim: 3 · Gagal: 0 · Memblokir bot: 0");
    expect(await progressJob(h)).toEqual({ updated: 0, finished: 0 });
    await drain(h);
    expect(admin.lastText()).toBe(
      h.t("bc-final", { icon: "✅", id: b.id, sent: 3, recipients: 3, failed: 0, blocked: 0 }) +
        "\n" +
        h.t("bc-progress-acks", { acks: 0 }),
    );
    expect((await h.prisma.broadcast.findUniqueOrThrow({ where: { id: b.id } })).status).toBe("DONE");
    for (const text of admin.texts()) expect(text.length).toBeLessThanOrEqual(600);
  });

  it("counts the acknowledgement button once per recipient and refuses forged presses", async () => {
    const admin = h.user(ADMIN_ID, "Admin");
    await admin.command("siaran");
    await admin.send("Batas laporan 10 Desember");
    await admin.press(label(h, "bc-btn-roles"));
    await admin.press(label(h, "bc-aud-KETUA"));
    await admin.press(label(h, "bc-btn-done"));
    await finishWizard(h, admin, { ack: true });
    const b = await h.prisma.broadcast.findFirstOrThrow();
    await drain(h);
    const ketua = h.user(5001, "Ketua");
    await ketua.press(ackCb.pack(b.id));
    expect(h.fake.calls.at(-1)!.payload.text).toBe(h.t("bc-ack-thanks"));
    await ketua.press(ackCb.pack(b.id));
    expect(h.fake.calls.at(-1)!.payload.text).toBe(h.t("bc-ack-again"));
    // a PMO was not a recipient (ketua only): forged data is refused and counts nothing
    const pmo = h.user(2101, "PMO");
    await pmo.pressRaw(ackCb.pack(b.id), 1);
    expect(h.fake.calls.at(-1)!.payload).toMatchObject({ text: h.t("error-not-allowed"), show_alert: true });
    await ketua.pressRaw(ackCb.pack(b.id + 1), 1);
    await ketua.pressRaw("bca:abc", 1);
    expect(await h.prisma.broadcastAck.count()).toBe(1);
    h.fake.clear();
    await admin.command("siaran_status");
    expect(admin.lastText()).toContain(h.t("bc-status-line-acks", { acks: 1 }));
  });

  it("sends one photo with its caption and caption entities", async () => {
    const admin = h.user(ADMIN_ID, "Admin");
    await admin.command("siaran");
    const capEntities = [{ type: "bold" as const, offset: 0, length: 6 }];
    await sendPhotoWithCaption(h, admin, "poster-1", "Poster pelatihan", capEntities);
    await admin.press(label(h, "bc-btn-roles"));
    await admin.press(label(h, "bc-aud-DINAS"));
    await admin.press(label(h, "bc-btn-done"));
    expect(shownCount(admin)).toBe(2);
    await finishWizard(h, admin);
    const preview = h.fake.lastTo(ADMIN_ID, "sendPhoto")!;
    expect(preview.payload).toMatchObject({
      photo: "poster-1",
      caption: "Poster pelatihan",
      caption_entities: capEntities,
    });
    h.fake.clear();
    await drain(h);
    const sent = h.fake.byMethod("sendPhoto");
    expect(sent.map((c) => Number(c.payload.chat_id)).sort()).toEqual([2201, 2202]);
    for (const c of sent)
      expect(c.payload).toMatchObject({
        photo: "poster-1",
        caption: "Poster pelatihan",
        caption_entities: capEntities,
      });
  });

  it("rejects a caption over 600 characters and an unsupported message, then asks again", async () => {
    const admin = h.user(ADMIN_ID, "Admin");
    await admin.command("siaran");
    await admin.send("x".repeat(601));
    expect(admin.texts().at(-2)).toBe(h.t("bc-compose-too-long", { length: 601, max: 600 }));
    await admin.sendSticker();
    expect(admin.texts().at(-2)).toBe(h.t("bc-compose-kind"));
    expect(admin.lastText()).toContain(h.t("step-header", { step: 1, total: 5 }));
    for (const text of admin.texts()) expect(text.length).toBeLessThanOrEqual(600);
  });
});
