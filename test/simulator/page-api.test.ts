// The page's JSON API, HTML parse_mode, webhook delivery.
import { createServer, type IncomingMessage } from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { parseHtml } from "../../src/simulator/html.ts";
import type { Simulator } from "../../src/simulator/index.ts";
import { call, openUser, page, start } from "./helpers.ts";

let sim: Simulator;
beforeEach(async () => {
  sim = await start();
});
afterEach(async () => {
  await sim.close();
});

describe("page API", () => {
  it("serves the page and its assets", async () => {
    const html = await fetch(sim.url);
    expect(html.headers.get("content-type")).toContain("text/html");
    expect(await html.text()).toContain('<script type="module" src="/app.js">');
    expect((await fetch(`${sim.apiRoot}/app.js`)).headers.get("content-type")).toContain("javascript");
    expect((await fetch(`${sim.apiRoot}/style.css`)).status).toBe(200);
    const info = (await page(sim, "/sim/info")).json;
    expect(info.bot.username).toBe("tes_bot");
    expect(info.personas.map((p: { key: string }) => p.key)).toEqual(["budi"]);
  });

  it("sessions: personas, typed names (stable id), fresh users, resume by user_id", async () => {
    const budi = (await page(sim, "/sim/session", { persona: "budi" })).json;
    expect(budi.user).toEqual({
      id: 5_100_000_001,
      is_bot: false,
      first_name: "Budi",
      username: "budi_santoso",
      language_code: "id",
    });
    const a = await openUser(sim, { name: "Ni Made  Sari" });
    const b = await openUser(sim, { name: "ni made sari" });
    expect(a).toBe(b);
    const fresh1 = await openUser(sim);
    const fresh2 = await openUser(sim);
    expect(fresh1).not.toBe(fresh2);
    expect((await page(sim, "/sim/session", { user_id: fresh1 })).json.user.id).toBe(fresh1);
    expect((await page(sim, "/sim/session", { user_id: 42 })).status).toBe(404);
    expect((await page(sim, "/sim/session", { persona: "nobody" })).status).toBe(404);
    expect((await page(sim, "/sim/chats/42")).status).toBe(404);
  });

  it("a location shared on the page reaches the bot as message.location; bad coordinates are refused", async () => {
    const id = await openUser(sim);
    const sent = await page(sim, `/sim/chats/${id}/location`, { latitude: -0.0263, longitude: 109.3425 });
    expect(sent.json.message.location).toEqual({ latitude: -0.0263, longitude: 109.3425 });
    const u = (await call(sim, "getUpdates", {})).json.result[0];
    expect(u.message.location).toEqual({ latitude: -0.0263, longitude: 109.3425 });
    for (const bad of [{ latitude: 91, longitude: 0 }, { latitude: "", longitude: 1 }, { longitude: 1 }])
      expect((await page(sim, `/sim/chats/${id}/location`, bad)).status).toBe(400);
  });

  it("force_reply makes the next user message a reply", async () => {
    const id = await openUser(sim);
    await call(sim, "sendMessage", {
      chat_id: id,
      text: "Nama koperasi?",
      reply_markup: { force_reply: true, input_field_placeholder: "Nama" },
    });
    expect((await page(sim, `/sim/chats/${id}`)).json.placeholder).toBe("Nama");
    await page(sim, `/sim/chats/${id}/messages`, { text: "KDMP Sukamaju" });
    const u = (await call(sim, "getUpdates", {})).json.result[0];
    expect(u.message.reply_to_message).toMatchObject({ message_id: 1, text: "Nama koperasi?" });
  });

  it("a bot that remembers a higher offset from an earlier run still gets new updates", async () => {
    const id = await openUser(sim);
    await page(sim, `/sim/chats/${id}/messages`, { text: "halo" });
    const { json } = await call(sim, "getUpdates", { offset: 5000 });
    expect(json.result).toHaveLength(1);
    expect(json.result[0].update_id).toBe(5000);
  });
});

describe("HTML parse_mode", () => {
  it("turns tags into entities with UTF-16 offsets", () => {
    expect(parseHtml("🙂 <b>Rp&nbsp;1</b> &lt;<i>x</i>&gt; <a href='https://a.b/?q=1&amp;r=2'>t</a>")).toEqual({
      text: "🙂 Rp&nbsp;1 <x> t",
      entities: [
        { type: "bold", offset: 3, length: 9 },
        { type: "italic", offset: 14, length: 1 },
        { type: "text_link", offset: 17, length: 1, url: "https://a.b/?q=1&r=2" },
      ],
    });
    expect(parseHtml('<pre><code class="language-ts">let a</code></pre>').entities).toEqual([
      { type: "pre", offset: 0, length: 5, language: "ts" },
    ]);
  });

  it("rejects what Telegram rejects", () => {
    expect(() => parseHtml("a < b")).toThrow(/^Bad Request: can't parse entities: /);
    expect(() => parseHtml("<b>x</i>")).toThrow(/Unmatched end tag/);
    expect(() => parseHtml("<div>x</div>")).toThrow(/Unsupported start tag "div"/);
  });
});

describe("webhook", () => {
  it("delivers updates to the webhook URL with the secret and runs a webhook reply", async () => {
    const received: { secret: string | undefined; body: { message?: { chat: { id: number } } } }[] = [];
    const hook = createServer((req: IncomingMessage, res) => {
      let data = "";
      req.on("data", (c: Buffer) => (data += c));
      req.on("end", () => {
        const body = JSON.parse(data);
        received.push({ secret: req.headers["x-telegram-bot-api-secret-token"] as string | undefined, body });
        res.writeHead(200, { "content-type": "application/json" });
        res.end(JSON.stringify({ method: "sendMessage", chat_id: body.message.chat.id, text: "dari webhook" }));
      });
    });
    await new Promise<void>((r) => hook.listen(0, "127.0.0.1", r));
    try {
      const url = `http://127.0.0.1:${(hook.address() as AddressInfo).port}/hook`;
      expect((await call(sim, "setWebhook", { url, secret_token: "rahasia-1234567890" })).json.result).toBe(true);
      expect((await call(sim, "getWebhookInfo")).json.result.url).toBe(url);
      expect((await call(sim, "getUpdates")).status).toBe(409);
      const id = await openUser(sim);
      await page(sim, `/sim/chats/${id}/messages`, { text: "halo" });
      for (let i = 0; i < 100 && (await page(sim, `/sim/chats/${id}`)).json.messages.length < 2; i++)
        await new Promise((r) => setTimeout(r, 20));
      expect(received).toHaveLength(1);
      expect(received[0]!.secret).toBe("rahasia-1234567890");
      const msgs = (await page(sim, `/sim/chats/${id}`)).json.messages;
      expect(msgs.map((m: { text: string }) => m.text)).toEqual(["halo", "dari webhook"]);
      await call(sim, "deleteWebhook");
      expect((await call(sim, "getUpdates")).json).toEqual({ ok: true, result: [] });
    } finally {
      hook.close();
    }
  });
});
