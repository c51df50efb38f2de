// Typed data for wizard buttons: the callback-data codec with the wizard prefix ("~"). `pack` gives
// the button's data; `payload` what the kit's helpers return for a press (prefix stripped), so a
// codec's payloads can be an askButtons' choices; `unpack` reads a payload strictly (forged → undefined).
import { callbackData } from "../callback-data.ts";
import { w } from "./input.ts";

export interface WizardCodec<T extends readonly string[]> {
  pack(...values: { [K in keyof T]: string | number }): string;
  payload(...values: { [K in keyof T]: string | number }): string;
  unpack(payload: string): Record<T[number], string> | undefined;
}

export function wizardData<const T extends readonly string[]>(
  prefix: string,
  fields: T,
  patterns?: Partial<Record<T[number], RegExp>>,
): WizardCodec<T> {
  const codec = callbackData(prefix, fields, patterns);
  return {
    payload: (...values) => codec.pack(...values),
    pack: (...values) => w(codec.pack(...values)),
    unpack: (payload) => codec.unpack(payload),
  };
}
