// A broadcast after it starts: resuming after a restart (and a worker that died holding rows)
// without duplicates, /siaran_batal, a send-at time in the future (FakeClock), and who may do what.
import { describe, it, expect, beforeEach } from "vitest";
import { createHarness, type Harness } from "../helpers/harness.ts";
import { ADMIN_ID } from "../features/help-fixtures.ts";
import { w } from "../../src/bot/kit/index.ts";
import { startBroadcast, broadcastProgress, type Sender } from "../../src/services/broadcasts/index.ts";
import { cancelCb } from "../../src/bot/features/broadcast/manage.ts";
import { drainWith } from "../outbox/helpers.ts";
import { broadcastHarness, type BroadcastFixture } from "./fixtures.ts";
import { drain, finishWizard, label, outboxRows, progressJob, shownCount } from "./helpers.ts";

let h: Harness;
let f: BroadcastFixture;
// the first harness of a worker builds the database (slow on a busy machine)
beforeEach(async () => {
  ({ h, f } = await broadcastHarness());
}, 180_000);

const start = (sender: Sender, filter: object, text = "Pengumuman") =>
  startBroadcast(h.prisma, {
    sender,
    filter,
    content: { kind: "text", text },
    defaultLocale: "id",
    now: h.clock.now(),
    progressChatId: Number(f.adm.telegramId),
  });

/** How many broadcast messages each chat got. */
const perChat = (hh: Harness) => {
  const m = new Map<number, number>();
  for (const c of hh.fake.byMethod("sendMessage"))
    if (c.payload.text === "Pengumuman" && c.payload.chat_id !== ADMIN_ID)
      m.set(Number(c.payload.chat_id), (m.get(Number(c.payload.chat_id)) ?? 0) + 1);
  return m;
};

describe("broadcast delivery", () => {
  it("resumes after a restart and after a worker died holding rows: everyone exactly once", async () => {
    const r = await start(f.adm, { roles: [] });
    if (!r.ok) throw new Error(r.reason);
    expect(r.recipients).toBe(13);
    // the first instance sends a few, then "crashes": its drain stops at a deadline
    await drainWith(h, { budgetPerSecond: 2, bulkBatch: 2, deadline: new Date(h.clock.now().getTime() + 1500) });
    const first = perChat(h).size;
    expect(first).toBeGreaterThan(0);
    expect(first).toBeLessThan(13);
    // …and a worker that claimed two rows died before sending them (SENDING, lease running)
    const held = (await outboxRows(h, r.id)).filter((x) => x.status === "PENDING").slice(0, 2);
    await h.prisma.outbox.updateMany({
      where: { id: { in: held.map((x) => x.id) } },
      data: { status: "SENDING", nextAttemptAt: new Date(h.clock.now().getTime() + 60_000) },
    });

    // restart: a new bot on the same database and the same (fake) Telegram
    const h2 = await createHarness({ keepDb: true, clock: h.clock, fake: h.fake, autoDrain: false });
    await drainWith(h2);
    expect(perChat(h2).size).toBe(11); // the two held rows wait for their lease
    h.clock.advance(61_000);
    await drainWith(h2);
    const counts = perChat(h2);
    expect(counts.size).toBe(13);
    expect([...counts.values()].every((n) => n === 1)).toBe(true);
    expect((await outboxRows(h2, r.id)).every((x) => x.status === "SENT")).toBe(true);
    const p = await broadcastProgress(h2.prisma, r.id, h.clock.now(), 25);
    expect([p!.sent, p!.remaining, p!.failed]).toEqual([13, 0, 0]);
  });

  it("a confirm handled twice (same wizard token) starts one broadcast with one row per recipient", async () => {
    const go = () =>
      startBroadcast(h.prisma, {
        sender: f.adm,
        filter: { roles: ["KETUA"] },
        content: { kind: "text", text: "Pengumuman" },
        defaultLocale: "id",
        now: h.clock.now(),
        token: "run-1",
      });
    const [a, b] = [await go(), await go()];
    expect(a).toEqual(b);
    expect(await h.prisma.broadcast.count()).toBe(1);
    expect(await h.prisma.outbox.count()).toBe(5);
  });

  it("counts recipients who blocked the bot meanwhile as blocked, not sent", async () => {
    const r = await start(f.adm, { roles: ["DINAS"] });
    if (!r.ok) throw new Error(r.reason);
    h.fake.fail(
      "sendMessage",
      { error_code: 403, description: "Forbidden: bot was blocked by the user" },
      { chatId: 2202 },
    );
    await drain(h);
    const p = await broadcastProgress(h.prisma, r.id, h.clock.now(), 25);
    expect([p!.sent, p!.blocked, p!.remaining]).toEqual([1, 1, 0]);
  });

  it("/siaran_batal stops a broadcast in flight: nothing more is sent", async () => {
    const r = await start(f.adm, { roles: [] });
    if (!r.ok) throw new Error(r.reason);
    await drainWith(h, { budgetPerSecond: 2, bulkBatch: 2, deadline: new Date(h.clock.now().getTime() + 1500) });
    const before = perChat(h).size;
    const admin = h.user(ADMIN_ID, "Admin");
    // a PMO cannot stop the admin's broadcast, even with forged data
    const pmo = h.user(2101, "PMO");
    await pmo.command("siaran_batal", String(r.id));
    expect(pmo.lastText()).toBe(h.t("error-not-allowed"));
    await pmo.pressRaw(cancelCb.pack(r.id), 1);
    expect(h.fake.calls.at(-1)!.payload.text).toBe(h.t("error-not-allowed"));
    await admin.command("siaran_batal");
    await admin.press((l) => l.startsWith(`Hentikan #${r.id}`));
    const cancelled = 13 - before - (await outboxRows(h, r.id)).filter((x) => x.status === "SENDING").length;
    expect(admin.texts().some((x) => x === h.t("bc-cancel-done", { id: r.id, cancelled }))).toBe(true);
    await drain(h);
    expect(perChat(h).size).toBe(before);
    const p = await broadcastProgress(h.prisma, r.id, h.clock.now(), 25);
    expect([p!.status, p!.sent, p!.cancelled]).toEqual(["CANCELLED", before, cancelled]);
    await admin.command("siaran_batal", String(r.id));
    expect(admin.lastText()).toBe(h.t("bc-cancel-finished", { id: r.id }));
    await admin.command("siaran_status");
    expect(admin.lastText()).toContain(`#${r.id}`);
    expect(admin.lastText()).toContain(h.t("bc-status-CANCELLED"));
  });

  it("a send-at time in each recipient's zone is not sent early (WITA before WIB)", async () => {
    const admin = h.user(ADMIN_ID, "Admin");
    await admin.command("siaran");
    await admin.send("Pengumuman");
    await admin.press(label(h, "bc-btn-roles"));
    await admin.press(label(h, "bc-aud-KETUA"));
    await admin.press(label(h, "bc-btn-done"));
    expect(shownCount(admin)).toBe(5);
    await admin.press(label(h, "bc-btn-next"));
    await admin.press(label(h, "bc-ack-no"));
    await admin.press(label(h, "bc-when-later"));
    await admin.send("besok pagi"); // not a date: told the format, asked again
    expect(admin.texts().at(-2)).toBe(h.t("bc-when-bad"));
    await admin.send("23/11/2026 08.00"); // yesterday
    expect(admin.texts().at(-2)).toContain(h.t("bc-when-past", { example: "X" }).split(",")[0]!.slice(0, 20));
    await admin.send("25/11/2026 08.00");
    await admin.press(label(h, "bc-when-recipient"));
    await admin.press(label(h, "bc-btn-send"));
    const b = await h.prisma.broadcast.findFirstOrThrow();
    expect([b.sendAtLocal, b.sendAtZone]).toEqual(["2026-11-25T08:00", "RECIPIENT"]);

    await drain(h); // 24 November, 03:00 UTC: nothing yet
    expect(perChat(h).size).toBe(0);
    await progressJob(h);
    expect((await h.prisma.broadcast.findUniqueOrThrow({ where: { id: b.id } })).status).toBe("SENDING");
    h.clock.set("2026-11-24T23:59:00Z");
    await drain(h);
    expect(perChat(h).size).toBe(0);
    h.clock.set("2026-11-25T00:00:00Z"); // 08.00 WITA: Makassar
    await drain(h);
    expect([...perChat(h).keys()]).toEqual([5005]);
    h.clock.set("2026-11-25T00:59:00Z");
    await drain(h);
    expect(perChat(h).size).toBe(1);
    h.clock.set("2026-11-25T01:00:00Z"); // 08.00 WIB: Kalimantan Barat
    await drain(h);
    expect([...perChat(h).keys()].sort()).toEqual([5001, 5002, 5003, 5004, 5005]);
  });
});

describe("broadcast authorisation", () => {
  it("refuses pengurus and BA with a clear message", async () => {
    for (const id of [5001, 2001]) {
      const u = h.user(id);
      await u.command("siaran");
      expect(u.lastText()).toBe(h.t("bc-not-allowed"));
      await u.command("siaran_status");
      expect(u.lastText()).toBe(h.t("bc-not-allowed"));
    }
    expect(await h.prisma.broadcast.count()).toBe(0);
  });

  it("keeps a PMO inside their kab/kota: the region picker starts there and forged picks are refused", async () => {
    const pmo = h.user(2101, "PMO");
    await pmo.command("siaran");
    await pmo.send("Rapat koordinasi BA");
    expect(shownCount(pmo)).toBe(6);
    await pmo.press(label(h, "bc-btn-region"));
    expect(pmo.lastText()).toBe(h.t("bc-region-district", { page: 1, pages: 1 }));
    const prompt = pmo.keyboardMessage()!.messageId;
    await pmo.pressRaw(w("p:61.71.03"), prompt); // a kecamatan of Kota Pontianak
    expect(h.fake.calls.at(-1)!.payload.text).toBe(h.t("error-stale-button"));
    await pmo.send("pontianak"); // searching stays inside Kubu Raya
    expect(pmo.texts().at(-2)).toBe(h.t("kit-search-none", { query: "pontianak" }));
    await pmo.press((l) => l === "Batu Ampar");
    expect(shownCount(pmo)).toBe(5); // ketua of Ambarawa and Batu Ampar, the bendahara, the BA and the PMO of Kubu Raya
    await finishWizard(h, pmo);
    const b = await h.prisma.broadcast.findFirstOrThrow();
    const chats = (await outboxRows(h, b.id)).map((r) => Number(r.chatId));
    expect(chats.sort()).toEqual([2001, 2101, 5001, 5002, 5006]);
    // the service refuses a region outside their scope even when called directly
    expect(await start(f.pmo, { roles: [], region: "61.71" })).toEqual({ ok: false, reason: "out_of_scope" });
    expect(await start(f.ba, { roles: [] })).toEqual({ ok: false, reason: "not_allowed" });
  });
});
