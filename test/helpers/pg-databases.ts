// Throw-away PostgreSQL databases beside TEST_DATABASE_URL's, for tests that start processes of their
// own on a database of their own (test/e2e/workers.test.ts, test/outbox/peer-wake.test.ts).
import pg from "pg";

/** Runs `fn` on a connection to the base database (`baseUrl`), closed afterwards. */
export async function pgAdmin<T>(baseUrl: string, fn: (c: pg.Client) => Promise<T>): Promise<T> {
  const c = new pg.Client({ connectionString: baseUrl });
  await c.connect();
  try {
    return await fn(c);
  } finally {
    await c.end();
  }
}

/** A new, empty database "<base>_<tag>_<pid>" (one a crashed run left is dropped first): its URL and name. */
export async function freshDatabase(baseUrl: string, tag: string): Promise<{ url: string; name: string }> {
  const url = new URL(baseUrl);
  const name = `${url.pathname.slice(1) || "test"}_${tag}_${process.pid}`.replace(/[^a-zA-Z0-9_]/g, "_");
  await pgAdmin(baseUrl, async (c) => {
    await c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await c.query(`CREATE DATABASE "${name}"`);
  });
  url.pathname = `/${name}`;
  return { url: url.toString(), name };
}

/** Drops databases made by freshDatabase, their connections forced off. */
export function dropDatabases(baseUrl: string, names: readonly string[]): Promise<void> {
  return pgAdmin(baseUrl, async (c) => {
    for (const d of names) await c.query(`DROP DATABASE IF EXISTS "${d}" WITH (FORCE)`);
  });
}

/** Polls `fn` every 25 ms until it gives a value (not undefined or false); on time-out, throws with `log()`. */
export async function until<T>(
  fn: () => T | undefined | false,
  what: string,
  log: () => string,
  ms = 60_000,
): Promise<T> {
  const end = Date.now() + ms;
  for (;;) {
    const v = fn();
    if (v !== undefined && v !== false) return v as T;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}\n${log()}`);
    await new Promise((r) => setTimeout(r, 25));
  }
}
