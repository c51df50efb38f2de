// Typed, compact callback data ("kind:a:b"), at most 64 bytes. Parsing is strict: anything that
// does not match exactly is treated as forged/stale and refused by the handler.
export interface CallbackCodec<T extends readonly string[]> {
  prefix: string;
  pack(...values: { [K in keyof T]: string | number }): string;
  unpack(data: string | undefined): Record<T[number], string> | undefined;
  filter: RegExp;
}

export function callbackData<const T extends readonly string[]>(
  prefix: string,
  fields: T,
  patterns?: Partial<Record<T[number], RegExp>>,
): CallbackCodec<T> {
  if (prefix.includes(":")) throw new Error("prefix must not contain ':'");
  return {
    prefix,
    filter: new RegExp(`^${prefix}(:|$)`),
    pack(...values) {
      const s = [prefix, ...values.map(String)].join(":");
      if (values.some((v) => String(v).includes(":"))) throw new Error(`callback value contains ':' in ${s}`);
      if (Buffer.byteLength(s) > 64) throw new Error(`callback data too long: ${s}`);
      return s;
    },
    unpack(data) {
      if (!data) return undefined;
      const parts = data.split(":");
      if (parts[0] !== prefix || parts.length !== fields.length + 1) return undefined;
      const out = {} as Record<T[number], string>;
      for (let i = 0; i < fields.length; i++) {
        const name = fields[i] as T[number];
        const value = parts[i + 1]!;
        const pattern = patterns?.[name] ?? /^[A-Za-z0-9_.-]{1,40}$/;
        if (!pattern.test(value)) return undefined;
        out[name] = value;
      }
      return out;
    },
  };
}

export { ID } from "../lib/int-id.ts";
