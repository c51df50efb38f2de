// Fault-suite helpers: a throwaway PostgreSQL cluster of our own (initdb/pg_ctl on a free port in
// a temp dir, run as the postgres user when we are root), the simulator's page API as a chat, and
// the real bot as a child process.
import { execFileSync, spawn, type ChildProcess } from "node:child_process";
import { chmodSync, chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import type { Simulator } from "../../src/simulator/index.ts";

export const ROOT = path.resolve(import.meta.dirname, "../..");

function pgBin(): string | undefined {
  const base = "/usr/lib/postgresql";
  if (!existsSync(base)) return undefined;
  const v = readdirSync(base).sort((a, b) => Number(b) - Number(a))[0];
  return v && existsSync(path.join(base, v, "bin", "initdb")) ? path.join(base, v, "bin") : undefined;
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once("error", reject);
    s.listen(0, "127.0.0.1", () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => resolve(port));
    });
  });
}

export interface PgCluster {
  url: string;
  port: number;
  stop(): void;
  start(): void;
  destroy(): void;
}

/** undefined (with the reason) when this machine has no PostgreSQL binaries or no way to run them. */
export async function pgCluster(): Promise<PgCluster | string> {
  const bin = pgBin();
  if (!bin) return "no PostgreSQL server binaries under /usr/lib/postgresql/*/bin";
  const asRoot = process.getuid?.() === 0;
  const dir = mkdtempSync(path.join(tmpdir(), "kdkmp-pg-"));
  const data = path.join(dir, "data");
  const uid = asRoot ? Number(execFileSync("id", ["-u", "postgres"]).toString().trim()) : undefined;
  const gid = asRoot ? Number(execFileSync("id", ["-g", "postgres"]).toString().trim()) : undefined;
  if (asRoot) {
    chmodSync(dir, 0o755);
    chownSync(dir, uid!, gid!);
  }
  const run = (cmd: string, args: string[]) =>
    asRoot
      ? execFileSync(
          "su",
          ["postgres", "-s", "/bin/sh", "-c", [path.join(bin, cmd), ...args].map((a) => `'${a}'`).join(" ")],
          { stdio: "pipe" },
        )
      : execFileSync(path.join(bin, cmd), args, { stdio: "pipe" });
  try {
    run("initdb", ["-D", data, "-A", "trust", "-U", "postgres", "--no-sync"]);
  } catch (e) {
    rmSync(dir, { recursive: true, force: true });
    return `initdb failed: ${(e as { stderr?: Buffer }).stderr?.toString() ?? (e as Error).message}`;
  }
  const port = await freePort();
  const opts = `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off`;
  const cluster: PgCluster = {
    url: `postgresql://postgres@127.0.0.1:${port}/postgres`,
    port,
    start: () => void run("pg_ctl", ["-D", data, "-o", opts, "-l", path.join(dir, "log"), "-w", "start"]),
    stop: () => void run("pg_ctl", ["-D", data, "-m", "immediate", "-w", "stop"]),
    destroy() {
      try {
        cluster.stop();
      } catch {
        /* not running */
      }
      rmSync(dir, { recursive: true, force: true });
    },
  };
  cluster.start();
  return cluster;
}

export async function until<T>(
  fn: () => Promise<T | undefined | false> | T | undefined | false,
  what: string,
  ms = 120_000,
): Promise<T> {
  const end = Date.now() + ms;
  for (;;) {
    const v = await fn();
    if (v !== undefined && v !== false) return v as T;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

export interface PageMessage {
  message_id: number;
  outgoing: boolean;
  text?: string;
  inline_keyboard?: Array<Array<{ text: string; callback_data?: string }>>;
}

/** One user's chat on the simulator's page API. */
export async function simChat(sim: Simulator, body: unknown = { fresh: true }) {
  const api = async (p: string, b?: unknown) => {
    const r = await fetch(
      `${sim.url.replace(/\/$/, "")}${p}`,
      b === undefined
        ? {}
        : { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(b) },
    );
    return (await r.json()) as any;
  };
  const session = await api("/sim/session", body);
  const id = session.user.id as number;
  const messages = async (): Promise<PageMessage[]> => (await api(`/sim/chats/${id}`)).messages as PageMessage[];
  const botMessages = async () => (await messages()).filter((m) => m.outgoing);
  return {
    id,
    send: (text: string) => api(`/sim/chats/${id}/messages`, { text }),
    press: (message_id: number, data: string) => api(`/sim/chats/${id}/callback`, { message_id, data }),
    contact: (phone_number: string) => api(`/sim/chats/${id}/contact`, { phone_number }),
    messages,
    botMessages,
    /** waits for a bot message after the `after`-th one matching pred */
    async waitFor(pred: (m: PageMessage) => boolean, what: string, after = 0, ms?: number): Promise<PageMessage> {
      return until(async () => (await botMessages()).slice(after).find(pred), what, ms);
    },
    async botCount() {
      return (await botMessages()).length;
    },
  };
}

export type Child = ChildProcess & { log: () => string };
const children: Child[] = [];

export function startBotProcess(env: Record<string, string>): Child {
  const child = spawn(process.execPath, ["--import", "tsx", "src/main.ts"], {
    cwd: ROOT,
    env: { ...process.env, PORT: "0", LOG_LEVEL: "info", DATABASE_URL: "", ...env },
    stdio: ["ignore", "pipe", "pipe"],
    detached: true,
  }) as Child;
  let log = "";
  child.stdout!.on("data", (b: Buffer) => (log += b.toString()));
  child.stderr!.on("data", (b: Buffer) => (log += b.toString()));
  child.log = () => log;
  children.push(child);
  return child;
}

export function exitOf(child: ChildProcess): Promise<{ code: number | null; signal: NodeJS.Signals | null }> {
  return new Promise((r) =>
    child.exitCode !== null || child.signalCode !== null
      ? r({ code: child.exitCode, signal: child.signalCode })
      : child.once("exit", (code, signal) => r({ code, signal })),
  );
}

export function killAllChildren(): void {
  for (const c of children) {
    try {
      process.kill(-c.pid!, "SIGKILL");
    } catch {
      /* gone */
    }
  }
}
