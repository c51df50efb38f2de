import { describe, it, expect } from "vitest";
import { menuFor } from "../../src/bot/command-menu.ts";

describe("per-role command menus", () => {
  const t = (k: string) => `desc:${k}`;
  it("shows each role its own commands, with descriptions", () => {
    const names = (r: Parameters<typeof menuFor>[0]) => menuFor(r, t).map((c) => c.command);
    expect(names("PENGURUS")).toContain("lapor");
    expect(names("PENGURUS")).not.toContain("tugaskan");
    expect(names("PENGURUS")).not.toContain("cari");
    expect(names("BA")).toEqual(expect.arrayContaining(["koperasiku", "cari"]));
    expect(names("BA")).not.toContain("lapor");
    expect(names("PMO")).toContain("tugaskan");
    expect(names("ADMIN")).toEqual(expect.arrayContaining(["undang", "tugaskan", "cari"]));
    expect(menuFor("BA", t)[0]!.description).toBe(`desc:cmd-${menuFor("BA", t)[0]!.command}`);
    expect(menuFor("ADMIN", t).length).toBeLessThanOrEqual(20);
  });
});
