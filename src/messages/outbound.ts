// The one way out: every message that is not a reply to the current update — a feature's notice,
// a job's reminder, a hook's follow-up — is queued here, and nowhere else (the lint forbids the
// outbox's enqueue outside this file). Rendered in the recipient's language, turned into outbox
// rows (src/outbox: durable, paced, retried) under an idempotency key; lane "interactive" unless
// told. A person known to have blocked the bot (recipient.blockedAt) gets nothing queued: that rule
// lives here only.
import { randomUUID } from "node:crypto";
import { translatorIn, type Translate, type TranslateIn } from "../lib/translate.ts";
import type {
  OutboxDb,
  OutboxItem,
  OutboxLane,
  Outgoing,
  Part,
  Queue,
  Recipient,
  Rendered,
  TextPart,
} from "../lib/outbound.ts";
import { enqueueMany } from "../outbox/enqueue.ts";

export type { Outgoing, Part, Queue, Recipient, Rendered } from "../lib/outbound.ts";

/** A rendered message, or one rendered in the recipient's language when it is sent. */
export type Message = Rendered | ((t: Translate) => Rendered);

export interface SendOptions {
  /** idempotency key (a retried job queues the message once); default: a fresh random key */
  key?: string;
  /** default "interactive" */
  lane?: OutboxLane;
  group?: string;
  notBefore?: Date;
  /** queue inside this transaction instead of on its own */
  db?: OutboxDb;
  /** default: the sender's clock */
  now?: Date;
}

/** ok: queued (`queued` rows were new; 0 when the key was queued before); not ok: blocked, nothing queued */
export type SendResult = { ok: true; queued: number } | { ok: false; blocked: true; error: "blocked" };

export interface Sender {
  /** a text in a locale (null: the default one) */
  t: TranslateIn;
  send(to: Recipient, message: Message, opts?: SendOptions): Promise<SendResult>;
}

export interface SenderEnv {
  prisma: OutboxDb;
  clock: { now(): Date };
  t: TranslateIn;
}

const TEXT_MAX = 4096;
const TEXT_PIECE = 4000;
const CAPTION_MAX = 1024;

/** The blocked-user rule, the one place it is written. */
const unreachable = (to: Recipient) => !!to.blockedAt;

const randomKey = () => `n:${randomUUID()}`;

type Common = Pick<OutboxItem, "chatId" | "lane" | "group" | "notBefore">;

const cut = (caption: string | undefined) =>
  caption !== undefined && caption.length > CAPTION_MAX ? `${caption.slice(0, CAPTION_MAX - 1)}…` : caption;

function captionOf(p: { caption?: string; captionEntities?: TextPart["entities"] }) {
  const caption = cut(p.caption);
  return {
    ...(caption !== undefined ? { caption } : {}),
    ...(p.captionEntities ? { captionEntities: p.captionEntities } : {}),
  };
}

/** A text longer than Telegram takes: pieces "<key>:part0"…, the last keeps the key and the buttons. */
function textItems(key: string, c: Common, p: TextPart): OutboxItem[] {
  const markup = p.replyMarkup !== undefined ? { replyMarkup: p.replyMarkup } : {};
  if (p.text.length <= TEXT_MAX || p.entities)
    return [{ key, ...c, text: p.text, ...(p.entities ? { entities: p.entities } : {}), ...markup }];
  const pieces: string[] = [];
  for (let i = 0; i < p.text.length; i += TEXT_PIECE) pieces.push(p.text.slice(i, i + TEXT_PIECE));
  return pieces.map((text, i) =>
    i === pieces.length - 1 ? { key, ...c, text, ...markup } : { key: `${key}:part${i}`, ...c, text },
  );
}

function partItems(key: string, c: Common, p: Part): OutboxItem[] {
  const markup = p.replyMarkup !== undefined ? { replyMarkup: p.replyMarkup } : {};
  if ("text" in p) return textItems(key, c, p);
  if ("file" in p)
    return [
      {
        key,
        ...c,
        method: p.file === "photo" ? "sendPhoto" : "sendDocument",
        ...(p.fileId !== undefined ? { fileId: p.fileId } : {}),
        ...(p.attachmentId !== undefined ? { attachmentId: p.attachmentId } : {}),
        ...captionOf(p),
        ...markup,
      },
    ];
  return [
    {
      key,
      ...c,
      method: "copyMessage",
      fromChatId: p.copyOf.chatId,
      messageId: p.copyOf.messageId,
      ...captionOf(p),
      ...markup,
    },
  ];
}

/** The outbox rows of one message, in the order they are sent. */
function itemsOf(o: Outgoing): OutboxItem[] {
  const c: Common = {
    chatId: o.to.telegramId,
    ...(o.lane ? { lane: o.lane } : {}),
    ...(o.group ? { group: o.group } : {}),
    ...(o.notBefore ? { notBefore: o.notBefore } : {}),
  };
  const m = o.message;
  if (Array.isArray(m)) return m.flatMap((p, i) => partItems(p.key ?? (i === 0 ? o.key : `${o.key}:${i + 1}`), c, p));
  if ("pages" in m)
    return m.pages.map((text, i) => ({
      key: `${o.key}:p${i}`,
      ...c,
      text,
      ...(i === m.pages.length - 1 && m.replyMarkup !== undefined ? { replyMarkup: m.replyMarkup } : {}),
    }));
  return partItems(o.key, c, m);
}

/**
 * Queue rendered messages in one statement (bulk jobs, services in their transaction); blocked
 * recipients are left out. Returns how many outbox rows were new. This is the `Queue` services receive.
 */
export const sendMany: Queue = (db, list, now) =>
  enqueueMany(db, list.filter((o) => !unreachable(o.to)).flatMap(itemsOf), now);

/** The sender of a bot or job: `send(recipient, message, { key, lane, group, db })`. */
export function createSender(env: SenderEnv): Sender {
  return {
    t: env.t,
    async send(to, message, opts = {}) {
      if (unreachable(to)) return { ok: false, blocked: true, error: "blocked" };
      const o: Outgoing = {
        to,
        message: typeof message === "function" ? message(translatorIn(env.t, to.locale)) : message,
        key: opts.key ?? randomKey(),
        ...(opts.lane ? { lane: opts.lane } : {}),
        ...(opts.group ? { group: opts.group } : {}),
        ...(opts.notBefore ? { notBefore: opts.notBefore } : {}),
      };
      const queued = await enqueueMany(opts.db ?? env.prisma, itemsOf(o), opts.now ?? env.clock.now());
      return { ok: true, queued };
    },
  };
}
