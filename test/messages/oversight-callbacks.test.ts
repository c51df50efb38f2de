// The oversight codec: named screens packed as two-letter lower-case codes, old one-letter buttons
// still decoded, anything else refused (undefined).
import { describe, expect, it } from "vitest";
import { OV_SCREENS, ov, unpackOv, type OvScreen } from "../../src/messages/oversight-callbacks.ts";

const screens = Object.keys(OV_SCREENS) as OvScreen[];

describe("oversight callback data", () => {
  it("round-trips every screen with its arguments", () => {
    for (const screen of screens) {
      expect(unpackOv(ov(screen, 123, "2026-10"))).toEqual({ screen, a: "123", b: "2026-10" });
      expect(unpackOv(ov(screen))).toEqual({ screen, a: "0", b: "0" });
    }
  });

  it("gives each screen a code no other screen shares, even ignoring case", () => {
    const codes = Object.values(OV_SCREENS).map((c) => c.toLowerCase());
    expect(new Set(codes).size).toBe(screens.length);
    for (const code of Object.values(OV_SCREENS)) expect(code).toMatch(/^[a-z0-9]{2}$/);
  });

  it("still decodes the one-letter buttons already in people's chats", () => {
    expect(unpackOv("ov:i:7:2026-10")).toEqual({ screen: "nudgeOne", a: "7", b: "2026-10" });
    expect(unpackOv("ov:I:0:2026-10")).toEqual({ screen: "nudgeAll", a: "0", b: "2026-10" });
    expect(unpackOv("ov:v:5:0")).toEqual({ screen: "visitsPerBa", a: "5", b: "0" });
    expect(unpackOv("ov:V:9:2")).toEqual({ screen: "baVisits", a: "9", b: "2" });
    expect(unpackOv("ov:k:0:0")?.screen).toBe("logVisit");
  });

  it("refuses forged, unknown or case-flipped codes and malformed arguments", () => {
    for (const data of [
      "ov:zz:1:0",
      "ov:QU:0:0",
      "ov:Hi:1:0",
      "ov:z:1:0",
      "ov:K:1:0",
      "ov:queue:0:0",
      "ov:qu:-1:0",
      "ov:qu:1:2026-13",
      "ov:qu:1",
      "ov:constructor:0:0",
      "xx:qu:0:0",
      undefined,
    ])
      expect(unpackOv(data), String(data)).toBeUndefined();
  });
});
