import { describe, it, expect } from "vitest";
import { createHarness } from "../helpers/harness.ts";

describe("smoke", () => {
  it("/start answers with the consent step", async () => {
    const h = await createHarness();
    const u = h.user(1001, "Siti");
    await u.command("start");
    console.log(u.texts());
    expect(u.texts().some((t) => t.includes("UU PDP"))).toBe(true);
  });
});
