// The Bot API side of the simulator, driven over real HTTP like grammY would.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { Simulator } from "../../src/simulator/index.ts";
import { call, openUser, page, start } from "./helpers.ts";

let sim: Simulator;
beforeEach(async () => {
  sim = await start();
});
afterEach(async () => {
  await sim.close();
});

describe("simulator Bot API", () => {
  it("getMe returns the bot", async () => {
    const { status, json } = await call(sim, "getMe");
    expect(status).toBe(200);
    expect(json).toMatchObject({
      ok: true,
      result: { id: 999, is_bot: true, first_name: "Tes Bot", username: "tes_bot" },
    });
  });

  it("wrong token is 401, unknown method 404, malformed JSON 400 — all at once", async () => {
    const t0 = Date.now();
    const wrong = await call(sim, "getMe", undefined, "nope:token");
    expect(wrong).toEqual({ status: 401, json: { ok: false, error_code: 401, description: "Unauthorized" } });
    const unknown = await call(sim, "sendTelepathy", { chat_id: 1 });
    expect(unknown).toEqual({
      status: 404,
      json: { ok: false, error_code: 404, description: "Not Found: method not found" },
    });
    const res = await fetch(`${sim.apiRoot}/bot${sim.token}/sendMessage`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: "{not json",
    });
    expect(res.status).toBe(400);
    expect(await res.json()).toMatchObject({
      ok: false,
      error_code: 400,
      description: expect.stringMatching(/^Bad Request: /),
    });
    expect(Date.now() - t0).toBeLessThan(2000);
  });

  it("missing params and unknown chats are Bot-API-style 400s", async () => {
    const id = await openUser(sim);
    expect((await call(sim, "sendMessage", { text: "x" })).json).toEqual({
      ok: false,
      error_code: 400,
      description: "Bad Request: chat_id is empty",
    });
    expect((await call(sim, "sendMessage", { chat_id: id })).json.description).toBe(
      "Bad Request: message text is empty",
    );
    expect(await call(sim, "sendMessage", { chat_id: 123456, text: "halo" })).toEqual({
      status: 400,
      json: { ok: false, error_code: 400, description: "Bad Request: chat not found" },
    });
    const edit = await call(sim, "editMessageText", { chat_id: id, message_id: 77, text: "x" });
    expect(edit.json).toEqual({ ok: false, error_code: 400, description: "Bad Request: message to edit not found" });
    const html = await call(sim, "sendMessage", { chat_id: id, text: "<b>oops", parse_mode: "HTML" });
    expect(html.json.description).toMatch(/^Bad Request: can't parse entities/);
  });

  it("getUpdates long poll resolves when an update arrives, and offset confirms", async () => {
    const id = await openUser(sim);
    const t0 = Date.now();
    const poll = call(sim, "getUpdates", { timeout: 20 });
    await new Promise((r) => setTimeout(r, 150));
    await page(sim, `/sim/chats/${id}/messages`, { text: "/start abc" });
    const { json } = await poll;
    expect(Date.now() - t0).toBeLessThan(3000);
    expect(json.ok).toBe(true);
    expect(json.result).toHaveLength(1);
    const u = json.result[0];
    expect(u.message).toMatchObject({
      message_id: 1,
      text: "/start abc",
      entities: [{ type: "bot_command", offset: 0, length: 6 }],
      from: { id, is_bot: false, language_code: "id" },
      chat: { id, type: "private" },
    });
    expect(u.message.date).toBeLessThanOrEqual(Math.ceil(Date.now() / 1000));
    expect(u.message.date).toBeGreaterThan(1_600_000_000); // seconds, not ms

    // not confirmed yet: returned again, immediately
    expect((await call(sim, "getUpdates", { timeout: 10 })).json.result).toHaveLength(1);
    // confirmed: empty after the timeout
    const t1 = Date.now();
    expect((await call(sim, "getUpdates", { offset: u.update_id + 1, timeout: 1 })).json.result).toEqual([]);
    expect(Date.now() - t1).toBeGreaterThanOrEqual(900);
  });

  it("close() ends a pending long poll with []", async () => {
    const poll = call(sim, "getUpdates", { timeout: 30 });
    await new Promise((r) => setTimeout(r, 100));
    const closing = sim.close();
    expect((await poll).json).toEqual({ ok: true, result: [] });
    await closing;
  });

  it("sendMessage shows up in the page API, editMessageText replaces it, deleteMessage removes it", async () => {
    const id = await openUser(sim);
    const sent = await call(sim, "sendMessage", {
      chat_id: id,
      text: 'Halo <b>Budi</b> &amp; <a href="https://example.org">tautan</a>',
      parse_mode: "HTML",
      reply_markup: {
        inline_keyboard: [
          [
            { text: "Ya", callback_data: "yes" },
            { text: "Web", url: "https://example.org" },
          ],
        ],
      },
    });
    expect(sent.json.ok).toBe(true);
    const m = sent.json.result;
    expect(m).toMatchObject({
      message_id: 1,
      from: { id: 999, is_bot: true },
      chat: { id, type: "private" },
      text: "Halo Budi & tautan",
    });
    expect(m.entities).toEqual([
      { type: "bold", offset: 5, length: 4 },
      { type: "text_link", offset: 12, length: 6, url: "https://example.org" },
    ]);
    expect(m.reply_markup.inline_keyboard[0][0]).toEqual({ text: "Ya", callback_data: "yes" });

    let snap = (await page(sim, `/sim/chats/${id}`)).json;
    expect(snap.messages).toHaveLength(1);
    expect(snap.messages[0]).toMatchObject({
      message_id: 1,
      outgoing: true,
      text: "Halo Budi & tautan",
      raw: expect.stringContaining("<b>Budi</b>"),
      parse_mode: "HTML",
    });
    expect(snap.messages[0].inline_keyboard[0]).toHaveLength(2);

    const second = await call(sim, "sendMessage", {
      chat_id: String(id),
      text: "dua",
      reply_parameters: { message_id: 1 },
    });
    expect(second.json.result.message_id).toBe(2);
    expect(second.json.result.reply_to_message.message_id).toBe(1);

    const edited = await call(sim, "editMessageText", { chat_id: id, message_id: 1, text: "Sudah diubah" });
    expect(edited.json.result).toMatchObject({ message_id: 1, text: "Sudah diubah" });
    expect(edited.json.result.edit_date).toBeGreaterThan(0);
    expect(edited.json.result.reply_markup).toBeUndefined(); // no reply_markup given → keyboard removed, like Telegram
    const again = await call(sim, "editMessageText", { chat_id: id, message_id: 1, text: "Sudah diubah" });
    expect(again.json.description).toMatch(/^Bad Request: message is not modified/);

    snap = (await page(sim, `/sim/chats/${id}`)).json;
    expect(snap.messages.map((x: { message_id: number; text: string }) => [x.message_id, x.text])).toEqual([
      [1, "Sudah diubah"],
      [2, "dua"],
    ]);

    expect((await call(sim, "deleteMessage", { chat_id: id, message_id: 2 })).json).toEqual({ ok: true, result: true });
    expect((await call(sim, "deleteMessage", { chat_id: id, message_id: 2 })).json.description).toBe(
      "Bad Request: message to delete not found",
    );
    snap = (await page(sim, `/sim/chats/${id}`)).json;
    expect(snap.messages).toHaveLength(1);
  });

  it("a button press on the page becomes a callback_query for the right message; answer shows as a toast", async () => {
    const id = await openUser(sim, { persona: "budi" });
    expect(id).toBe(5_100_000_001);
    await call(sim, "sendMessage", { chat_id: id, text: "pertama" });
    await call(sim, "sendMessage", {
      chat_id: id,
      text: "Pilih",
      reply_markup: { inline_keyboard: [[{ text: "A", callback_data: "pick:a" }]] },
    });
    const press = await page(sim, `/sim/chats/${id}/callback`, { message_id: 2, data: "pick:a" });
    expect(press.json.ok).toBe(true);
    expect((await page(sim, `/sim/chats/${id}/callback`, { message_id: 1, data: "pick:a" })).status).toBe(400);

    const { json } = await call(sim, "getUpdates", { timeout: 1 });
    const q = json.result[0].callback_query;
    expect(q).toMatchObject({
      id: press.json.callback_query_id,
      data: "pick:a",
      from: { id, first_name: "Budi", username: "budi_santoso" },
    });
    expect(q.message).toMatchObject({ message_id: 2, text: "Pilih", chat: { id } });
    expect(typeof q.chat_instance).toBe("string");

    // the page listens on SSE: the answer arrives as a callback_answer event
    const events = await fetch(`${sim.apiRoot}/sim/chats/${id}/events`);
    const reader = events.body!.getReader();
    const seen: string[] = [];
    const readUntil = async (needle: string) => {
      const dec = new TextDecoder();
      while (!seen.join("").includes(needle)) {
        const { value, done } = await reader.read();
        if (done) break;
        seen.push(dec.decode(value));
      }
    };
    await readUntil('"type":"snapshot"');
    expect((await call(sim, "answerCallbackQuery", { callback_query_id: q.id, text: "Tersimpan" })).json).toEqual({
      ok: true,
      result: true,
    });
    await readUntil("Tersimpan");
    expect(seen.join("")).toContain('"type":"callback_answer"');
    await reader.cancel();
    expect((await call(sim, "answerCallbackQuery", { callback_query_id: q.id })).status).toBe(400);
  });

  it("reply keyboards, contact sharing and commands", async () => {
    const id = await openUser(sim, { name: "Wayan" });
    await call(sim, "sendMessage", {
      chat_id: id,
      text: "Bagikan nomor",
      reply_markup: {
        keyboard: [[{ text: "Kirim nomor", request_contact: true }], ["Batal"]],
        resize_keyboard: true,
        one_time_keyboard: true,
      },
    });
    let snap = (await page(sim, `/sim/chats/${id}`)).json;
    expect(snap.keyboard.keyboard).toEqual([[{ text: "Kirim nomor", request_contact: true }], [{ text: "Batal" }]]);
    const contact = await page(sim, `/sim/chats/${id}/contact`, { phone_number: "+6281234567890" });
    expect(contact.json.message.contact).toMatchObject({
      phone_number: "+6281234567890",
      first_name: "Wayan",
      user_id: id,
    });
    const upd = (await call(sim, "getUpdates", {})).json.result[0];
    expect(upd.message.contact).toEqual({ phone_number: "+6281234567890", first_name: "Wayan", user_id: id });
    await call(sim, "sendMessage", { chat_id: id, text: "Terima kasih", reply_markup: { remove_keyboard: true } });
    snap = (await page(sim, `/sim/chats/${id}`)).json;
    expect(snap.keyboard).toBeNull();

    await call(sim, "setMyCommands", { commands: [{ command: "start", description: "Mulai" }] });
    await call(sim, "setMyCommands", {
      commands: [{ command: "mulai", description: "Mulai (id)" }],
      language_code: "id",
    });
    expect((await call(sim, "getMyCommands", {})).json.result).toEqual([{ command: "start", description: "Mulai" }]);
    expect((await page(sim, `/sim/chats/${id}`)).json.commands).toEqual([
      { command: "mulai", description: "Mulai (id)" },
    ]);
    expect(
      (await call(sim, "setMyCommands", { commands: [{ command: "Bad Command", description: "x" }] })).json.description,
    ).toBe("Bad Request: BOT_COMMAND_INVALID");
    await call(sim, "deleteMyCommands", { language_code: "id" });
    expect((await page(sim, `/sim/chats/${id}`)).json.commands).toEqual([{ command: "start", description: "Mulai" }]);
  });

  it("misc methods answer like Telegram", async () => {
    const id = await openUser(sim);
    for (const m of ["deleteWebhook", "logOut", "close", "setChatMenuButton"])
      expect((await call(sim, m, {})).json).toEqual({ ok: true, result: true });
    expect((await call(sim, "sendChatAction", { chat_id: id, action: "typing" })).json.result).toBe(true);
    const fwdSrc = await call(sim, "sendMessage", { chat_id: id, text: "asli" });
    const copy = await call(sim, "copyMessage", {
      chat_id: id,
      from_chat_id: id,
      message_id: fwdSrc.json.result.message_id,
    });
    expect(copy.json.result).toEqual({ message_id: 2 });
    const fwd = await call(sim, "forwardMessage", { chat_id: id, from_chat_id: id, message_id: 1 });
    expect(fwd.json.result).toMatchObject({ message_id: 3, text: "asli", forward_origin: { type: "user" } });
  });
});
