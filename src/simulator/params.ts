// Bot-API-style errors and readers for method parameters. Parameters arrive as JSON values,
// or as strings (multipart/form-data, urlencoded, query string), so every reader accepts both.

export class ApiError extends Error {
  constructor(
    readonly code: number,
    readonly description: string,
  ) {
    super(description);
  }
}

export const badRequest = (detail: string) => new ApiError(400, `Bad Request: ${detail}`);

export type Params = Record<string, unknown>;

export function optInt(p: Params, name: string): number | undefined {
  const v = p[name];
  if (v === undefined || v === null || v === "") return undefined;
  const n = typeof v === "number" ? v : typeof v === "string" && /^-?\d+$/.test(v.trim()) ? Number(v) : NaN;
  if (!Number.isSafeInteger(n)) throw badRequest(`field "${name}" must be an integer`);
  return n;
}

export function reqInt(p: Params, name: string, missing: string): number {
  const n = optInt(p, name);
  if (n === undefined) throw badRequest(missing);
  return n;
}

export function optStr(p: Params, name: string): string | undefined {
  const v = p[name];
  if (v === undefined || v === null) return undefined;
  if (typeof v === "string") return v;
  if (typeof v === "number" || typeof v === "boolean") return String(v);
  throw badRequest(`field "${name}" must be a string`);
}

export function optBool(p: Params, name: string): boolean {
  const v = p[name];
  return v === true || v === "true" || v === 1 || v === "1";
}

/** A JSON-serialized object parameter: already an object (JSON body) or a JSON string (form data). */
export function optObject<T extends object>(p: Params, name: string, what = `${name} JSON object`): T | undefined {
  const v = p[name];
  if (v === undefined || v === null || v === "") return undefined;
  if (typeof v === "object") return v as T;
  if (typeof v === "string") {
    try {
      const parsed: unknown = JSON.parse(v);
      if (parsed !== null && typeof parsed === "object") return parsed as T;
    } catch {
      // fall through to the error below
    }
  }
  throw badRequest(`can't parse ${what}`);
}
