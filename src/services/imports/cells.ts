// One cell of a roster file as text: formulas give their result, rich text its plain text, dates
// "YYYY-MM-DD", numbers without exponent (a desa code typed as a number stays all digits).
export function cellText(v: unknown): string {
  if (v === null || v === undefined) return "";
  if (typeof v === "string") return v.trim();
  if (typeof v === "number") return numberText(v);
  if (typeof v === "boolean") return v ? "TRUE" : "FALSE";
  if (v instanceof Date) return Number.isNaN(v.getTime()) ? "" : v.toISOString().slice(0, 10);
  if (typeof v === "object") {
    const o = v as Record<string, unknown>;
    if ("result" in o) return cellText(o.result); // formula / shared formula: the value Excel computed
    if ("formula" in o || "sharedFormula" in o) return "";
    if (Array.isArray(o.richText))
      return o.richText
        .map((p) => {
          const t = (p as { text?: unknown }).text;
          return typeof t === "string" ? t : "";
        })
        .join("")
        .trim();
    if ("text" in o) return cellText(o.text); // hyperlink
    if ("error" in o) return "";
  }
  return typeof v === "bigint" ? String(v) : (JSON.stringify(v) ?? "").trim();
}

function numberText(n: number): string {
  if (!Number.isFinite(n)) return "";
  if (Number.isInteger(n)) return BigInt(n).toString();
  return String(n);
}
