// Every example a user is shown must be accepted by the parser of the answer it illustrates:
// a user who copies "Contoh: …" must never get an error. Each rep-ex-* example is fed to its
// report field's parser (and must give the value it shows); every other Indonesian message with
// "Contoh:"/"contoh:" is mapped below to its checker. A new message with an example must be
// added to the map (the last test fails otherwise).
import { readdirSync, readFileSync } from "node:fs";
import { normalizeAreaCode, parseDate } from "../../src/services/imports/normalize.ts";
import { normalizePhone } from "../../src/lib/phone.ts";
import { levelOfCode } from "../../src/services/wilayah/index.ts";
import { parseLocalTime } from "../../src/services/broadcasts/send-at.ts";
import { FluentBundle, FluentResource } from "@fluent/bundle";
import { describe, expect, it } from "vitest";
import { ALL_GROUPS, fieldDef, keySlug, type FieldDef } from "../../src/services/reports/questions.ts";
import { parseValue } from "../../src/services/reports/input.ts";
import { templateHeader } from "../../src/services/reports/template.ts";
import {
  checkCoopName,
  checkLegalNumber,
  checkPhone,
  checkSearchQuery,
} from "../../src/bot/features/registration/validate.ts";
import { checkFullName } from "../../src/bot/kit/full-name.ts";
import { checkAhu, checkName } from "../../src/services/coop-admin/validate.ts";
import { parseRequestNo } from "../../src/services/help-requests/numbers.ts";
import { DESCRIPTION_MIN } from "../../src/services/help-requests/lifecycle.ts";
import { normalizeCode } from "../../src/services/invites.ts";
import { parseDayText } from "../../src/services/visits/parse-date.ts";
import { BACKDATE_DAYS, FOLLOW_UP_DAYS, NOTE_MAX, NOTE_MIN } from "../../src/services/visits/index.ts";

function bundle(lang: string): FluentBundle {
  const b = new FluentBundle(lang, { useIsolating: false });
  const dir = new URL(`../../locales/${lang}/`, import.meta.url);
  for (const f of readdirSync(dir)
    .filter((n) => n.endsWith(".ftl"))
    .sort()) {
    b.addResource(new FluentResource(readFileSync(new URL(f, dir), "utf8")));
  }
  return b;
}

function text(b: FluentBundle, id: string): string {
  const m = b.getMessage(id);
  if (!m?.value) throw new Error(`no message ${id}`);
  return b.formatPattern(m.value, {}, []);
}

const FIELDS: FieldDef[] = ALL_GROUPS.filter((g) => g.kind === "numbers").flatMap((g) => g.fields);

/** What each rep-ex-* example means, as stored (rupiah, or a count/kg). */
const EXPECTED: Record<string, string> = {
  "gerai.omzet": "12500000",
  "gerai.trx": "340",
  "gerai.stok": "8000000",
  "sp.omzet": "1200000",
  "sp.trx": "25",
  "sp.salur": "30000000",
  "sp.outstanding": "120000000",
  "sp.tunggakan": "4000000",
  "klinik.omzet": "6000000",
  "klinik.pasien": "150",
  "apotek.omzet": "9000000",
  "apotek.trx": "420",
  "cold.omzet": "5000000",
  "cold.trx": "30",
  "cold.volume": "2500",
  "logistik.omzet": "7000000",
  "logistik.trx": "45",
  "logistik.volume": "1500",
  "lain.omzet": "3000000",
  "lain.trx": "60",
  "anggota.total": "250",
  "anggota.baru": "12",
  "pengurus.aktif": "5",
};

describe("report figure examples (rep-ex-*)", () => {
  for (const lang of ["id", "en"]) {
    const b = bundle(lang);
    it.each(FIELDS.map((f) => [f.key]))(`${lang}: the example of %s parses to what it shows`, (key) => {
      const f = fieldDef(key)!;
      const example = text(b, `rep-ex-${keySlug(key)}`);
      expect(parseValue(f, example), `${lang} rep-ex-${keySlug(key)} "${example}"`).toEqual({
        ok: true,
        value: EXPECTED[key],
      });
    });
  }
  it("weights accept tons (also '1,5 t', never triliun) and kg; other counts do not take tons", () => {
    const vol = fieldDef("logistik.volume")!;
    expect(parseValue(vol, "1,5 t")).toEqual({ ok: true, value: "1500" });
    expect(parseValue(vol, "2500 kg")).toEqual({ ok: true, value: "2500" });
    expect(parseValue(fieldDef("gerai.trx")!, "2 ton").ok).toBe(false);
  });
});

type Check = (example: string) => boolean;
const today = { y: 2026, m: 11, d: 30 };
const pastDay: Check = (s) => parseDayText(s, today, { side: "past", maxDays: BACKDATE_DAYS }).ok;
const futureDay: Check = (s) => parseDayText(s, today, { side: "future", maxDays: FOLLOW_UP_DAYS }).ok;
const note: Check = (s) => s.length >= NOTE_MIN && s.length <= NOTE_MAX;
const textAnswer: Check = (s) => parseValue(fieldDef("kendala")!, s).ok;
const search: Check = (s) => s.trim().length >= 2;
const regionSearch: Check = (s) => s.trim().length >= 3;
const code: Check = (s) => s.startsWith("/kode ") && normalizeCode(s.slice(6)) !== undefined;
const comment: Check = (s) => s.trim().length >= 3;
const broadcastText: Check = (s) => s.trim().length > 0 && s.length <= 600;

/** key → [checker, how the examples are listed: one example, or a list joined by ", " / " atau "] */
const CHECKS: Record<string, [Check, "one" | "list"]> = {
  "help-ask-text": [(s) => s.length >= DESCRIPTION_MIN, "one"],
  "help-text-short": [(s) => s.length >= DESCRIPTION_MIN, "one"],
  "help-no-bad": [(s) => s.startsWith("/permintaan ") && parseRequestNo(s.slice(12)) !== undefined, "one"],
  "ppl-search-ask": [search, "list"],
  "ppl-search-too-short": [search, "one"],
  "ppl-search-none": [search, "one"],
  "edit-name-ask": [(s) => checkName(s).ok, "one"],
  "edit-name-invalid": [(s) => checkName(s).ok, "one"],
  "edit-ahu-ask": [(s) => checkAhu(s).ok, "one"],
  "edit-ahu-invalid": [(s) => checkAhu(s).ok, "one"],
  "reg-name-ask": [(s) => checkFullName(s).ok, "one"],
  "reg-name-empty": [(s) => checkFullName(s).ok, "one"],
  "reg-name-invalid": [(s) => checkFullName(s).ok, "one"],
  "reg-name-too-long": [(s) => checkFullName(s).ok, "one"],
  "reg-phone-ask": [(s) => checkPhone(s).ok, "one"],
  "reg-phone-invalid": [(s) => checkPhone(s).ok, "one"],
  "reg-wilayah-province": [(s) => checkSearchQuery(s).ok, "one"],
  "reg-wilayah-results-more": [(s) => checkSearchQuery(s).ok, "one"],
  "reg-wilayah-not-found": [(s) => checkSearchQuery(s).ok, "one"],
  "reg-wilayah-use-buttons": [(s) => checkSearchQuery(s).ok, "one"],
  "reg-search-too-short": [(s) => checkSearchQuery(s).ok, "one"],
  "reg-search-too-long": [(s) => checkSearchQuery(s).ok, "one"],
  "reg-coopname-ask": [(s) => checkCoopName(s).ok, "one"],
  "reg-coopname-empty": [(s) => checkCoopName(s).ok, "one"],
  "reg-coopname-invalid": [(s) => checkCoopName(s).ok, "one"],
  "reg-coopname-too-long": [(s) => checkCoopName(s).ok, "one"],
  "reg-ahu-ask": [(s) => checkLegalNumber(s).ok, "one"],
  "reg-ahu-invalid": [(s) => checkLegalNumber(s).ok, "one"],
  "rep-kendala-ask": [textAnswer, "one"],
  "rep-kendala-type": [textAnswer, "one"],
  "rep-tpl-no-header": [(s) => s === templateHeader(12, "2026-10"), "one"],
  "rep-ret-comment-ask": [comment, "one"],
  "rep-ret-comment-short": [comment, "one"],
  "inv-pick-province": [regionSearch, "one"],
  "inv-pick-province-only": [regionSearch, "one"],
  "inv-search-short": [regionSearch, "one"],
  "inv-code-how": [code, "one"],
  "inv-code-malformed": [code, "one"],
  "inv-code-unknown": [code, "one"],
  "inv-code-throttled": [code, "one"],
  "recap-search-none": [(s) => s.startsWith("/rekap ") && s.trim().length > 9, "one"],
  "vis-search-none": [search, "one"],
  "vis-search-short": [search, "one"],
  "vis-ask-date": [pastDay, "list"],
  "vis-date-format": [pastDay, "list"],
  "vis-date-future": [pastDay, "list"],
  "vis-date-too-old": [pastDay, "list"],
  "vis-ask-note": [note, "one"],
  "vis-note-text": [note, "one"],
  "vis-note-short": [note, "one"],
  "vis-note-long": [note, "one"],
  "vis-ask-follow": [futureDay, "list"],
  "vis-follow-format": [futureDay, "list"],
  "vis-follow-past": [futureDay, "list"],
  "vis-follow-too-far": [futureDay, "list"],
  "bc-compose": [broadcastText, "one"],
  "bc-compose-empty": [broadcastText, "one"],
  "bc-compose-kind": [broadcastText, "one"],
  "bc-region-province": [search, "one"],
  "bc-region-regency": [search, "one"],
  "bc-region-district": [search, "one"],
  "bc-region-short": [search, "one"],
  "bc-when-time": [(s) => parseLocalTime(s, 2026) !== undefined, "one"],
  "bc-when-bad": [(s) => parseLocalTime(s, 2026) !== undefined, "one"],
  "imp-err-ahu-format": [(s) => checkLegalNumber(s).ok, "one"],
  "imp-err-village-code-format": [(s) => levelOfCode(normalizeAreaCode(s) ?? "") === "village", "one"],
  "imp-err-area-province": [(s) => levelOfCode(normalizeAreaCode(s) ?? "") === "province", "one"],
  "imp-err-area-regency": [(s) => levelOfCode(normalizeAreaCode(s) ?? "") === "regency", "one"],
  "imp-err-coop-name-invalid": [(s) => checkCoopName(s).ok, "one"],
  "imp-err-date": [(s) => parseDate(s) !== undefined, "list"],
  "imp-err-phone": [(s) => normalizePhone(s) !== undefined, "one"],
};

/** Messages whose example is a variable filled with a rep-ex-* value (tested above). */
const FROM_VARIABLE = /\{\s*\$example\s*\}/;

/** The example(s) after "Contoh:"/"contoh:", without quotes and trailing sentence parts. */
function examplesIn(message: string, mode: "one" | "list"): string[] {
  const at = message.search(/[Cc]ontoh(?: seperti contoh)?:/);
  let s = message
    .slice(message.indexOf(":", at) + 1)
    .split("\n")[0]!
    .trim();
  s = s.replace(/^["“]([^"”]*)["”].*$/, "$1"); // a quoted example ends at the closing quote
  s = s.split(/\)| — |\. (?=[A-Z])/)[0]!.trim(); // "(contoh: X)", "X — atau …", "X. Atau …"
  s = s.replace(/\.$/, "");
  return mode === "one" ? [s] : s.split(/, | atau /).map((x) => x.trim());
}

describe("every other Indonesian example parses with its checker", () => {
  const b = bundle("id");
  const source = readdirSync(new URL("../../locales/id/", import.meta.url))
    .filter((n) => n.endsWith(".ftl"))
    .map((n) => readFileSync(new URL(`../../locales/id/${n}`, import.meta.url), "utf8"))
    .join("\n");
  const ids = [...source.matchAll(/^([a-z][\w-]*) =/gm)].map((m) => m[1]!);
  const withExample = ids.filter((id) => {
    const m = b.getMessage(id);
    if (!m?.value || id.startsWith("rep-ex-")) return false;
    const raw = source.slice(source.search(new RegExp(`^${id} =`, "m"))).split(/\n(?=\S)/)[0]!;
    return /contoh/i.test(raw) && !FROM_VARIABLE.test(raw);
  });

  it.each(Object.keys(CHECKS).map((k) => [k]))("%s", (id) => {
    const [check, mode] = CHECKS[id]!;
    const examples = examplesIn(text(b, id), mode);
    for (const ex of examples) expect(check(ex), `${id}: "${ex}"`).toBe(true);
  });

  it("every message with an example is mapped to its checker", () => {
    expect(withExample.filter((id) => !(id in CHECKS)).sort()).toEqual([]);
  });
});
