// Ids in callback data and commands: every PostgreSQL integer passes, anything larger is refused.
import { describe, it, expect } from "vitest";
import { ID } from "../../src/lib/int-id.ts";
import { helpCb } from "../../src/messages/help/callback-data.ts";
import { parseAreaKey } from "../../src/services/recap/area.ts";

const MAX = 2 ** 31 - 1;

describe("ID pattern", () => {
  it("accepts 0…2147483647 and refuses larger numbers and non-digits", () => {
    for (const v of ["0", "1", "999999999", "1000000000", "2000000000", "2147483647", "2147483639"])
      expect(ID.test(v), v).toBe(true);
    for (const v of [
      "2147483648",
      "2147483650",
      "2148000000",
      "2200000000",
      "3000000000",
      "9999999999",
      "12345678901",
      "",
      "-1",
      "1e3",
    ])
      expect(ID.test(v), v).toBe(false);
    let seed = 12345; // a fixed pseudo-random walk over every digit count, plus the neighbourhood of the limit
    const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31);
    const values = Array.from({ length: 4000 }, () => Math.floor((next() / 2 ** 31) * 10 ** (1 + (next() % 10))));
    for (let d = -1500; d <= 1500; d += 7) values.push(MAX + d);
    for (const n of values) expect(ID.test(String(n)), String(n)).toBe(n <= MAX);
  });

  it("callback data and area keys with a too large id are malformed", () => {
    expect(helpCb.unpack("hr:t:2147483647")).toEqual({ action: "t", id: "2147483647" });
    expect(helpCb.unpack("hr:t:9999999999")).toBeUndefined();
    expect(parseAreaKey("c2147483648")).toBeUndefined();
  });
});
