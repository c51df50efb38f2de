// Telegram updates for one dialogue step (bench/lib/dialogues.ts), as a webhook or getUpdates
// delivers them: a private chat message (text, command, contact, photo) or a button press on the
// newest message with buttons.
import type { Update } from "grammy/types";
import type { Step } from "./dialogues.ts";

export function updateOf(updateId: number, chatId: number, s: Step, keyboardMessageId: number): Update {
  const from = { id: chatId, is_bot: false, first_name: "Siti", language_code: "id" };
  const base = {
    message_id: updateId,
    date: Math.floor(Date.now() / 1000),
    chat: { id: chatId, type: "private" as const, first_name: "Siti" },
    from,
  };
  if ("press" in s)
    return {
      update_id: updateId,
      callback_query: {
        id: `cb${updateId}`,
        from,
        chat_instance: "ci",
        data: s.press,
        message: { ...base, message_id: keyboardMessageId, text: "" },
      },
    };
  if ("contact" in s)
    return {
      update_id: updateId,
      message: { ...base, contact: { phone_number: s.contact, first_name: "Siti", user_id: chatId } },
    };
  if ("photo" in s)
    return {
      update_id: updateId,
      message: { ...base, photo: [{ file_id: s.photo, file_unique_id: "u", width: 1, height: 1 }] },
    };
  const entities = s.text.startsWith("/") ? [{ type: "bot_command" as const, offset: 0, length: s.text.length }] : [];
  return { update_id: updateId, message: { ...base, text: s.text, ...(entities.length ? { entities } : {}) } };
}
