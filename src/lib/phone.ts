// One phone normalisation for the whole bot: the roster import, the roster claim (ketua phone) and
// the staff match all compare Indonesian mobile numbers in the form 62… (digits only).

/**
 * "0812-3456-7890", "+62 812 3456 7890", "62812…", "812345678" (a number that lost its 0, as
 * spreadsheets drop it) → "62812…"; undefined when it is no Indonesian mobile number.
 */
export function normalizePhone(raw: string | null | undefined): string | undefined {
  const digits = (raw ?? "").trim().replace(/[\s().\-/]/g, "");
  const m = /^(?:\+?62|0)?(8\d{7,12})$/.exec(digits);
  return m ? `62${m[1]}` : undefined;
}

/** Do two spellings name the same phone? (false when either is no phone) */
export function samePhone(a: string | null | undefined, b: string | null | undefined): boolean {
  const ka = normalizePhone(a);
  return ka !== undefined && ka === normalizePhone(b);
}
