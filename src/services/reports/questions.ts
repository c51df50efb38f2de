// The monthly report's question set, as data (one place). Each business unit the coop runs gets
// one group of figures asked in ONE message ("12,5 jt / 340 / 8 jt"); then members, the
// readiness checklist, problems (kendala) and photos. Units without figures (KANTOR) are skipped.
// Labels, examples and titles live in locales/*/report.ftl under "rep-f-<key>", "rep-ex-<key>",
// "rep-g-<group>" (dots in keys become dashes).
import type { BusinessUnit } from "../../generated/prisma/enums.ts";

export type FieldKind = "money" | "count" | "text";

export interface FieldDef {
  key: string;
  kind: FieldKind;
  /** above this a value is "implausible" and the user is asked to confirm */
  max?: bigint;
  /** a flow per month (compared with last month: far above it asks to confirm) */
  monthly?: boolean;
  /** a weight in kg: also accepts "1,5 ton" / "1,5 t" (= 1.500 kg) and "2.500 kg" */
  weight?: boolean;
}

export type GroupKind = "numbers" | "checklist" | "text" | "photos";

export interface GroupDef {
  id: string;
  kind: GroupKind;
  unit?: BusinessUnit;
  fields: FieldDef[];
}

const MONEY_MAX = 10_000_000_000n; // Rp 10 miliar a month
const money = (key: string, monthly = true): FieldDef => ({ key, kind: "money", max: MONEY_MAX, monthly });
const count = (key: string, max: bigint, monthly = true): FieldDef => ({ key, kind: "count", max, monthly });
const kg = (key: string): FieldDef => ({ ...count(key, 10_000_000n), weight: true });

/** Figures per business unit, in the order units are asked. */
export const UNIT_GROUPS: GroupDef[] = [
  {
    id: "gerai",
    kind: "numbers",
    unit: "GERAI_SEMBAKO",
    fields: [money("gerai.omzet"), count("gerai.trx", 1_000_000n), money("gerai.stok")],
  },
  {
    id: "sp",
    kind: "numbers",
    unit: "SIMPAN_PINJAM",
    fields: [
      money("sp.omzet"),
      count("sp.trx", 1_000_000n),
      money("sp.salur"),
      money("sp.outstanding", false),
      money("sp.tunggakan", false),
    ],
  },
  { id: "klinik", kind: "numbers", unit: "KLINIK", fields: [money("klinik.omzet"), count("klinik.pasien", 100_000n)] },
  { id: "apotek", kind: "numbers", unit: "APOTEK", fields: [money("apotek.omzet"), count("apotek.trx", 1_000_000n)] },
  {
    id: "cold",
    kind: "numbers",
    unit: "COLD_STORAGE",
    fields: [money("cold.omzet"), count("cold.trx", 1_000_000n), kg("cold.volume")],
  },
  {
    id: "logistik",
    kind: "numbers",
    unit: "LOGISTIK",
    fields: [money("logistik.omzet"), count("logistik.trx", 1_000_000n), kg("logistik.volume")],
  },
  { id: "lain", kind: "numbers", unit: "LAINNYA", fields: [money("lain.omzet"), count("lain.trx", 1_000_000n)] },
];

export const MEMBERS_GROUP: GroupDef = {
  id: "anggota",
  kind: "numbers",
  fields: [
    count("anggota.total", 100_000n, false),
    count("anggota.baru", 10_000n),
    count("pengurus.aktif", 100n, false),
  ],
};
const CHECKLIST_GROUP: GroupDef = {
  id: "kesiapan",
  kind: "checklist",
  fields: [{ key: "kesiapan", kind: "text" }],
};
const KENDALA_GROUP: GroupDef = { id: "kendala", kind: "text", fields: [{ key: "kendala", kind: "text" }] };
const PHOTOS_GROUP: GroupDef = { id: "foto", kind: "photos", fields: [{ key: "foto", kind: "count" }] };

/** Cross-field rules: `a` may not exceed `b` (checked when both are known). Value: error key. */
export const NOT_ABOVE: Array<{ a: string; b: string; error: string }> = [
  { a: "anggota.baru", b: "anggota.total", error: "rep-err-new-above-total" },
  { a: "sp.tunggakan", b: "sp.outstanding", error: "rep-err-arrears-above-outstanding" },
];

/** "<group>.aktif" = "0" marks a unit as not operating this month (its figures are skipped). */
export const aktifKey = (groupId: string) => `${groupId}.aktif`;

/** Is this a unit's "operating?" key (not a figure such as "pengurus.aktif")? */
export function isAktifKey(key: string): boolean {
  const g = groupOf(key);
  return !!g?.unit && key === aktifKey(g.id);
}

export const ALL_GROUPS: GroupDef[] = [...UNIT_GROUPS, MEMBERS_GROUP, CHECKLIST_GROUP, KENDALA_GROUP, PHOTOS_GROUP];

const FIELD_INDEX = new Map<string, { field: FieldDef; group: GroupDef }>(
  ALL_GROUPS.flatMap((g) => g.fields.map((f) => [f.key, { field: f, group: g }] as const)),
);
for (const g of UNIT_GROUPS)
  FIELD_INDEX.set(aktifKey(g.id), { field: { key: aktifKey(g.id), kind: "count" }, group: g });

/** The groups asked for a coop running these units, in order. */
export function groupsFor(units: readonly BusinessUnit[]): GroupDef[] {
  return [
    ...UNIT_GROUPS.filter((g) => g.unit && units.includes(g.unit)),
    MEMBERS_GROUP,
    CHECKLIST_GROUP,
    KENDALA_GROUP,
    PHOTOS_GROUP,
  ];
}

export function fieldDef(key: string): FieldDef | undefined {
  return FIELD_INDEX.get(key)?.field;
}

export function groupOf(key: string): GroupDef | undefined {
  return FIELD_INDEX.get(key)?.group;
}

export function groupById(id: string): GroupDef | undefined {
  return ALL_GROUPS.find((g) => g.id === id);
}

/** Keys stored as ReportValue.intValue (the rest are text). */
export function isIntField(key: string): boolean {
  const f = fieldDef(key);
  return !!f && f.kind !== "text";
}

/** i18n key suffix of a field ("gerai.omzet" → "gerai-omzet"). */
export const keySlug = (key: string) => key.replace(/\./g, "-");
