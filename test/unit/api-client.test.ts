// A keep-alive socket the Bot API server closed while our event loop was held (as by an embedded
// PGlite query): grammY's client writes the next request into it and gets ECONNRESET. With the
// bot's client options the request goes again on a new connection, also from the Api that
// @grammyjs/conversations builds for a wizard (same options, none of the bot's transformers).
import { describe, it, expect, beforeAll, afterAll } from "vitest";
import { spawn, type ChildProcess } from "node:child_process";
import { once } from "node:events";
import { Api, HttpError } from "grammy";
import { botClientOptions, resendOnReset } from "../../src/bot/api-client.ts";

// The server runs in a process of its own (as the Bot API or the simulator does), so it closes an
// idle connection on time while this process is held: after 100 ms, unannounced (no Keep-Alive
// header; Node's http server would close after its keepAliveTimeout + 1 s). Minimal HTTP/1.1 with
// keep-alive; it prints its port, then each method it serves.
const SERVER = `
const s = require("node:net").createServer((sock) => {
  let buf = "", idle;
  const arm = () => (clearTimeout(idle), (idle = setTimeout(() => sock.destroy(), 100)));
  arm();
  sock.on("data", (d) => {
    clearTimeout(idle);
    buf += d.toString("latin1");
    for (let i; (i = buf.indexOf("\\r\\n\\r\\n")) >= 0; ) {
      const head = buf.slice(0, i), len = Number(/content-length: *(\\d+)/i.exec(head)?.[1] ?? 0);
      if (buf.length < i + 4 + len) return;
      buf = buf.slice(i + 4 + len);
      process.stdout.write(head.split(" ")[1].split("/").pop() + "\\n");
      const body = '{"ok":true,"result":true}';
      sock.write("HTTP/1.1 200 OK\\r\\nContent-Type: application/json\\r\\nContent-Length: " + body.length + "\\r\\nConnection: keep-alive\\r\\n\\r\\n" + body);
      arm();
    }
  });
});
s.listen(0, "127.0.0.1", () => process.stdout.write("port " + s.address().port + "\\n"));`;

let server: ChildProcess;
let root = "";
let out = "";
/** the methods the server has served, up to a getMe sent now on a connection of its own */
async function served(): Promise<string[]> {
  await new Api("1:T", { apiRoot: root, baseFetchConfig: { agent: false } as never }).getMe();
  while (!out.includes("getMe")) await once(server.stdout!, "data");
  return out.split("\n").filter((l) => l && !l.startsWith("port ") && l !== "getMe");
}

beforeAll(async () => {
  server = spawn(process.execPath, ["-e", SERVER], { stdio: ["ignore", "pipe", "inherit"] });
  server.stdout!.on("data", (b: Buffer) => (out += b.toString()));
  while (!/port \d+/.test(out)) await once(server.stdout!, "data");
  root = `http://127.0.0.1:${/port (\d+)/.exec(out)![1]}`;
});
afterAll(() => void server.kill());

/** one call, then the event loop held past the server's idle timeout, then the next call at once */
async function callAfterStall(api: Api): Promise<unknown> {
  await api.raw.sendChatAction({ chat_id: 1, action: "typing" });
  const until = Date.now() + 600;
  while (Date.now() < until) {
    // held: the server's close of the idle socket is not seen
  }
  return api.raw.sendMessage({ chat_id: 1, text: "after the stall" });
}

describe("Bot API client options", () => {
  it("without them, the request written into the closed socket fails (the reset this guards against)", async () => {
    out = "";
    const err = await callAfterStall(new Api("1:T", { apiRoot: root })).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(HttpError);
    expect(String((err as HttpError).error)).toMatch(/ECONNRESET|EPIPE|socket hang up/);
    expect(await served()).toEqual(["sendChatAction"]);
  });

  it("a wizard's Api (bot options, no transformers) sends it again on a new connection, once", async () => {
    out = "";
    const botApi = new Api("1:T", botClientOptions(root));
    const wizardApi = new Api(botApi.token, botApi.options); // what the conversations plugin does
    expect(await callAfterStall(wizardApi)).toBe(true);
    expect(await served()).toEqual(["sendChatAction", "sendMessage"]);
  });

  it("other failures and upload bodies are not sent again", async () => {
    let calls = 0;
    const refused = Object.assign(new Error("connect ECONNREFUSED"), { code: "ECONNREFUSED" });
    const reset = Object.assign(new Error("socket hang up"), { code: "ECONNRESET" });
    const failing = (e: Error) => resendOnReset(async () => (calls++, Promise.reject(e)));
    await expect(failing(refused)("u", { body: "{}" })).rejects.toBe(refused);
    expect(calls).toBe(1);
    calls = 0;
    await expect(failing(reset)("u", { body: (async function* () {})() as never })).rejects.toBe(reset);
    expect(calls).toBe(1);
    calls = 0;
    await expect(failing(reset)("u", { body: "{}" })).rejects.toBe(reset);
    expect(calls).toBe(2);
  });
});
