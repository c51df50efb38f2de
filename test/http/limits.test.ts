// The HTTP server cuts off clients that send headers or a body too slowly (408 and the socket closed),
// and compares the webhook secret in constant time.
import { describe, it, expect, afterEach } from "vitest";
import net from "node:net";
import { startHttpServer, secretMatches } from "../../src/http/server.ts";
import { createLogger } from "../../src/logger.ts";
import type { Bot } from "grammy";
import type { Ctx } from "../../src/bot/context.ts";

const closers: Array<() => Promise<void>> = [];
afterEach(async () => {
  while (closers.length) await closers.pop()!();
});

async function server() {
  const s = await startHttpServer({
    port: 0,
    host: "127.0.0.1",
    logger: createLogger("silent"),
    ping: async () => {},
    timeouts: { headersMs: 200, requestMs: 400, checkEveryMs: 50 },
    webhook: { bot: {} as Bot<Ctx>, secret: "s3cret-token" }, // never reached: no update arrives whole
  });
  closers.push(s.close);
  return s.port;
}

/** Sends `head` and then nothing; resolves with what the server answered before closing the socket. */
function stall(port: number, head: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const sock = net.connect(port, "127.0.0.1", () => sock.write(head));
    let got = "";
    sock.on("data", (b) => (got += b.toString()));
    sock.on("close", () => resolve(got));
    sock.on("error", reject);
  });
}

describe("http server limits", () => {
  it("closes a connection whose headers never finish (408)", async () => {
    const port = await server();
    const answer = await stall(port, "POST /webhook HTTP/1.1\r\nHost: x\r\nX-Slow: ");
    expect(answer).toMatch(/^HTTP\/1\.1 408/);
  }, 10_000);

  it("closes a connection whose body never finishes (408)", async () => {
    const port = await server();
    const answer = await stall(
      port,
      "POST /webhook HTTP/1.1\r\nHost: x\r\nX-Telegram-Bot-Api-Secret-Token: s3cret-token\r\nContent-Length: 100\r\n\r\n{",
    );
    expect(answer).toMatch(/^HTTP\/1\.1 408/);
  }, 10_000);

  it("the secret matches only exactly, whatever the length", () => {
    expect(secretMatches("s3cret-token", "s3cret-token")).toBe(true);
    expect(secretMatches("s3cret-tokeN", "s3cret-token")).toBe(false);
    expect(secretMatches("s3cret", "s3cret-token")).toBe(false);
    expect(secretMatches("", "s3cret-token")).toBe(false);
    expect(secretMatches(undefined, "s3cret-token")).toBe(false);
    expect(secretMatches(["s3cret-token"], "s3cret-token")).toBe(false);
  });
});
