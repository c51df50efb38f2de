// The Bot API method table. Each method gets its parameters (already decoded from JSON,
// form data or the query string) and returns the `result`, or throws an ApiError.
import {
  copyMessage,
  deleteMessage,
  deleteMessages,
  editMessageCaption,
  editMessageReplyMarkup,
  editMessageText,
  forwardMessage,
  sendMedia,
  sendMessage,
  type Method,
  type MethodCtx,
} from "./bot-api-messages.ts";
import { ApiError, badRequest, optBool, optInt, optObject, optStr, type Params } from "./params.ts";
import type { BotCommand } from "./types.ts";

const INVALID_QUERY = "query is too old and response timeout expired or query ID is invalid";

function scopeKey(p: Params): string {
  const scope = optObject<{ type?: unknown; chat_id?: unknown; user_id?: unknown }>(p, "scope") ?? { type: "default" };
  const type = typeof scope.type === "string" ? scope.type : "default";
  if (type === "chat" || type === "chat_administrators") return `${type}:${String(scope.chat_id)}`;
  if (type === "chat_member") return `${type}:${String(scope.chat_id)}:${String(scope.user_id)}`;
  if (!["default", "all_private_chats", "all_group_chats", "all_chat_administrators"].includes(type))
    throw badRequest("wrong scope type specified");
  return type;
}

const commandsKey = (p: Params) => `${scopeKey(p)}|${optStr(p, "language_code") ?? ""}`;

function parseCommands(p: Params): BotCommand[] {
  const list = optObject<unknown[]>(p, "commands");
  if (!Array.isArray(list)) throw badRequest('parameter "commands" is required');
  if (list.length > 100) throw badRequest("too many commands specified");
  return list.map((item) => {
    const c = item as { command?: unknown; description?: unknown };
    const command = typeof c?.command === "string" ? c.command.replace(/^\//, "") : "";
    if (!/^[a-z0-9_]{1,32}$/.test(command)) throw badRequest("BOT_COMMAND_INVALID");
    if (typeof c.description !== "string" || c.description.length < 1 || c.description.length > 256)
      throw badRequest("BOT_COMMAND_DESCRIPTION_INVALID");
    return { command, description: c.description };
  });
}

function profileMethods(field: string, param: string, max: number): Record<string, Method> {
  return {
    [`setmy${field.toLowerCase()}`]: ({ state }, p) => {
      const value = optStr(p, param) ?? "";
      if (value.length > max) throw badRequest(`${param} is too long`);
      state.profile.set(`${field}|${optStr(p, "language_code") ?? ""}`, value);
      return true;
    },
    [`getmy${field.toLowerCase()}`]: ({ state }, p) => ({
      [param]: state.profile.get(`${field}|${optStr(p, "language_code") ?? ""}`) ?? "",
    }),
  };
}

const getUpdates: Method = (ctx, p) => {
  if (ctx.state.webhook)
    throw new ApiError(
      409,
      "Conflict: can't use getUpdates method while webhook is active; use deleteWebhook to delete the webhook first",
    );
  return ctx.state.updates.poll(
    { offset: optInt(p, "offset"), limit: optInt(p, "limit"), timeout: optInt(p, "timeout") },
    ctx.onAbort,
  );
};

const METHODS: Record<string, Method> = {
  getme: ({ state }) => state.bot,
  getupdates: getUpdates,
  setwebhook: (ctx, p) => {
    const url = optStr(p, "url") ?? "";
    if (url !== "" && !/^https?:\/\/\S+$/i.test(url))
      throw badRequest("bad webhook: An HTTPS URL must be provided for webhook");
    if (optBool(p, "drop_pending_updates")) ctx.state.updates.clear();
    const secretToken = optStr(p, "secret_token");
    ctx.state.webhook = url ? { url, ...(secretToken ? { secretToken } : {}) } : undefined;
    ctx.webhookChanged();
    return true;
  },
  deletewebhook: (ctx, p) => {
    if (optBool(p, "drop_pending_updates")) ctx.state.updates.clear();
    ctx.state.webhook = undefined;
    ctx.webhookChanged();
    return true;
  },
  getwebhookinfo: ({ state }) => ({
    url: state.webhook?.url ?? "",
    has_custom_certificate: false,
    pending_update_count: state.updates.pendingCount,
    max_connections: 40,
  }),
  logout: () => true,
  close: () => true,
  sendmessage: sendMessage,
  sendphoto: sendMedia("photo"),
  senddocument: sendMedia("document"),
  sendvideo: sendMedia("video"),
  sendaudio: sendMedia("audio"),
  sendvoice: sendMedia("voice"),
  sendanimation: sendMedia("animation"),
  editmessagetext: editMessageText,
  editmessagecaption: editMessageCaption,
  editmessagereplymarkup: editMessageReplyMarkup,
  deletemessage: deleteMessage,
  deletemessages: deleteMessages,
  copymessage: copyMessage,
  forwardmessage: forwardMessage,
  sendchataction: ({ state }, p) => {
    const c = state.chatFor(p.chat_id);
    const action = optStr(p, "action");
    if (!action) throw badRequest("wrong parameter action in request");
    state.emit(c.chat.id, { type: "action", action });
    return true;
  },
  answercallbackquery: ({ state }, p) => {
    const id = optStr(p, "callback_query_id");
    const q = id === undefined ? undefined : state.callbacks.get(id);
    if (!id || !q || q.answered) throw badRequest(INVALID_QUERY);
    q.answered = true;
    state.emit(q.chatId, {
      type: "callback_answer",
      callback_query_id: id,
      text: optStr(p, "text") ?? "",
      alert: optBool(p, "show_alert"),
    });
    return true;
  },
  getfile: ({ state }, p) => {
    const file = state.files.get(optStr(p, "file_id") ?? "");
    if (!file?.data || !file.filePath) throw badRequest("invalid file_id");
    return {
      file_id: file.fileId,
      file_unique_id: file.uniqueId,
      file_size: file.data.length,
      file_path: file.filePath,
    };
  },
  getchat: ({ state }, p) => {
    const c = state.chatFor(p.chat_id);
    return { ...c.chat, accent_color_id: 0, max_reaction_count: 11 };
  },
  setmycommands: ({ state }, p) => {
    const commands = parseCommands(p);
    if (commands.length) state.commands.set(commandsKey(p), commands);
    else state.commands.delete(commandsKey(p));
    state.broadcastCommands();
    return true;
  },
  getmycommands: ({ state }, p) => state.commands.get(commandsKey(p)) ?? [],
  deletemycommands: ({ state }, p) => {
    state.commands.delete(commandsKey(p));
    state.broadcastCommands();
    return true;
  },
  setchatmenubutton: ({ state }, p) => {
    const key = p.chat_id === undefined ? "default" : String(state.chatFor(p.chat_id).chat.id);
    state.menuButtons.set(key, optObject<Record<string, unknown>>(p, "menu_button") ?? { type: "default" });
    return true;
  },
  getchatmenubutton: ({ state }, p) =>
    (p.chat_id === undefined ? undefined : state.menuButtons.get(String(state.chatFor(p.chat_id).chat.id))) ??
    state.menuButtons.get("default") ?? { type: "default" },
  ...profileMethods("name", "name", 64),
  ...profileMethods("description", "description", 512),
  ...profileMethods("shortDescription", "short_description", 120),
};

export function findMethod(name: string): Method | undefined {
  return Object.hasOwn(METHODS, name.toLowerCase()) ? METHODS[name.toLowerCase()] : undefined;
}

export type { MethodCtx };
