// Long oversight lists stay within 600 characters per message and page without skipping anyone,
// even with long coop and BA names (the PMO's belum-lapor list of a whole kab/kota).
import { describe, it, expect, beforeEach } from "vitest";
import { createHarness, type Harness } from "../helpers/harness.ts";
import { windowOf } from "../../src/lib/text-window.ts";
import { coop, people } from "./fixtures.ts";

describe("windowOf", () => {
  it("shows fewer than the page size when lines are long, and continues from the first not shown", () => {
    const items = Array.from({ length: 7 }, (_, i) => `${"x".repeat(150)}${i}`);
    const w1 = windowOf(
      items,
      items.length,
      0,
      6,
      (s, n) => `${n}. ${s}`,
      (a, b) => [`${a}-${b}`],
    );
    expect(w1.text.length).toBeLessThanOrEqual(600);
    expect(w1.shown.length).toBe(3);
    expect(w1.next).toBe(3);
    expect(w1.prev).toBeNull();
    const w2 = windowOf(
      items.slice(3),
      items.length,
      3,
      6,
      (s, n) => `${n}. ${s}`,
      (a, b) => [`${a}-${b}`],
    );
    expect(w2.shown.map((x) => x.n)).toEqual([4, 5, 6]);
    expect(w2.text.split("\n")[0]).toBe("4-6");
  });
});

describe("long lists in the bot", () => {
  let h: Harness;
  beforeEach(async () => {
    h = await createHarness();
  });

  it("the PMO pages through 13 unreported coops with long names: every one listed once, each page ≤ 600", async () => {
    const p = await people(h);
    await h.prisma.user.update({
      where: { id: p.budi.id },
      data: { fullName: "Budi Santoso Wicaksono Pratama Putra" },
    });
    const names: string[] = [];
    for (let i = 0; i < 13; i++)
      names.push(
        (
          await coop(
            h,
            5100 + i,
            i % 2 ? p.budi.id : p.ani.id,
            `Koperasi Desa Merah Putih Sungai Ambawang Kuala Nomor ${String(i).padStart(2, "0")}`,
          )
        ).coop.name,
      );
    const pmo = h.user(2101);
    await pmo.pressRaw("ov:n:0:2026-10", 1001);
    const seen: string[] = [];
    for (let guard = 0; guard < 20; guard++) {
      const text = pmo.lastText()!;
      expect(text.length).toBeLessThanOrEqual(600);
      seen.push(...names.filter((n) => text.includes(n)));
      const next = pmo.buttons().find((b) => b.text === h.t("btn-next"));
      if (!next) break;
      await pmo.press(next.data);
    }
    expect(seen).toEqual([...names].sort((a, b) => a.localeCompare(b, "id")));
  });
});
