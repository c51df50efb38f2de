// Issue 24.6: a broadcast in the simulator reaches every demo user. The demo data says its people
// registered, so on Telegram the bot could reach them; in the simulator their chats exist from the
// start (not only the personas'), messages wait there until the page is opened, and only a truly
// unknown chat id gets "chat not found". The demo admin sends /siaran to every pengurus; the outbox
// worker delivers through the simulator's Bot API; every recipient's chat holds the message.
import { Api } from "grammy";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createHarness, type Harness } from "../helpers/harness.ts";
import { drainAll } from "../helpers/drain.ts";
import { label, shownCount } from "../broadcast/helpers.ts";
import { STAFF, seedDemo } from "../../src/seed/demo.ts";
import { startSimulator, type Simulator } from "../../src/simulator/index.ts";
import { demoSimulatorOptions, openRegisteredChats } from "../../src/simulator/launch.ts";
import { call, page } from "./helpers.ts";

let h: Harness;
let sim: Simulator;
beforeEach(async () => {
  h = await createHarness({ autoDrain: false });
  await seedDemo(h.prisma, h.clock);
  sim = await startSimulator({ port: 0, ...demoSimulatorOptions(h.deps.config) });
}, 180_000);
afterEach(async () => {
  await sim.close();
});

const TEXT = "Pelatihan pembukuan Kamis 5 Desember di kantor kecamatan";
const ADMIN = Number(STAFF.find((s) => s.key === "admin")!.telegramId);

describe("a broadcast in the simulator", () => {
  it("the demo admin's /siaran to every pengurus arrives in every recipient's chat, opened or not", async () => {
    const admin = h.user(ADMIN, "Andi");
    await admin.command("siaran");
    await admin.send(TEXT);
    await admin.press(label(h, "bc-btn-roles"));
    await admin.press(label(h, "bc-aud-PENGURUS"));
    await admin.press(label(h, "bc-btn-done"));
    const count = shownCount(admin);
    expect(count).toBeGreaterThan(10);
    await admin.press(label(h, "bc-btn-next"));
    await admin.press(label(h, "bc-ack-no"));
    await admin.press(label(h, "bc-when-now"));
    await admin.press(label(h, "bc-btn-send"));

    const api = new Api(sim.token, { apiRoot: sim.apiRoot });
    const result = await drainAll(h, { api });
    const b = await h.prisma.broadcast.findFirstOrThrow();
    const rows = await h.prisma.outbox.findMany({ where: { group: `bc:${b.id}` } });
    expect(rows).toHaveLength(count);
    expect(rows.filter((r) => r.status !== "SENT").map((r) => [Number(r.chatId), r.status, r.error])).toEqual([]);
    expect(result.failed).toBe(0);
    for (const r of rows) {
      // the page of that person, opened only now, shows the message waiting there
      const snap = (await page(sim, "/sim/session", { user_id: Number(r.chatId) })).json;
      expect(snap.ok).toBe(true);
      const texts = (snap.messages as Array<{ outgoing: boolean; text?: string }>)
        .filter((m) => m.outgoing)
        .map((m) => m.text);
      expect(texts).toContain(TEXT);
    }
  }, 60_000);

  it("a demo user who is not a persona: typing their Telegram id on the page opens their chat", async () => {
    const snap = (await page(sim, "/sim/session", { name: "5100000005" })).json;
    expect(snap.user.id).toBe(5_100_000_005);
    // a number that is nobody's chat is just a typed name
    expect((await page(sim, "/sim/session", { name: "5100099999" })).json.user.id).not.toBe(5_100_099_999);
  });

  it("only a truly unknown chat id gets 'chat not found'; a user registered earlier is reachable", async () => {
    const stranger = await call(sim, "sendMessage", { chat_id: 5_100_099_999, text: "Halo" });
    expect(stranger.status).toBe(400);
    expect(stranger.json.description).toContain("chat not found");
    // someone who joined on the page before a restart is in the database, not in the demo list
    await h.prisma.user.create({ data: { telegramId: 6_123_456_789n, fullName: "Yanti Lestari" } });
    expect((await call(sim, "sendMessage", { chat_id: 6_123_456_789, text: "Halo" })).status).toBe(400);
    await openRegisteredChats(sim, h.prisma);
    const sent = await call(sim, "sendMessage", { chat_id: 6_123_456_789, text: "Halo" });
    expect(sent.json.ok).toBe(true);
    expect(sent.json.result.chat.first_name).toBe("Yanti");
  });
});
