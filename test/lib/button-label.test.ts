import { describe, it, expect } from "vitest";
import {
  buttonLabel,
  columnsFor,
  coopLabels,
  coopShortName,
  fitLabel,
  visibleWidth,
} from "../../src/lib/button-label.ts";

describe("button labels", () => {
  it("counts an emoji as two letters and a variation selector as none", () => {
    expect(visibleWidth("Omzet")).toBe(5);
    expect(visibleWidth("🛒 Gerai")).toBe(8);
    expect(visibleWidth("❄️ Gudang")).toBe(9);
  });

  it("cuts to the visible width with an ellipsis, never half an emoji", () => {
    expect(fitLabel("Sungai Ambawang Kuala", 10)).toBe("Sungai Am…");
    expect(fitLabel("⬜ 🛒 Gerai sembako", 4)).toBe("⬜…");
    expect(fitLabel("Kubu", 10)).toBe("Kubu");
  });

  it("puts the distinguishing part first and drops empty parts", () => {
    expect(buttonLabel(["Omzet", null, "🛒 Gerai sembako"], 34)).toBe("Omzet · 🛒 Gerai sembako");
  });

  it("names a coop by its desa; coops that would look alike get their detail", () => {
    expect(coopShortName("Koperasi Kelurahan Merah Putih Tanjung Selor Hulu")).toBe("Tanjung Selor Hulu");
    expect(coopShortName("KSU Maju Bersama")).toBe("KSU Maju Bersama");
    expect(
      coopLabels(
        [
          { name: "Koperasi Desa Merah Putih Sungai Raya", detail: "Kec. Sungai Raya" },
          { name: "Koperasi Desa Merah Putih Sungai Raya", detail: "Kec. Kubu" },
          { name: "Koperasi Desa Merah Putih Lingga", detail: "Kec. Sungai Ambawang" },
        ],
        34,
      ),
    ).toEqual(["Sungai Raya · Kec. Sungai Raya", "Sungai Raya · Kec. Kubu", "Lingga"]);
  });

  it("two per row only while every label fits whole", () => {
    expect(columnsFor(["41% Kubu Raya", "58% Landak"])).toBe(2);
    expect(columnsFor(["41% Kubu Raya", "23% Sungai Ambawang"])).toBe(1);
  });
});
