// Village search with the qualifiers people type (kecamatan, kab/kota, province), on the real
// idn-area-data names: Indonesia has 13 villages named exactly "Durian".
import { describe, expect, it } from "vitest";
import { getWilayah } from "../../src/services/wilayah/index.ts";

const w = getWilayah();
const DURIAN_KUBU_RAYA = "61.12.03.2007";
const codes = (q: string, scope?: { regencyCode?: string }) =>
  w.findVillages(q, scope).villages.map((v) => v.village.code);

describe("findVillages with qualifiers", () => {
  it("finds all 13 villages named Durian first, and says there are more matches", () => {
    const r = w.findVillages("Durian");
    const exact = r.villages.filter((v) => v.village.name === "Durian");
    expect(exact).toHaveLength(13);
    expect(r.villages.slice(0, 13).every((v) => v.village.name === "Durian")).toBe(true);
    expect(r.more).toBe(true);
    expect(r.villages).toHaveLength(60);
  });

  it.each([
    "Durian Sungai Ambawang",
    "Durian, Sungai Ambawang",
    "Durian Kubu Raya",
    "Durian, Kubu Raya",
    "durian kab. kubu raya",
    "Durian Kec. Sungai Ambawang",
    "Desa Durian, Kab. Kubu Raya",
    "Durian Sungai Ambawang Kubu Raya",
    "Durian, Sungai Ambawang, Kalimantan Barat",
    "Durian Kecamatan Sungai Ambawang Kabupaten Kubu Raya",
  ])("%s → the one Durian of Kecamatan Sungai Ambawang", (q) => {
    expect(codes(q)).toEqual([DURIAN_KUBU_RAYA]);
  });

  it("Sungai Raya Kab Kubu Raya puts the village Sungai Raya first, then its prefixes in that kabupaten", () => {
    const r = w.findVillages("Sungai Raya Kab Kubu Raya").villages;
    expect(r[0]!.village.code).toBe("61.12.01.2001");
    expect(r.every((v) => v.regency.code === "61.12")).toBe(true);
  });

  it("a village name that starts like a qualifier is still a village (Kota Baru)", () => {
    const r = w.findVillages("Kota Baru").villages;
    expect(r.length).toBeGreaterThan(10);
    expect(r[0]!.village.name).toBe("Kota Baru");
  });

  it("a province qualifier narrows to that province (Durian Sumatera Utara: 5)", () => {
    const r = w.findVillages("Durian, Sumatera Utara").villages.filter((v) => v.village.name === "Durian");
    expect(r).toHaveLength(5);
    expect(r.every((v) => v.province.code === "12")).toBe(true);
  });

  it("stays within the picker's scope and finds nothing for an unknown qualifier", () => {
    expect(codes("Durian", { regencyCode: "61.12" })).toContain(DURIAN_KUBU_RAYA);
    expect(codes("Durian", { regencyCode: "61.01" })).not.toContain(DURIAN_KUBU_RAYA);
    expect(codes("Durian, Zzyzx")).toEqual([]);
    expect(codes("Zzyzxqqq")).toEqual([]);
  });
});
