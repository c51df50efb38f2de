// The outbound module's API on the worker's test DB with the fake Bot API: lanes (an interactive
// row overtakes 10,000 bulk rows), groups (progress, cancel), stored attachments (uploaded once as
// multipart, then sent by file id), entities and copyMessage payloads, outcome hooks with the sent
// message id, the wake signal, and a failed notification delivered on a later try.
import { describe, it, expect, beforeEach } from "vitest";
import { Api } from "grammy";
import { createHarness, type Harness } from "../helpers/harness.ts";
import {
  cancelGroup,
  drainOutbox,
  enqueue,
  enqueueMany,
  groupProgress,
  onOutboxWake,
  onOutcome,
  outcomeOf,
  storeAttachment,
  type Outcome,
} from "../../src/outbox/index.ts";
import { drainWith } from "./helpers.ts";

let h: Harness;
beforeEach(async () => {
  h = await createHarness();
});

const now = () => h.clock.now();

describe("lanes", () => {
  it("an interactive row enqueued behind 10,000 bulk rows is claimed and sent first", async () => {
    await enqueueMany(
      h.prisma,
      Array.from({ length: 10_000 }, (_, i) => ({
        key: `bc:1:${i}`,
        chatId: 1_000_000 + i,
        text: `b${i}`,
        lane: "bulk" as const,
        group: "bc:1",
      })),
      now(),
    );
    h.clock.advance(1000); // the relay comes later than every bulk row
    await enqueue(h.prisma, { key: "relay:1", chatId: 4242, text: "balasan BA" }, now());
    // stop the worker as soon as the first message went out
    const stop = new AbortController();
    const api = new Api("123:TEST", {
      fetch: (async (url: string, init: RequestInit) => {
        const r = await h.fake.fetch(url, init);
        stop.abort();
        return r;
      }) as never,
    });
    await drainOutbox({
      prisma: h.prisma,
      api,
      clock: h.clock,
      logger: h.deps.logger,
      sleep: async () => undefined,
      signal: stop.signal,
      concurrency: 1,
    });
    const sent = h.fake.byMethod("sendMessage");
    expect(sent).toHaveLength(1);
    expect(sent[0]!.payload.chat_id).toBe(4242);
    expect((await outcomeOf(h.prisma, "relay:1"))?.status).toBe("SENT");
    // nothing of the broadcast was lost on the way: every bulk row is still waiting
    expect(await groupProgress(h.prisma, "bc:1")).toEqual({
      pending: 10_000,
      sending: 0,
      sent: 0,
      failed: 0,
      skipped: 0,
      cancelled: 0,
      total: 10_000,
    });
  }, 120_000);

  it("bulk rows wait for due interactive rows in every batch; enqueueing interactive rows wakes the loop", async () => {
    let woken = 0;
    const off = onOutboxWake(() => (woken += 1));
    await enqueueMany(
      h.prisma,
      [0, 1, 2].map((i) => ({ key: `bulk${i}`, chatId: 100 + i, text: `b${i}`, lane: "bulk" as const })),
      now(),
    );
    expect(woken).toBe(0);
    await enqueue(h.prisma, { key: "i1", chatId: 200, text: "i" }, now());
    expect(woken).toBe(1);
    off();
    await drainWith(h, { sleep: async () => undefined });
    expect(h.fake.byMethod("sendMessage").map((c) => c.payload.chat_id)).toEqual([200, 100, 101, 102]);
  });
});

describe("groups", () => {
  it("counts a group's outcomes; cancelGroup stops what is not sent yet", async () => {
    await h.prisma.user.create({ data: { telegramId: 301n, consentAt: now(), blockedAt: now() } });
    await enqueueMany(
      h.prisma,
      [301, 302, 303].map((c) => ({
        key: `g:${c}`,
        chatId: c,
        text: "pengumuman",
        lane: "bulk" as const,
        group: "bc:7",
      })),
      now(),
    );
    h.fake.fail("sendMessage", { error_code: 400, description: "Bad Request: chat not found" }, { chatId: 303 });
    await drainWith(h, { sleep: async () => undefined });
    expect(await groupProgress(h.prisma, "bc:7")).toEqual({
      pending: 0,
      sending: 0,
      sent: 1,
      failed: 1,
      skipped: 1,
      cancelled: 0,
      total: 3,
    });
    await enqueueMany(
      h.prisma,
      [304, 305].map((c) => ({ key: `g:${c}`, chatId: c, text: "pengumuman", lane: "bulk" as const, group: "bc:7" })),
      now(),
    );
    expect(await cancelGroup(h.prisma, "bc:7")).toBe(2);
    h.fake.clear();
    await drainWith(h, { sleep: async () => undefined });
    expect(h.fake.calls).toHaveLength(0);
    expect(await groupProgress(h.prisma, "bc:7")).toMatchObject({ pending: 0, cancelled: 2, total: 5 });
    expect(await cancelGroup(h.prisma, "bc:7")).toBe(0);
  });
});

describe("payloads", () => {
  it("a stored attachment is uploaded once (multipart InputFile), then sent by Telegram's file id", async () => {
    const bytes = new TextEncoder().encode("PK fake xlsx bytes");
    const id = await storeAttachment(h.prisma, {
      filename: "rekap-2026-10.xlsx",
      mime: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
      bytes,
    });
    await enqueueMany(
      h.prisma,
      [401, 402].map((c) => ({
        key: `doc:${c}`,
        chatId: c,
        method: "sendDocument" as const,
        attachmentId: id,
        caption: "Rekap Oktober",
        lane: "bulk" as const,
      })),
      now(),
    );
    await drainWith(h, { sleep: async () => undefined, concurrency: 1 });
    const [first, second] = h.fake.byMethod("sendDocument");
    expect(first!.payload._multipart).toBe(true);
    expect(first!.payload.document).toEqual({ filename: "rekap-2026-10.xlsx", content: "PK fake xlsx bytes" });
    expect(first!.payload.caption).toBe("Rekap Oktober");
    const fileId = (await h.prisma.attachment.findUniqueOrThrow({ where: { id } })).fileId;
    expect(fileId).toMatch(/^doc-/);
    expect(second!.payload.document).toBe(fileId);
    expect((await outcomeOf(h.prisma, "doc:402"))?.status).toBe("SENT");
  });

  it("text keeps its entities (no parse_mode); photo by file id; copyMessage", async () => {
    const entities = [{ type: "bold" as const, offset: 0, length: 5 }];
    await enqueue(h.prisma, { key: "e1", chatId: 501, text: "Rapat besok", entities }, now());
    await enqueue(
      h.prisma,
      {
        key: "p1",
        chatId: 502,
        method: "sendPhoto",
        fileId: "photo-abc",
        caption: "Jadwal",
        captionEntities: entities,
      },
      now(),
    );
    await enqueue(
      h.prisma,
      { key: "c1", chatId: 503, method: "copyMessage", fromChatId: 900001, messageId: 77 },
      now(),
    );
    await drainWith(h, { sleep: async () => undefined });
    const msg = h.fake.byMethod("sendMessage")[0]!.payload;
    expect([msg.text, msg.entities, msg.parse_mode]).toEqual(["Rapat besok", entities, undefined]);
    const photo = h.fake.byMethod("sendPhoto")[0]!.payload;
    expect([photo.photo, photo.caption, photo.caption_entities]).toEqual(["photo-abc", "Jadwal", entities]);
    const copy = h.fake.byMethod("copyMessage")[0]!.payload;
    expect([copy.chat_id, copy.from_chat_id, copy.message_id]).toEqual([503, 900001, 77]);
    expect((await outcomeOf(h.prisma, "c1"))?.sentMessageId).toBeGreaterThan(1000);
  });
});

describe("outcomes", () => {
  it("the key's hook runs once the row is final, with the sent message id or the error", async () => {
    const seen: Array<Pick<Outcome, "key" | "status" | "sentMessageId" | "error">> = [];
    onOutcome("test-hook:", async (o, env) => {
      seen.push({ key: o.key, status: o.status, sentMessageId: o.sentMessageId, error: o.error });
      // the row is already final inside the hook's transaction
      expect((await env.tx.outbox.findUniqueOrThrow({ where: { key: o.key } })).status).toBe(o.status);
    });
    await enqueue(h.prisma, { key: "test-hook:ok", chatId: 601, text: "a" }, now());
    await enqueue(h.prisma, { key: "test-hook:gone", chatId: 602, text: "b" }, now());
    h.fake.fail("sendMessage", { error_code: 400, description: "Bad Request: chat not found" }, { chatId: 602 });
    await drainWith(h, { sleep: async () => undefined, concurrency: 1 });
    expect(seen).toEqual([
      { key: "test-hook:ok", status: "SENT", sentMessageId: 1001, error: null },
      { key: "test-hook:gone", status: "FAILED", sentMessageId: null, error: "400 Bad Request: chat not found" },
    ]);
  });

  it("a notification that failed (5xx) is delivered on a later try", async () => {
    const ba = await h.prisma.user.create({ data: { telegramId: 701n, consentAt: now(), locale: "id" } });
    h.fake.fail("sendMessage", { error_code: 502, description: "Bad Gateway" }, { chatId: 701 });
    expect(await h.notifier.send(ba, (t) => t("help-reason-error"))).toBe(true);
    await h.drain();
    const row = await h.prisma.outbox.findFirstOrThrow({ where: { chatId: 701n } });
    expect([row.status, row.error]).toEqual(["PENDING", "502 Bad Gateway"]);
    h.clock.advance(5_000); // the first backoff
    await h.drain();
    expect(h.fake.textsTo(701)).toEqual([h.t("help-reason-error"), h.t("help-reason-error")]);
    expect((await outcomeOf(h.prisma, row.key))?.status).toBe("SENT");
  });
});
