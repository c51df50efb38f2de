// The real app as a process, against a Bot-API-compatible server (the simulator) through
// TELEGRAM_API_ROOT, as a new user would use it: /start answers with the consent step, a kill -9
// in the middle of registration and a restart resume at the same step, and SIGTERM through
// `npm start` stops it cleanly.
import { describe, it, expect, afterAll } from "vitest";
import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, rmSync, existsSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { startSimulator, type Simulator } from "../../src/simulator/index.ts";

const ROOT = path.resolve(import.meta.dirname, "../..");
const dirs: string[] = [];
const children: ChildProcess[] = [];
afterAll(() => {
  // never leave orphans: each child leads its own process group (npm → node), kill the group
  for (const c of children) {
    try {
      process.kill(-c.pid!, "SIGKILL");
    } catch {
      /* already gone */
    }
  }
  dirs.forEach((d) => rmSync(d, { recursive: true, force: true }));
});

interface PageMessage {
  message_id: number;
  outgoing: boolean;
  text?: string;
  inline_keyboard?: Array<Array<{ text: string; callback_data?: string }>>;
}

function startApp(sim: Simulator, dataDir: string, viaNpm = false): ChildProcess {
  const env = {
    ...process.env,
    BOT_TOKEN: sim.token,
    TELEGRAM_API_ROOT: sim.apiRoot,
    DATA_DIR: dataDir,
    DATABASE_URL: "",
    PORT: "0",
    LOG_LEVEL: "info",
  };
  const child = viaNpm
    ? spawn("npm", ["start", "--silent"], { cwd: ROOT, env, stdio: ["ignore", "pipe", "pipe"], detached: true })
    : spawn(process.execPath, ["--import", "tsx", "src/main.ts"], {
        cwd: ROOT,
        env,
        stdio: ["ignore", "pipe", "pipe"],
        detached: true,
      });
  children.push(child);
  let log = "";
  child.stdout!.on("data", (b: Buffer) => (log += b.toString()));
  child.stderr!.on("data", (b: Buffer) => (log += b.toString()));
  (child as ChildProcess & { log: () => string }).log = () => log;
  return child;
}

const logOf = (c: ChildProcess) => (c as ChildProcess & { log: () => string }).log();

async function until<T>(fn: () => Promise<T | undefined> | T | undefined, what: string, ms = 120_000): Promise<T> {
  const end = Date.now() + ms;
  for (;;) {
    const v = await fn();
    if (v !== undefined && v !== false) return v as T;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 30));
  }
}

function exitOf(child: ChildProcess): Promise<{ code: number | null; signal: NodeJS.Signals | null }> {
  return new Promise((r) =>
    child.exitCode !== null || child.signalCode !== null
      ? r({ code: child.exitCode, signal: child.signalCode })
      : child.once("exit", (code, signal) => r({ code, signal })),
  );
}

describe.skipIf(!!process.env.TEST_DATABASE_URL)("the bot as a process against a Bot-API-compatible server", () => {
  it("answers /start with consent, resumes after kill -9 mid-registration, stops cleanly on SIGTERM via npm start", async () => {
    const sim = await startSimulator({ port: 0 });
    const dataDir = mkdtempSync(path.join(tmpdir(), "kdkmp-e2e-"));
    dirs.push(dataDir);
    const api = async (p: string, body?: unknown) => {
      const r = await fetch(
        `${sim.url.replace(/\/$/, "")}${p}`,
        body === undefined
          ? {}
          : { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) },
      );
      return (await r.json()) as any;
    };
    try {
      const session = await api("/sim/session", { fresh: true });
      const chatId = session.user?.id ?? session.chat?.id ?? session.result?.user?.id;
      expect(typeof chatId).toBe("number");
      const messages = async (): Promise<PageMessage[]> => {
        const s = await api(`/sim/chats/${chatId}`);
        return (s.messages ?? s.result?.messages) as PageMessage[];
      };
      const botSaid = async (pred: (m: PageMessage) => boolean) =>
        (await messages()).filter((m) => m.outgoing).find(pred);

      let app = startApp(sim, dataDir);
      const diagnose = async (e: unknown) => {
        const chat = (await messages())
          .map((m) => `${m.outgoing ? "bot" : "user"}: ${m.text?.slice(0, 80)}`)
          .join("\n");
        throw new Error(
          `${(e as Error).message}\n--- chat ---\n${chat}\n--- app log (tail) ---\n${logOf(app).slice(-3000)}`,
        );
      };
      try {
        await until(() => /bot started/.test(logOf(app)) || undefined, "first start");
        const t0 = Date.now();
        await api(`/sim/chats/${chatId}/messages`, { text: "/start" });
        const consent = await until(() => botSaid((m) => !!m.text?.includes("UU PDP")), "the consent step");
        console.log(`/start → consent step in ${Date.now() - t0} ms`);
        expect(consent.inline_keyboard?.flat().map((b) => b.text)).toContain("✅ Setuju");
        await api(`/sim/chats/${chatId}/callback`, { message_id: consent.message_id, data: "~ok" });
        await until(() => botSaid((m) => !!m.text?.startsWith("Langkah 2 dari 7")), "the name step");
        await api(`/sim/chats/${chatId}/messages`, { text: "Siti Aminah" });
        await until(() => botSaid((m) => !!m.text?.startsWith("Langkah 3 dari 7")), "the phone step");

        app.kill("SIGKILL");
        await exitOf(app);
        app = startApp(sim, dataDir);
        await until(() => /bot started/.test(logOf(app)) || undefined, "restart after kill -9");
        await api(`/sim/chats/${chatId}/messages`, { text: "0812 3456 7890" });
        await until(
          () => botSaid((m) => !!m.text?.includes("+6281234567890")),
          "the phone to be accepted after the restart",
        );
        const step4 = await until(
          () => botSaid((m) => !!m.text?.startsWith("Langkah 4 dari 7")),
          "step 4 after the restart",
        );
        expect(step4.inline_keyboard?.flat().some((b) => b.callback_data?.startsWith("~p:"))).toBe(true);
        app.kill("SIGTERM");
        expect((await exitOf(app)).code).toBe(0);

        // npm start: SIGTERM to npm reaches the bot (the script execs node), which stops cleanly
        const viaNpm = startApp(sim, dataDir, true);
        await until(() => /bot started/.test(logOf(viaNpm)) || undefined, "start through npm");
        expect(existsSync(path.join(dataDir, "bot.lock"))).toBe(true);
        viaNpm.kill("SIGTERM");
        await exitOf(viaNpm);
        await until(() => !existsSync(path.join(dataDir, "bot.lock")) || undefined, "the lock to be released", 15_000);
        expect(logOf(viaNpm)).toMatch(/"msg":"stopped"/);
      } catch (e) {
        await diagnose(e);
      }
    } finally {
      await sim.close();
    }
  }, 400_000);
});
