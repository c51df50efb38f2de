// The full-name question's parser, shared by the registration and invite-join wizards.
import { isMostlyEmoji, normalizeSpaces, titleCaseName } from "../../lib/text.ts";
import type { MessageInput } from "./input.ts";
import type { Parsed } from "./ask-field.ts";

/** A person's name as typed: letters (any script), spaces and . , ' ’ -; at most 60; title-cased. */
export function checkFullName(raw: string | undefined): Parsed<string> {
  const s = normalizeSpaces(raw ?? "");
  if (!s) return { ok: false, error: "reg-name-empty" };
  if (s.startsWith("/")) return { ok: false, error: "reg-name-invalid" };
  if (s.length > 60) return { ok: false, error: "reg-name-too-long" };
  if (isMostlyEmoji(s) || !/^[\p{L}][\p{L}\p{M} .,'’-]*$/u.test(s)) return { ok: false, error: "reg-name-invalid" };
  if (s.replace(/[^\p{L}]/gu, "").length < 2) return { ok: false, error: "reg-name-invalid" };
  return { ok: true, value: titleCaseName(s) };
}

/** `askField`'s parse for the name: text only. */
export const parseFullName = (input: MessageInput): Parsed<string> =>
  input.kind === "text" ? checkFullName(input.text) : { ok: false, error: "reg-name-invalid" };
