// Step 1 of /siaran: what to send. The message is kept as Telegram delivered it — its text (or
// caption) with its entities, or one photo/document by file id — never re-parsed.
import type { Asker, MessageInput, Parsed } from "../../kit/index.ts";
import { BROADCAST_MAX, checkContent, type BroadcastContent } from "../../../services/broadcasts/index.ts";

function parseContent(input: MessageInput): Parsed<BroadcastContent> {
  let content: BroadcastContent;
  if (input.kind === "text")
    content = {
      kind: "text",
      text: input.text,
      ...(input.message.entities?.length ? { entities: input.message.entities } : {}),
    };
  else if (input.kind === "photo" || input.kind === "document") {
    if (input.kind === "photo" && input.album) return { ok: false, error: "bc-compose-album" };
    const captionEntities = input.message.caption_entities;
    content = {
      kind: input.kind,
      fileId: input.fileId,
      ...(input.caption ? { caption: input.caption } : {}),
      ...(captionEntities?.length ? { captionEntities } : {}),
    };
  } else return { ok: false, error: "bc-compose-kind" };
  const checked = checkContent(content);
  if (!checked.ok)
    return checked.error === "empty"
      ? { ok: false, error: "bc-compose-empty" }
      : { ok: false, error: "bc-compose-too-long", vars: { length: checked.length, max: BROADCAST_MAX } };
  return { ok: true, value: content };
}

export function composeStep(ask: Asker, step: string): Promise<BroadcastContent> {
  return ask.typed({
    text: ask.ctx.t("bc-compose", { step, max: BROADCAST_MAX }),
    accept: ["text", "photo", "document"],
    parse: parseContent,
  });
}
