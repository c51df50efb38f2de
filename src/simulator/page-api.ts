// The small JSON API used by the chat page (everything under /sim/), plus Server-Sent Events.
// Bodies are JSON (or multipart for /files); answers are {ok:true,…} or {ok:false,description}.
//   GET  /sim/info                        → { bot, bot_name, personas }
//   POST /sim/session {persona}|{name}|{fresh:true}|{user_id}  → opens the chat; snapshot (a name that is
//                                            the Telegram id of a known chat, e.g. a demo user, opens it)
//   GET  /sim/chats/:id                   → snapshot { user, bot, bot_name, description, messages,
//                                            keyboard, placeholder, commands, menu_button }
//   GET  /sim/chats/:id/events            → SSE: first {type:"snapshot",…}, then message | delete |
//                                            keyboard | commands | action | callback_answer
//   POST /sim/chats/:id/messages {text}   → { message }   (a /command gets a bot_command entity)
//   POST /sim/chats/:id/contact {phone_number} → { message }
//   POST /sim/chats/:id/location {latitude, longitude} → { message }
//   POST /sim/chats/:id/files  multipart file (+ kind=photo|document, caption) → { message }
//   POST /sim/chats/:id/callback {message_id, data} → { callback_query_id }
//   GET  /sim/files/:file_id[?download]   → the bytes
import { randomInt } from "node:crypto";
import type { IncomingMessage, ServerResponse } from "node:http";
import { decodeParams, readBody, sendJson } from "./http-util.ts";
import { ApiError, optInt, optStr, type Params } from "./params.ts";
import type { ChatState, SimState } from "./state.ts";

const pageError = (status: number, description: string) => new ApiError(status, description);

/** A stable id for a typed name, so typing the same name again continues the same chat. */
function idForName(name: string): number {
  let h = 0x811c9dc5;
  for (const ch of name.toLowerCase()) h = Math.imul(h ^ ch.codePointAt(0)!, 0x01000193) >>> 0;
  return 6_000_000_000 + (h % 1_000_000_000);
}

function openSession(state: SimState, p: Params): ChatState {
  const key = optStr(p, "persona");
  if (key !== undefined) {
    const persona = state.personas.find((x) => x.key === key);
    if (!persona) throw pageError(404, "unknown persona");
    return state.openChat({
      id: persona.telegramId,
      first_name: persona.firstName,
      ...(persona.username ? { username: persona.username } : {}),
    });
  }
  const name = optStr(p, "name")?.replace(/\s+/g, " ").trim();
  // a known person's Telegram id typed in the name box opens their chat (a demo user who is not a persona)
  const typedId = name !== undefined && /^\d{5,15}$/.test(name) ? state.chats.get(Number(name)) : undefined;
  if (typedId) return typedId;
  if (name !== undefined) {
    if (name.length < 1 || name.length > 64) throw pageError(400, "name must be 1-64 characters");
    return state.openChat({ id: idForName(name), first_name: name });
  }
  const userId = optInt(p, "user_id");
  if (userId !== undefined) {
    const known = state.chats.get(userId);
    if (known) return known;
    const persona = state.personas.find((x) => x.telegramId === userId);
    if (persona) return openSession(state, { persona: persona.key });
    throw pageError(404, "unknown user");
  }
  let id: number;
  do id = 7_000_000_000 + randomInt(0, 999_999_999);
  while (state.chats.has(id));
  return state.openChat({ id, first_name: `Pengguna ${String(id).slice(-4)}` });
}

/** A number from JSON or a form field; NaN when missing or empty. */
const coordinate = (v: unknown) =>
  typeof v === "number" ? v : typeof v === "string" && v.trim() !== "" ? Number(v) : Number.NaN;

export class PageApi {
  private streams = new Set<ServerResponse>();
  private pinger: NodeJS.Timeout;

  constructor(private state: SimState) {
    this.pinger = setInterval(() => {
      for (const res of this.streams) res.write(": ping\n\n");
    }, 20_000);
    this.pinger.unref();
  }

  close(): void {
    clearInterval(this.pinger);
    for (const res of this.streams) res.end();
    this.streams.clear();
  }

  async handle(req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> {
    try {
      await this.route(req, res, url);
    } catch (e) {
      const err = e instanceof ApiError ? e : pageError(500, (e as Error).message);
      sendJson(res, err.code, { ok: false, description: err.description });
    }
  }

  private async params(req: IncomingMessage, url: URL) {
    return decodeParams(req, await readBody(req), url.searchParams);
  }

  private chat(idText: string): ChatState {
    const c = this.state.chats.get(Number(idText));
    if (!c) throw pageError(404, "chat not opened");
    return c;
  }

  private async route(req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> {
    const parts = url.pathname.split("/").slice(2).map(decodeURIComponent); // ["chats", "<id>", "messages"]
    const method = req.method ?? "GET";
    const state = this.state;
    if (method === "GET" && parts[0] === "info" && parts.length === 1) {
      const personas = state.personas.map(({ key, label, telegramId, firstName, username, description }) => ({
        key,
        label,
        telegramId,
        firstName,
        username,
        description,
      }));
      return sendJson(res, 200, {
        ok: true,
        bot: state.bot,
        bot_name: state.profileText("name") || state.bot.first_name,
        personas,
      });
    }
    if (method === "POST" && parts[0] === "session" && parts.length === 1) {
      const { params } = await this.params(req, url);
      const c = openSession(state, params);
      return sendJson(res, 200, { ok: true, ...state.snapshot(c) });
    }
    if (method === "GET" && parts[0] === "files" && parts.length === 2)
      return this.file(res, parts[1]!, url.searchParams.has("download"));
    if (parts[0] !== "chats" || parts.length < 2) throw pageError(404, "not found");
    const c = this.chat(parts[1]!);
    const action = parts[2] ?? "";
    if (method === "GET" && action === "") return sendJson(res, 200, { ok: true, ...state.snapshot(c) });
    if (method === "GET" && action === "events") return this.events(req, res, c);
    if (method !== "POST") throw pageError(404, "not found");
    const { params, uploads } = await this.params(req, url);
    if (action === "messages") {
      const text = optStr(params, "text") ?? "";
      if (text.trim() === "" || text.length > 4096) throw pageError(400, "text must be 1-4096 characters");
      return sendJson(res, 200, { ok: true, message: state.pageView(c, state.userText(c, text)) });
    }
    if (action === "contact") {
      const phone = optStr(params, "phone_number")?.trim() ?? "";
      if (!/^\+?[0-9 ()-]{5,20}$/.test(phone)) throw pageError(400, "phone_number looks wrong");
      return sendJson(res, 200, { ok: true, message: state.pageView(c, state.userContact(c, phone)) });
    }
    if (action === "location") {
      const latitude = coordinate(params.latitude);
      const longitude = coordinate(params.longitude);
      const valid = Number.isFinite(latitude) && Number.isFinite(longitude);
      if (!valid || Math.abs(latitude) > 90 || Math.abs(longitude) > 180)
        throw pageError(400, "latitude must be -90..90 and longitude -180..180");
      return sendJson(res, 200, { ok: true, message: state.pageView(c, state.userLocation(c, latitude, longitude)) });
    }
    if (action === "files") {
      const file = uploads.get("file");
      if (!file) throw pageError(400, 'multipart field "file" is missing');
      const kind = optStr(params, "kind") === "photo" ? "photo" : "document";
      const caption = optStr(params, "caption")?.trim();
      const stored = state.userFile(c, kind, file.filename, file.data, file.contentType, caption);
      return sendJson(res, 200, { ok: true, message: state.pageView(c, stored) });
    }
    if (action === "callback") {
      const messageId = optInt(params, "message_id");
      const data = optStr(params, "data");
      if (messageId === undefined || data === undefined) throw pageError(400, "message_id and data are required");
      return sendJson(res, 200, { ok: true, callback_query_id: state.pressButton(c, messageId, data) });
    }
    throw pageError(404, "not found");
  }

  private file(res: ServerResponse, fileId: string, download: boolean): void {
    const file = this.state.files.get(fileId);
    if (!file?.data) throw pageError(404, "file not found");
    serveFile(res, file.data, file.mimeType, file.fileName, download);
  }

  private events(req: IncomingMessage, res: ServerResponse, c: ChatState): void {
    res.writeHead(200, {
      "content-type": "text/event-stream; charset=utf-8",
      "cache-control": "no-store",
      connection: "keep-alive",
    });
    const write = (data: unknown) => res.write(`data: ${JSON.stringify(data)}\n\n`);
    write({ type: "snapshot", ...this.state.snapshot(c) });
    const unsubscribe = this.state.subscribe(c.chat.id, write);
    this.streams.add(res);
    res.on("close", () => {
      unsubscribe();
      this.streams.delete(res);
    });
    req.socket.setTimeout(0);
  }
}

export function serveFile(
  res: ServerResponse,
  data: Buffer,
  mimeType: string,
  fileName: string,
  download: boolean,
): void {
  const disposition = `${download ? "attachment" : "inline"}; filename="${fileName.replace(/[^\x20-\x7e]|"/g, "_")}"; filename*=UTF-8''${encodeURIComponent(fileName)}`;
  res.writeHead(200, {
    "content-type": mimeType,
    "content-length": data.length,
    "content-disposition": disposition,
    "x-content-type-options": "nosniff",
    "content-security-policy": "sandbox",
  });
  res.end(data);
}
