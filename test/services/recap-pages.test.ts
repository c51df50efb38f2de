// Keyset pages of the recap file's rows (src/services/recap/rows.ts): every row once, in order,
// with the next page already requested while the caller handles the current one.
import { describe, it, expect } from "vitest";
import { pages } from "../../src/services/recap/rows.ts";

const ROWS = Array.from({ length: 7 }, (_, i) => ({ id: (i + 1) * 10 }));

function source(fail?: number) {
  const calls: number[] = [];
  const fetch = async (after: number) => {
    calls.push(after);
    if (after === fail) throw new Error("database gone");
    return ROWS.filter((r) => r.id > after).slice(0, 3);
  };
  return { calls, fetch };
}

describe("recap row pages", () => {
  it("yield every row once, in order, and ask for the next page before the caller is done", async () => {
    const { calls, fetch } = source();
    const seen: number[] = [];
    for await (const page of pages(fetch, 3)) {
      // the read-ahead for the page after a full one is already out
      if (page.length === 3) expect(calls).toContain(page.at(-1)!.id);
      seen.push(...page.map((r) => r.id));
    }
    expect(seen).toEqual(ROWS.map((r) => r.id));
    expect(calls).toEqual([0, 30, 60]); // the short last page ends it: no extra query
  });

  it("an exact multiple of the page size ends with one empty read", async () => {
    const { calls, fetch } = source();
    const seen: number[] = [];
    for await (const page of pages(async (after) => (await fetch(after)).filter((r) => r.id <= 60), 3))
      seen.push(...page.map((r) => r.id));
    expect(seen).toEqual([10, 20, 30, 40, 50, 60]);
    expect(calls).toEqual([0, 30, 60]);
  });

  it("a failed page fails the loop; a failed read-ahead nobody waits for is no unhandled rejection", async () => {
    const failing = source(30);
    await expect(
      (async () => {
        for await (const _ of pages(failing.fetch, 3));
      })(),
    ).rejects.toThrow("database gone");

    const abandoned = source(30);
    const unhandled: unknown[] = [];
    const onUnhandled = (e: unknown) => unhandled.push(e);
    process.on("unhandledRejection", onUnhandled);
    try {
      for await (const page of pages(abandoned.fetch, 3)) if (page.length) break; // stops after the first page
      await new Promise((r) => setTimeout(r, 20));
    } finally {
      process.off("unhandledRejection", onUnhandled);
    }
    expect(abandoned.calls).toEqual([0, 30]);
    expect(unhandled).toEqual([]);
  });
});
