import { describe, expect, it } from "vitest";
import { parseCsv } from "../../src/services/wilayah/csv.ts";
import {
  getWilayah,
  normalizeCode,
  timezoneLabel,
  timezoneOfCode,
  timezoneOfProvince,
  Wilayah,
  type VillagePath,
} from "../../src/services/wilayah/index.ts";

const w = getWilayah();
const names = (list: { name: string }[]) => list.map((a) => a.name);
const villageNames = (list: VillagePath[]) => list.map((v) => v.village.name);

describe("loading", () => {
  it("reads every row of idn-area-data 3.1.2", () => {
    expect(w.stats()).toEqual({
      provinces: 38,
      regencies: 514,
      districts: 7277,
      villages: 83763,
      desa: 75265,
      kelurahan: 8498,
    });
  });

  it("shares one instance", () => {
    expect(getWilayah()).toBe(w);
  });

  it("keeps village names that contain a double quote", () => {
    expect(w.village("35.13.15.2017")?.name).toBe('Soka"an');
  });

  it("rejects a child whose parent is missing", () => {
    const data = {
      provinces: [{ code: "61", parentCode: "", name: "KALIMANTAN BARAT" }],
      regencies: [{ code: "62.01", parentCode: "62", name: "KABUPATEN KOTAWARINGIN BARAT" }],
      districts: [],
      villages: [],
    };
    expect(() => new Wilayah(data)).toThrow(/unknown parent 62/);
  });
});

describe("parseCsv", () => {
  it("handles quoted fields with commas, escaped quotes and newlines", () => {
    expect(parseCsv('code,name\n1,"Baru, Desa"\n2,"Ko""ol"\n3,"two\nlines"\n')).toEqual([
      ["code", "name"],
      ["1", "Baru, Desa"],
      ["2", 'Ko"ol'],
      ["3", "two\nlines"],
    ]);
  });

  it("treats a quote inside an unquoted field as a character, and accepts CRLF and blank lines", () => {
    expect(parseCsv('a,b\r\n\r\n1,Soka"an\r\n2,\r\n')).toEqual([
      ["a", "b"],
      ["1", 'Soka"an'],
      ["2", ""],
    ]);
  });
});

describe("Kubu Raya (61.12)", () => {
  it("looks up the regency and its province", () => {
    expect(w.regency("61.12")).toEqual({ code: "61.12", name: "Kabupaten Kubu Raya" });
    expect(w.province("61")).toEqual({ code: "61", name: "Kalimantan Barat" });
    expect(names(w.regencies("61"))).toContain("Kabupaten Kubu Raya");
    expect(names(w.regencies("61"))).toContain("Kota Pontianak");
  });

  it("lists its nine districts sorted by name", () => {
    expect(names(w.districts("61.12"))).toEqual([
      "Batu Ampar",
      "Kuala Mandor B",
      "Kubu",
      "Rasau Jaya",
      "Sungai Ambawang",
      "Sungai Kakap",
      "Sungai Raya",
      "Teluk Pakedai",
      "Terentang",
    ]);
    expect(w.district("61.12.01")).toEqual({ code: "61.12.01", name: "Sungai Raya" });
  });

  it("lists the villages of a district sorted by name", () => {
    const villages = w.villages("61.12.01");
    expect(villages.length).toBeGreaterThan(5);
    expect(villages.every((v) => v.code.startsWith("61.12.01."))).toBe(true);
    expect(names(villages)).toEqual([...names(villages)].sort((a, b) => a.localeCompare(b, "id")));
  });

  it("returns undefined / [] for unknown or wrong-level codes", () => {
    expect(w.regency("61.99")).toBeUndefined();
    expect(w.regency("61")).toBeUndefined();
    expect(w.village("nonsense")).toBeUndefined();
    expect(w.districts("61.99")).toEqual([]);
  });

  it("accepts codes without dots", () => {
    expect(normalizeCode("6112032005")).toBe("61.12.03.2005");
    expect(normalizeCode("611203200")).toBeUndefined();
    expect(w.village("6112032005")?.name).toBe("Sungai Ambawang Kuala");
  });
});

describe("villagePath", () => {
  it("gives the village with its district, regency and province", () => {
    expect(w.villagePath("61.12.03.2005")).toEqual({
      village: { code: "61.12.03.2005", name: "Sungai Ambawang Kuala" },
      district: { code: "61.12.03", name: "Sungai Ambawang" },
      regency: { code: "61.12", name: "Kabupaten Kubu Raya" },
      province: { code: "61", name: "Kalimantan Barat" },
      type: "DESA",
    });
  });

  it("is undefined for an unknown village", () => {
    expect(w.villagePath("61.12.03.2999")).toBeUndefined();
  });
});

describe("isVillageKelurahan", () => {
  it("reads desa or kelurahan from the first digit of the village part", () => {
    expect(w.isVillageKelurahan("12.72.05.1007")).toBe("KELURAHAN");
    expect(w.isVillageKelurahan("61.12.03.2005")).toBe("DESA");
    expect(w.isVillageKelurahan("91.03.01.3007")).toBe("DESA"); // desa adat in Papua
  });

  it("throws for a code that is not a village code", () => {
    expect(() => w.isVillageKelurahan("61.12.03")).toThrow(RangeError);
  });
});

describe("searchVillages", () => {
  it("ranks exact, then prefix, then word prefix, then substring", () => {
    const found = villageNames(w.searchVillages("baru", { regencyCode: "76.04", limit: 20 }));
    expect(found).toEqual(["Baru", "Barumbung", "Banua Baru", "Tangan Baru", "Ugibaru"]);
  });

  it("stays within the regency or district it is given", () => {
    const found = w.searchVillages("raya", { regencyCode: "61.12" });
    // All word-prefix matches: shorter first, then alphabetical.
    expect(villageNames(found)).toEqual(["Ampera Raya", "Sungai Raya", "Sungai Raya Dalam"]);
    expect(found.every((v) => v.regency.code === "61.12")).toBe(true);
    expect(villageNames(w.searchVillages("raya", { districtCode: "61.12.03" }))).toEqual(["Ampera Raya"]);
  });

  it("returns [] for contradictory or unknown scopes", () => {
    expect(w.searchVillages("raya", { provinceCode: "62", regencyCode: "61.12" })).toEqual([]);
    expect(w.searchVillages("raya", { regencyCode: "61.99" })).toEqual([]);
    expect(w.searchVillages("raya", { regencyCode: "61" })).toEqual([]);
  });

  it("includes district and regency names to tell namesakes apart", () => {
    const found = w.searchVillages("sukamaju", { limit: 10 });
    expect(found).toHaveLength(10);
    expect(found.every((v) => v.village.name === "Sukamaju")).toBe(true);
    const places = found.map((v) => `${v.district.name}, ${v.regency.name}`);
    expect(new Set(places).size).toBe(10);
  });

  it("ignores case, punctuation and extra spaces", () => {
    const expected = w.searchVillages("Sungai Raya", { regencyCode: "61.12" });
    expect(w.searchVillages("  SUNGAI   raya ", { regencyCode: "61.12" })).toEqual(expected);
    expect(w.searchVillages("sungai-raya", { regencyCode: "61.12" })).toEqual(expected);
    expect(villageNames(w.searchVillages("soka'an"))).toEqual(['Soka"an']);
  });

  it("matches names written with or without a space, literal spelling first", () => {
    const found = w.searchVillages("suka maju", { limit: 200 });
    const first = found[0]!.village.name;
    expect(first).toBe("Suka Maju");
    expect(villageNames(found)).toContain("Sukamaju");
    expect(villageNames(found).indexOf("Sukamaju")).toBeGreaterThan(villageNames(found).lastIndexOf("Suka Maju"));
  });

  it("returns [] for nonsense and for queries under 2 characters", () => {
    expect(w.searchVillages("xqzzyqw")).toEqual([]);
    expect(w.searchVillages("a")).toEqual([]);
    expect(w.searchVillages(" s ")).toEqual([]);
    expect(w.searchVillages("--")).toEqual([]);
  });

  it("honours the limit", () => {
    expect(w.searchVillages("jaya", { limit: 3 })).toHaveLength(3);
    expect(w.searchVillages("jaya")).toHaveLength(10);
  });
});

describe("searchAreas", () => {
  it("finds provinces, also without DKI/DI", () => {
    expect(names(w.searchAreas("province", null, "jakarta"))).toEqual(["DKI Jakarta"]);
    expect(names(w.searchAreas("province", null, "yogya"))).toEqual(["DI Yogyakarta"]);
    expect(names(w.searchAreas("province", null, "papua", 3))).toEqual(["Papua", "Papua Barat", "Papua Tengah"]);
  });

  it("finds regencies of one province, also without Kabupaten/Kota", () => {
    expect(w.searchAreas("regency", "61", "kubu raya")).toEqual([{ code: "61.12", name: "Kabupaten Kubu Raya" }]);
    expect(names(w.searchAreas("regency", "32", "bogor"))).toEqual(["Kabupaten Bogor", "Kota Bogor"]);
    expect(w.searchAreas("regency", "61", "bogor")).toEqual([]);
  });

  it("finds districts of one regency", () => {
    expect(names(w.searchAreas("district", "61.12", "sungai"))).toEqual([
      "Sungai Raya",
      "Sungai Kakap",
      "Sungai Ambawang",
    ]);
    expect(w.searchAreas("district", "61.99", "sungai")).toEqual([]);
  });
});

describe("time zones", () => {
  it("maps every province in the data", () => {
    for (const p of w.provinces()) expect(timezoneOfProvince(p.code), `${p.code} ${p.name}`).toBeDefined();
  });

  it("follows the WIB / WITA / WIT split", () => {
    expect(timezoneOfProvince("61")).toBe("Asia/Jakarta"); // Kalimantan Barat
    expect(timezoneOfProvince("62")).toBe("Asia/Jakarta"); // Kalimantan Tengah
    expect(timezoneOfProvince("63")).toBe("Asia/Makassar");
    expect(timezoneOfProvince("65")).toBe("Asia/Makassar"); // Kalimantan Utara
    expect(timezoneOfProvince("51")).toBe("Asia/Makassar");
    expect(timezoneOfProvince("91")).toBe("Asia/Jayapura"); // Papua
    expect(timezoneOfProvince("96")).toBe("Asia/Jayapura"); // Papua Barat Daya
    expect(timezoneOfProvince("81")).toBe("Asia/Jayapura");
    expect(timezoneOfProvince("99")).toBeUndefined();
  });

  it("counts provinces per zone", () => {
    const perZone = new Map<string, number>();
    for (const p of w.provinces()) {
      const label = timezoneLabel(timezoneOfProvince(p.code)!);
      perZone.set(label, (perZone.get(label) ?? 0) + 1);
    }
    expect(Object.fromEntries(perZone)).toEqual({ WIB: 18, WITA: 12, WIT: 8 });
  });

  it("works from any code and labels zones", () => {
    expect(timezoneOfCode("61.12.03.2005")).toBe("Asia/Jakarta");
    expect(w.timezoneOfCode("65.01")).toBe("Asia/Makassar");
    expect(timezoneLabel("Asia/Jakarta")).toBe("WIB");
    expect(timezoneLabel("Asia/Makassar")).toBe("WITA");
    expect(timezoneLabel("Asia/Jayapura")).toBe("WIT");
  });
});

describe("display names", () => {
  it("title-cases provinces and regencies, keeping DKI and DI", () => {
    expect(w.province("31")?.name).toBe("DKI Jakarta");
    expect(w.province("34")?.name).toBe("DI Yogyakarta");
    expect(w.province("19")?.name).toBe("Kepulauan Bangka Belitung");
    expect(w.province("96")?.name).toBe("Papua Barat Daya");
    expect(w.regency("61.71")?.name).toBe("Kota Pontianak");
    expect(w.regency("73.10")?.name).toBe("Kabupaten Pangkajene dan Kepulauan");
  });

  it("leaves no upper-case word other than DKI and DI in province and regency names", () => {
    const all = [...w.provinces(), ...w.provinces().flatMap((p) => w.regencies(p.code))];
    const shouting = all
      .flatMap((a) => a.name.split(" "))
      .filter((word) => word.length > 1 && word === word.toUpperCase());
    expect(new Set(shouting)).toEqual(new Set(["DKI", "DI"]));
  });

  it("keeps district and village names as written", () => {
    expect(w.district("61.12.02")?.name).toBe("Kuala Mandor B");
    expect(w.village("12.14.30.2006")?.name).toBe("Bale-bale");
  });
});
