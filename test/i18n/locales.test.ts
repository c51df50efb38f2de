// Locale consistency: every .ftl file parses, no key is defined twice within a language, "id" (the
// source of truth) and every other language have the same message ids and the same variables per
// message, and every literal key passed to t(...) in src/ exists in "id".
// Files are discovered the way @grammyjs/i18n does it: every *.ftl under locales/ (recursively)
// belongs to the language named by its first path segment, so locales/id.ftl and
// locales/id/<feature>.ftl are both "id". New feature files are picked up automatically.
import { readdirSync, readFileSync } from "node:fs";
import { join, relative, sep } from "node:path";
import { fileURLToPath } from "node:url";
import { FluentBundle, FluentResource } from "@fluent/bundle";
import { describe, expect, it } from "vitest";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));
const LOCALES_DIR = join(ROOT, "locales");
const SRC_DIR = join(ROOT, "src");
const SOURCE_LOCALE = "id";
/** Keys built dynamically (`unit-${u}` …): the "id" locale must have at least one entry for each. */
const DYNAMIC_PREFIXES = ["unit-", "position-", "role-", "membership-", "cmd-"];

function walk(dir: string, ext: string): string[] {
  const out: string[] = [];
  for (const e of readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
    const p = join(dir, e.name);
    if (e.isDirectory()) out.push(...walk(p, ext));
    else if (e.isFile() && e.name.endsWith(ext)) out.push(p);
  }
  return out;
}

type FtlFile = { path: string; source: string; resource: FluentResource };

/** language → its .ftl files, grouped like @grammyjs/i18n's readLocalesDir. */
function loadLocaleFiles(): Map<string, FtlFile[]> {
  const byLang = new Map<string, FtlFile[]>();
  for (const path of walk(LOCALES_DIR, ".ftl")) {
    const lang = relative(LOCALES_DIR, path).split(sep)[0]!.split(".")[0]!;
    const source = readFileSync(path, "utf8");
    const files = byLang.get(lang) ?? [];
    files.push({ path: relative(ROOT, path), source, resource: new FluentResource(source) });
    byLang.set(lang, files);
  }
  return byLang;
}

const ENTRY_START = /^(-?[a-zA-Z][\w-]*) *=/;

/**
 * @fluent/bundle's FluentResource silently drops entries it cannot parse (junk), so detect them:
 * every non-blank, non-indented, non-comment line must start an entry, and every entry start
 * must have produced a parsed message or term.
 */
function junkProblems(file: FtlFile): string[] {
  const problems: string[] = [];
  const starts: string[] = [];
  file.source.split(/\r?\n/).forEach((line, i) => {
    if (line.trim() === "" || line.startsWith("#") || /^[ \t]/.test(line)) return;
    const m = ENTRY_START.exec(line);
    if (m) starts.push(m[1]!);
    else
      problems.push(`${file.path}:${i + 1}: not a message, comment or indented continuation: ${JSON.stringify(line)}`);
  });
  const parsed = new Set(file.resource.body.map((m) => m.id));
  for (const id of starts) if (!parsed.has(id)) problems.push(`${file.path}: entry "${id}" failed to parse`);
  return problems;
}

type Node = unknown;
/** All `$variable` names referenced anywhere in a parsed pattern (selects, call args included). */
function collectVars(node: Node, into: Set<string>): Set<string> {
  if (Array.isArray(node)) for (const n of node) collectVars(n, into);
  else if (node && typeof node === "object") {
    const n = node as Record<string, unknown>;
    if (n.type === "var" && typeof n.name === "string") into.add(n.name);
    for (const v of Object.values(n)) if (v && typeof v === "object") collectVars(v, into);
  }
  return into;
}

/** message id → variables, merged over all files of a language (terms, "-x", are included as ids). */
function messagesOf(files: FtlFile[]): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  for (const f of files) {
    for (const m of f.resource.body) out.set(m.id, collectVars([m.value, m.attributes], new Set()));
  }
  return out;
}

const fmt = (s: Iterable<string>) => [...s].sort().join(", ") || "(none)";

const locales = loadLocaleFiles();
const langs = [...locales.keys()].sort();
const messages = new Map(langs.map((l) => [l, messagesOf(locales.get(l)!)]));

describe("locale files", () => {
  it("include the source locale and at least one other", () => {
    expect(langs).toContain(SOURCE_LOCALE);
    expect(langs.length).toBeGreaterThan(1);
  });

  describe.each(langs)("%s", (lang) => {
    const files = locales.get(lang)!;

    it("parse without errors (no junk, bundle accepts them)", () => {
      const problems: string[] = [];
      for (const f of files) {
        if (f.resource.body.length === 0) problems.push(`${f.path}: no messages (the i18n plugin rejects empty files)`);
        problems.push(...junkProblems(f));
      }
      // Same as the plugin: one bundle from all files joined with "\n".
      const bundle = new FluentBundle(lang, { useIsolating: false });
      const joined = new FluentResource(files.map((f) => f.source).join("\n"));
      const errors = bundle.addResource(joined, { allowOverrides: true });
      problems.push(...errors.map((e) => `bundle: ${e.message}`));
      expect(problems, problems.join("\n")).toEqual([]);
    });

    it("define no key twice (within or across files)", () => {
      const where = new Map<string, string[]>();
      for (const f of files) for (const m of f.resource.body) where.set(m.id, [...(where.get(m.id) ?? []), f.path]);
      const dups = [...where].filter(([, ps]) => ps.length > 1).map(([id, ps]) => `${id}: ${ps.join(", ")}`);
      expect(dups, `duplicate keys in "${lang}":\n${dups.join("\n")}`).toEqual([]);
    });
  });

  const others = langs.filter((l) => l !== SOURCE_LOCALE);
  describe.each(others)(`%s vs ${SOURCE_LOCALE}`, (lang) => {
    it("has the same message ids", () => {
      const src = messages.get(SOURCE_LOCALE)!;
      const tr = messages.get(lang)!;
      const missing = [...src.keys()].filter((k) => !tr.has(k)).sort();
      const extra = [...tr.keys()].filter((k) => !src.has(k)).sort();
      const msg = [
        missing.length ? `missing in "${lang}" (${missing.length}): ${missing.join(", ")}` : "",
        extra.length ? `not in "${SOURCE_LOCALE}" (${extra.length}): ${extra.join(", ")}` : "",
      ]
        .filter(Boolean)
        .join("\n");
      expect({ missing, extra }, msg).toEqual({ missing: [], extra: [] });
    });

    it("uses the same variables in every message", () => {
      const src = messages.get(SOURCE_LOCALE)!;
      const tr = messages.get(lang)!;
      const diffs: string[] = [];
      for (const [id, vars] of src) {
        const other = tr.get(id);
        if (!other) continue; // reported by the id parity test
        if (fmt(vars) !== fmt(other)) diffs.push(`${id}: ${SOURCE_LOCALE} {${fmt(vars)}} vs ${lang} {${fmt(other)}}`);
      }
      expect(diffs, diffs.join("\n")).toEqual([]);
    });
  });
});

describe("keys used in src/", () => {
  const localeNames = new Set(langs);
  const KEY = String.raw`[a-z0-9-]+`;
  // t("key"), ctx.t('key'), notifier.t(x, …) — `t` must be a whole identifier (not text(), split()).
  const CALL = String.raw`(?<![\w$])t\(\s*`;
  const direct = new RegExp(`${CALL}(["'])(${KEY})\\1`, "g");
  // i18n.t("id", "key"): a literal locale first, the key second.
  const withLocale = new RegExp(`${CALL}(["'])(${KEY})\\1\\s*,\\s*(["'])(${KEY})\\3`, "g");
  // t(cond ? "a" : "b"): literal keys in the branches of a ternary first argument (not the condition).
  const ternary = new RegExp(`${CALL}([^,;(){}\`]*\\?[^,;(){}\`]*)[,)]`, "g");
  const literal = new RegExp(`(["'])(${KEY})\\1`, "g");

  const used = new Map<string, string>(); // key → first place seen
  for (const path of walk(SRC_DIR, ".ts")) {
    const text = readFileSync(path, "utf8");
    const add = (key: string, index: number) => {
      if (!used.has(key)) used.set(key, `${relative(ROOT, path)}:${text.slice(0, index).split("\n").length}`);
    };
    for (const m of text.matchAll(withLocale)) if (localeNames.has(m[2]!)) add(m[4]!, m.index);
    for (const m of text.matchAll(direct)) if (!localeNames.has(m[2]!)) add(m[2]!, m.index);
    for (const m of text.matchAll(ternary))
      for (const l of m[1]!.slice(m[1]!.indexOf("?")).matchAll(literal)) add(l[2]!, m.index);
  }

  it("finds some keys (the scan works)", () => {
    expect(used.size).toBeGreaterThan(10);
  });

  it(`all exist in "${SOURCE_LOCALE}"`, () => {
    const known = messages.get(SOURCE_LOCALE)!;
    const missing = [...used].filter(([k]) => !known.has(k)).map(([k, at]) => `${k} (${at})`);
    expect(missing, `keys used in src/ but missing from "${SOURCE_LOCALE}":\n${missing.join("\n")}`).toEqual([]);
  });

  it.each(DYNAMIC_PREFIXES)(`dynamic prefix %s has entries in "${SOURCE_LOCALE}"`, (prefix) => {
    const ids = [...messages.get(SOURCE_LOCALE)!.keys()].filter((k) => k.startsWith(prefix));
    expect(ids.length, `no "${prefix}*" keys in "${SOURCE_LOCALE}"`).toBeGreaterThan(0);
  });
});
