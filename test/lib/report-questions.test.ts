// The question set (data), what to ask next (plan), and the paste template (build/parse).
import { describe, it, expect } from "vitest";
import { readFileSync } from "node:fs";
import {
  ALL_GROUPS,
  UNIT_GROUPS,
  groupsFor,
  fieldDef,
  isAktifKey,
  keySlug,
} from "../../src/services/reports/questions.ts";
import { nextStep, pendingKeys, editStep, flaggableKeys } from "../../src/services/reports/plan.ts";
import {
  buildTemplate,
  parseTemplate,
  normalizeLabel,
  templateFields,
  isTemplateText,
} from "../../src/services/reports/template.ts";
import { decodeChecklist, encodeChecklist, cycleState } from "../../src/services/readiness.ts";
import type { ReportView } from "../../src/services/reports/view.ts";

type PlanView = Pick<ReportView, "units" | "values" | "flagged" | "reviewFields" | "status">;
const view = (p: Partial<PlanView>): PlanView => ({
  units: ["GERAI_SEMBAKO", "KLINIK"],
  values: {},
  flagged: [],
  reviewFields: [],
  status: "DRAFT",
  ...p,
});

describe("question set", () => {
  it("has unique keys, every unit except KANTOR has figures, and every field has a label and example in both languages", () => {
    const keys = ALL_GROUPS.flatMap((g) => g.fields.map((f) => f.key));
    expect(new Set(keys).size).toBe(keys.length);
    expect(UNIT_GROUPS.map((g) => g.unit).sort()).toEqual([
      "APOTEK",
      "COLD_STORAGE",
      "GERAI_SEMBAKO",
      "KLINIK",
      "LAINNYA",
      "LOGISTIK",
      "SIMPAN_PINJAM",
    ]);
    for (const lang of ["id", "en"]) {
      const ftl = readFileSync(new URL(`../../locales/${lang}/report.ftl`, import.meta.url), "utf8");
      for (const g of ALL_GROUPS) {
        expect(ftl).toContain(`\nrep-g-${g.id} = `);
        for (const f of g.fields) {
          expect(ftl).toContain(`\nrep-f-${keySlug(f.key)} = `);
          if (g.kind === "numbers") expect(ftl).toContain(`\nrep-ex-${keySlug(f.key)} = `);
        }
      }
    }
  });
  it("asks only the units the coop runs, in a fixed order, then members, checklist, problems, photos", () => {
    expect(groupsFor(["KLINIK", "KANTOR", "GERAI_SEMBAKO"]).map((g) => g.id)).toEqual([
      "gerai",
      "klinik",
      "anggota",
      "kesiapan",
      "kendala",
      "foto",
    ]);
    expect(groupsFor([]).map((g) => g.id)).toEqual(["anggota", "kesiapan", "kendala", "foto"]);
  });
  it("tells a unit's 'operating?' key from a figure named aktif", () => {
    expect(isAktifKey("gerai.aktif")).toBe(true);
    expect(isAktifKey("pengurus.aktif")).toBe(false);
    expect(fieldDef("gerai.aktif")?.kind).toBe("count");
  });
});

describe("plan", () => {
  it("asks the first group with unanswered fields, only those fields", () => {
    expect(nextStep(view({}))).toMatchObject({ group: { id: "gerai" }, whole: true, index: 1, total: 6 });
    const s = nextStep(view({ values: { "gerai.omzet": "1" } }))!;
    expect(s.fields.map((f) => f.key)).toEqual(["gerai.trx", "gerai.stok"]);
    expect(s.whole).toBe(false);
  });
  it("skips a unit marked not operating; done when everything is answered", () => {
    expect(nextStep(view({ values: { "gerai.aktif": "0" } }))!.group.id).toBe("klinik");
    const all = Object.fromEntries(
      groupsFor(["GERAI_SEMBAKO", "KLINIK"]).flatMap((g) => g.fields.map((f) => [f.key, "1"])),
    );
    expect(nextStep(view({ values: all }))).toBeUndefined();
    expect(pendingKeys(view({ values: all })).size).toBe(0);
  });
  it("a returned report asks only the flagged fields, counted as steps of the correction", () => {
    const all = Object.fromEntries(
      groupsFor(["GERAI_SEMBAKO", "KLINIK"]).flatMap((g) => g.fields.map((f) => [f.key, "1"])),
    );
    const v = view({
      values: all,
      status: "RETURNED",
      flagged: ["klinik.pasien", "kendala"],
      reviewFields: ["klinik.pasien", "kendala"],
    });
    expect(nextStep(v)).toMatchObject({
      group: { id: "klinik" },
      fields: [{ key: "klinik.pasien" }],
      index: 1,
      total: 2,
    });
    expect(nextStep({ ...v, flagged: ["kendala"] })).toMatchObject({ group: { id: "kendala" }, index: 2, total: 2 });
    // a flagged "not operating" re-asks the whole unit
    expect(
      nextStep(
        view({
          values: { ...all, "gerai.aktif": "0" },
          status: "RETURNED",
          flagged: ["gerai.aktif"],
          reviewFields: ["gerai.aktif"],
        }),
      ),
    ).toMatchObject({ group: { id: "gerai" }, whole: true });
  });
  it("edits one field from the summary; reviewers may flag what the summary shows", () => {
    expect(editStep(["gerai.stok"])!.fields.map((f) => f.key)).toEqual(["gerai.stok"]);
    expect(editStep(["gerai.aktif"])!.whole).toBe(true);
    expect(flaggableKeys({ units: ["GERAI_SEMBAKO"], values: { "gerai.aktif": "0" } })).toEqual([
      "gerai.aktif",
      "anggota.total",
      "anggota.baru",
      "pengurus.aktif",
      "kesiapan",
      "kendala",
      "foto",
    ]);
  });
});

describe("template", () => {
  const label = (k: string) => `Label ${k}`;
  const labels = new Map(templateFields(["GERAI_SEMBAKO"]).map((f) => [normalizeLabel(label(f.key)), f.key]));
  const allowed = new Set(templateFields(["GERAI_SEMBAKO"]).map((f) => f.key));

  it("round-trips: a built template with values parses back to the same values", () => {
    const values = { "gerai.omzet": "12500000", "gerai.trx": "340", kendala: "Stok telat" };
    const text = buildTemplate(7, "2026-10", ["GERAI_SEMBAKO"], values, label);
    expect(isTemplateText(text)).toBe(true);
    const p = parseTemplate(text, labels, allowed);
    expect(p).toEqual({ header: { coopId: 7, period: "2026-10" }, values, unknown: [], invalid: [] });
  });
  it("matches labels loosely, lists unknown and invalid lines, skips blanks", () => {
    const p = parseTemplate(
      "#laporan k7 2026-10\nLABEL   gerai.OMZET (Rp):  12 jt\nlabel gerai.stok:\nlabel gerai.trx: banyak\nsalam\n",
      labels,
      allowed,
    );
    expect(p.values).toEqual({ "gerai.omzet": "12000000" });
    expect(p.invalid).toEqual([{ key: "gerai.trx", input: "banyak", reason: "invalid" }]);
    expect(p.unknown).toEqual(["salam"]);
    expect(parseTemplate("LAPORAN 7\nLabel gerai.omzet: 1", labels, allowed).header).toBeNull();
    expect(parseTemplate("#LAPORAN K7 2026-13", labels, allowed).header).toBeNull();
  });
});

describe("readiness checklist encoding", () => {
  it("encodes states and land pins; cycles multi-stage items", () => {
    const c = decodeChecklist(
      encodeChecklist({
        AHU: { state: "YES" },
        LAND_GERAI: { state: "YES", lat: -0.02, lng: 109.34 },
        FINANCING: { state: "DIAJUKAN" },
      }),
    );
    expect(c.AHU).toEqual({ state: "YES" });
    expect(c.LAND_GERAI).toEqual({ state: "YES", lat: -0.02, lng: 109.34 });
    expect(c.KANTOR).toEqual({ state: "NO" });
    expect(c.FINANCING).toEqual({ state: "DIAJUKAN" });
    expect(decodeChecklist("junk;UNKNOWN=YES;AHU=YES")).toEqual({ AHU: { state: "YES" } });
    expect(["NO", "PROSES", "SELESAI"].map((s) => cycleState("BUILD_GERAI", s))).toEqual(["PROSES", "SELESAI", "NO"]);
  });
});
