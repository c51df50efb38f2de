// The one way out (src/messages/outbound.ts): what each kind of message becomes in the Outbox table
// (keys, lanes, groups, methods), the recipient's language, and the blocked-user rule.
import { describe, it, expect, beforeEach } from "vitest";
import { createHarness, type Harness } from "../helpers/harness.ts";
import { createSender, sendMany, type Sender } from "../../src/messages/outbound.ts";

let h: Harness;
let out: Sender;
beforeEach(async () => {
  h = await createHarness({ autoDrain: false });
  out = createSender({ prisma: h.prisma, clock: h.clock, t: (l, k, v) => h.notifier.t(l, k, v) });
});

const rows = () =>
  h.prisma.outbox.findMany({
    orderBy: { id: "asc" },
    select: { key: true, chatId: true, method: true, lane: true, group: true, payload: true, attachmentId: true },
  });
const ada = { telegramId: 7001n, locale: "id" };
const eve = { telegramId: 7002n, locale: "en" };
const blocked = { telegramId: 7003n, locale: "id", blockedAt: new Date("2026-11-01T00:00:00Z") };

describe("send", () => {
  it("queues a text in the interactive lane under a fresh n:<uuid> key, rendered in the recipient's language", async () => {
    expect(await out.send(eve, (t) => ({ text: t("help-btn-reply") }))).toEqual({ ok: true, queued: 1 });
    const [r] = await rows();
    expect(r).toMatchObject({ chatId: 7002n, method: "sendMessage", lane: "interactive", group: null });
    expect(r!.key).toMatch(/^n:[0-9a-f-]{36}$/);
    expect(r!.payload).toEqual({ text: h.t("help-btn-reply", {}, "en") });
  });

  it("queues nothing for a person who blocked the bot and says so", async () => {
    expect(await out.send(blocked, { text: "x" }, { key: "k:1" })).toEqual({
      ok: false,
      blocked: true,
      error: "blocked",
    });
    expect(await rows()).toEqual([]);
  });

  it("queues a key once: the second send is ok with nothing new", async () => {
    expect(await out.send(ada, { text: "a" }, { key: "k:1", lane: "bulk", group: "g:1" })).toEqual({
      ok: true,
      queued: 1,
    });
    expect(await out.send(ada, { text: "b" }, { key: "k:1" })).toEqual({ ok: true, queued: 0 });
    expect(await rows()).toMatchObject([{ key: "k:1", lane: "bulk", group: "g:1", payload: { text: "a" } }]);
  });

  it("pages get keys <key>:p0, <key>:p1 with the buttons on the last", async () => {
    const kb = { inline_keyboard: [[{ text: "B", callback_data: "b" }]] };
    await out.send(ada, { pages: ["one", "two"], replyMarkup: kb }, { key: "pg" });
    expect((await rows()).map((r) => [r.key, r.payload])).toEqual([
      ["pg:p0", { text: "one" }],
      ["pg:p1", { text: "two", reply_markup: kb }],
    ]);
  });

  it("a text over 4,096 characters is split; the last piece keeps the key and the buttons", async () => {
    const kb = { inline_keyboard: [[{ text: "B", callback_data: "b" }]] };
    await out.send(ada, { text: "x".repeat(9000), replyMarkup: kb }, { key: "long" });
    const r = await rows();
    expect(r.map((x) => x.key)).toEqual(["long:part0", "long:part1", "long"]);
    expect(r.map((x) => (x.payload as { text: string }).text.length)).toEqual([4000, 4000, 1000]);
    expect((r[2]!.payload as { reply_markup?: unknown }).reply_markup).toEqual(kb);
    expect((r[0]!.payload as { reply_markup?: unknown }).reply_markup).toBeUndefined();
  });

  it("a list of parts: texts keyed <key>, <key>:2…, files and copies with their own keys; captions cut at 1,024", async () => {
    await out.send(
      ada,
      [
        { text: "a" },
        { text: "b" },
        { key: "doc", file: "document", fileId: "F1", caption: "c".repeat(1100) },
        { key: "cp", copyOf: { chatId: 5n, messageId: 9 } },
      ],
      { key: "set" },
    );
    const r = await rows();
    expect(r.map((x) => [x.key, x.method])).toEqual([
      ["set", "sendMessage"],
      ["set:2", "sendMessage"],
      ["doc", "sendDocument"],
      ["cp", "copyMessage"],
    ]);
    const doc = r[2]!.payload as { document: string; caption: string };
    expect(doc.document).toBe("F1");
    expect(doc.caption).toHaveLength(1024);
    expect(doc.caption.endsWith("…")).toBe(true);
    expect(r[3]!.payload).toEqual({ from_chat_id: 5, message_id: 9 });
  });
});

describe("sendMany", () => {
  it("queues everyone's messages in one go, leaving out who blocked the bot", async () => {
    const n = await sendMany(
      h.prisma,
      [
        { to: ada, message: { text: "a" }, key: "m:1", lane: "bulk", group: "m" },
        { to: blocked, message: { text: "b" }, key: "m:2", lane: "bulk", group: "m" },
        { to: eve, message: { text: "c" }, key: "m:3", lane: "bulk", group: "m" },
      ],
      h.clock.now(),
    );
    expect(n).toBe(2);
    expect((await rows()).map((r) => [r.key, r.chatId, r.lane])).toEqual([
      ["m:1", 7001n, "bulk"],
      ["m:3", 7002n, "bulk"],
    ]);
  });
});
