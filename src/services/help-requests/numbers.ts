// Request numbers as people see them: "#PB-000123" (PB = Permintaan Bantuan), from the row id.
export function requestNo(id: number): string {
  return `#PB-${String(id).padStart(6, "0")}`;
}

/** "#PB-000123", "pb-123", "PB123" or "123" → 123; undefined otherwise. */
export function parseRequestNo(input: string): number | undefined {
  const m = /^\s*#?\s*(?:PB\s*-?\s*)?0*(\d{1,9})\s*$/i.exec(input);
  if (!m) return undefined;
  const n = Number(m[1]);
  return n > 0 ? n : undefined;
}

export const HELP_CATEGORIES = ["LEGAL", "FINANCING", "BUSINESS", "BOOKKEEPING", "SIMKOPDES", "OTHER"] as const;
export type HelpCategoryName = (typeof HELP_CATEGORIES)[number];
