// The demo personas are seeded users who have talked to the bot before: what the bot sends them on
// its own (a Dinas recap, a reminder) is delivered before anyone opens their page; a stranger's
// chat still does not exist until it is opened, as on Telegram.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { Simulator } from "../../src/simulator/index.ts";
import { PERSONAS, call, start } from "./helpers.ts";

let sim: Simulator;
beforeEach(async () => {
  sim = await start();
});
afterEach(async () => {
  await sim.close();
});

describe("persona chats", () => {
  it("a persona receives the bot's message before its page is opened; an unknown chat is refused", async () => {
    const budi = PERSONAS[0]!.telegramId;
    const sent = await call(sim, "sendMessage", { chat_id: budi, text: "Rekap bulanan" });
    expect(sent.json.ok).toBe(true);
    expect(sent.json.result.chat.id).toBe(budi);
    const stranger = await call(sim, "sendMessage", { chat_id: 5_100_000_999, text: "Halo" });
    expect(stranger.status).toBe(400);
    expect(stranger.json.description).toContain("chat not found");
  });
});
