// /kunjungan: a BA records a visit, call or online session on the conversation kit:
//   1 coop (their own, most recently contacted first; type to search)   2 date (today by default;
//   "12/11", "kemarin" typed)   3 kind   4 topic   5 short note   6 follow-up day (optional)
//   7 photo and 8 location pin (optional, visits only). Saved at the end, re-checked in the service.
import { localeOf, type Translate } from "../../../i18n.ts";
import { InlineKeyboard } from "grammy";
import type { Conv, ConvCtx, Ctx } from "../../context.ts";
import { asker, w, type Asker, type PickItem, type Parsed } from "../../kit/index.ts";
import {
  BACKDATE_DAYS,
  coopsForVisit,
  FOLLOW_UP_DAYS,
  NOTE_MAX,
  NOTE_MIN,
  recordVisit,
  VISIT_KINDS,
  VISIT_TOPICS,
  type VisitKind,
  type VisitTopic,
} from "../../../services/visits/index.ts";
import { parseDayText } from "../../../services/visits/parse-date.ts";
import { addDays, localToday, parseYmd, ymdText, type Ymd } from "../../../services/oversight/local-day.ts";
import { coopTimeZone } from "../../../services/sla.ts";
import { formatDateId, timeZoneLabel } from "../../../lib/dates.ts";
import { normalizeSpaces, truncate } from "../../../lib/text.ts";
import { coopLabels, widthFor } from "../../../lib/button-label.ts";
import { getWilayah } from "../../../services/wilayah/index.ts";
import { ov } from "../../../messages/oversight-callbacks.ts";

export const VISIT = "visit";

/** Indonesia's bounding box, roughly: a pin outside it is a mistake. */
const inIndonesia = (lat: number, lng: number) => lat >= -11.5 && lat <= 6.5 && lng >= 94.5 && lng <= 141.5;

interface Start {
  error?: string;
  coops: Coop[];
}

type Coop = PickItem & { name: string; tz: string };

/** What every step gets: the asker and the "Langkah n dari total" header (6 steps unless a visit). */
interface Steps {
  ask: Asker;
  t: Translate;
  total: number;
  today: { text: string; day: Ymd };
}

const head = (s: Pick<Steps, "t" | "total">, n: number, text: string) =>
  `${s.t("vis-step", { step: n, total: s.total })}\n${text}`;

interface Answers {
  day: string;
  kind: VisitKind;
  topic: VisitTopic;
  note: string;
  followUp: string | null;
  photo: string | null;
  location: { lat: number; lng: number } | null;
}

export async function visitWizard(conversation: Conv, ctx: ConvCtx, preCoopId?: number) {
  const ask = asker(conversation, ctx);
  const t: Translate = ctx.t.bind(ctx);
  const start = await conversation.external((octx) => loadStart(octx));
  if (start.error) {
    await ask.reply(t(start.error));
    return;
  }
  const coop = await askCoop({ ask, t, total: 8 }, start.coops, preCoopId);
  if (!coop) return;
  const todayText = await conversation.external((octx) => ymdText(localToday(octx.deps.clock.now(), coop.tz)));
  const parsedToday = parseYmd(todayText);
  if (!parsedToday) return;
  const steps: Steps = { ask, t, total: 8, today: { text: todayText, day: parsedToday } };
  const day = await askDay(steps);
  const kind = await askKind(steps);
  if (kind !== "VISIT") steps.total = 6;
  const topic = await askTopic(steps);
  const note = await askNote(steps);
  const followUp = await askFollowUp(steps);
  const extras = kind === "VISIT" ? await askPhotoAndPin(steps) : { photo: null, location: null };
  await save(steps, coop, { day, kind, topic, note, followUp, ...extras });
}

/** The BA's coops, most recently contacted first, labelled with their kecamatan. */
async function loadStart(octx: Ctx): Promise<Start> {
  const u = octx.user;
  if (!u || u.role !== "BA" || u.deletedAt) return { error: "vis-only-ba", coops: [] };
  const prisma = octx.deps.prisma;
  const list = await coopsForVisit(prisma, u.id);
  if (list.length === 0) return { error: "vis-no-coops", coops: [] };
  const full = await prisma.cooperative.findMany({
    where: { id: { in: list.map((c) => c.id) } },
    select: { id: true, provinceCode: true, villageCode: true },
  });
  const byId = new Map(full.map((f) => [f.id, f]));
  const coops: Coop[] = [];
  const labels = coopLabels(
    list.map((c) => ({
      name: c.name,
      detail: getWilayah().villagePath(byId.get(c.id)?.villageCode ?? "")?.district.name,
    })),
    widthFor(1),
  );
  list.forEach((c, i) => {
    const f = byId.get(c.id);
    if (f) coops.push({ code: String(c.id), label: labels[i] ?? c.name, name: c.name, tz: coopTimeZone(f) });
  });
  return { coops };
}

// 1. coop (given by the button that opened the wizard, or picked; type to search)
async function askCoop(s: Pick<Steps, "ask" | "t" | "total">, coops: Coop[], preCoopId?: number) {
  const { ask, t } = s;
  const given = coops.find((x) => x.code === String(preCoopId ?? ""));
  if (given) {
    await ask.reply(head(s, 1, t("vis-coop-given", { coop: given.name })));
    return given;
  }
  const items = (list: Coop[]) => list.map(({ code, label }) => ({ code, label }));
  const picked = await ask.pick({
    title: (p) => head(s, 1, t("vis-ask-coop", { page: p.page, pages: p.pages })),
    items: items(coops),
    pageSize: 8,
    columns: 1,
    search: (q) => items(coops.filter((x) => x.name.toLowerCase().includes(q.toLowerCase()))),
    checkQuery: (q): Parsed<string> =>
      normalizeSpaces(q).length >= 2
        ? { ok: true, value: normalizeSpaces(q) }
        : { ok: false, error: "vis-search-short" },
    searchTitle: (q, p) => head(s, 1, t("vis-search-title", { query: q, count: p.total })),
    notFound: (q) => t("vis-search-none", { query: q }),
  });
  if (picked.kind !== "picked") return undefined;
  return coops.find((x) => x.code === picked.code);
}

// 2. date (today by default; "12/11", "kemarin" typed)
async function askDay(s: Steps): Promise<string> {
  const { t, today } = s;
  const a = await s.ask.field({
    text: head(s, 2, t("vis-ask-date")),
    keyboard: new InlineKeyboard().text(t("vis-btn-today"), w("today")).text(t("vis-btn-yesterday"), w("yday")),
    choices: ["today", "yday"] as const,
    shown: (ch) => t(ch === "today" ? "vis-btn-today" : "vis-btn-yesterday"),
    parse: (i): Parsed<string> => {
      if (i.kind !== "text") return { ok: false, error: "vis-date-format" };
      const r = parseDayText(i.text, today.day, { side: "past", maxDays: BACKDATE_DAYS });
      return r.ok
        ? { ok: true, value: r.day }
        : { ok: false, error: `vis-date-${r.error}`, vars: { days: BACKDATE_DAYS } };
    },
  });
  if (a.kind === "value") return a.value;
  return a.choice === "today" ? today.text : ymdText(addDays(today.day, -1));
}

// 3. kind
function askKind(s: Steps): Promise<VisitKind> {
  const kb = new InlineKeyboard();
  for (const k of VISIT_KINDS) kb.text(s.t(`vis-kind-${k}`), w(k));
  return s.ask.buttons<VisitKind>({
    text: head(s, 3, s.t("vis-ask-kind")),
    keyboard: kb,
    choices: VISIT_KINDS,
    shown: (k) => s.t(`vis-kind-${k}`),
  });
}

// 4. topic
function askTopic(s: Steps): Promise<VisitTopic> {
  const kb = new InlineKeyboard();
  VISIT_TOPICS.forEach((k, i) => {
    kb.text(s.t(`vis-topic-${k}`), w(k));
    if (i % 2 === 1) kb.row();
  });
  return s.ask.buttons<VisitTopic>({
    text: head(s, 4, s.t("vis-ask-topic")),
    keyboard: kb,
    choices: VISIT_TOPICS,
    shown: (k) => s.t(`vis-topic-${k}`),
  });
}

// 5. short note
function askNote(s: Steps): Promise<string> {
  return s.ask.typed<string>({
    text: head(s, 5, s.t("vis-ask-note", { max: NOTE_MAX })),
    parse: (i): Parsed<string> => {
      if (i.kind !== "text") return { ok: false, error: "vis-note-text" };
      const n = normalizeSpaces(i.text);
      if (n.length < NOTE_MIN) return { ok: false, error: "vis-note-short" };
      if (n.length > NOTE_MAX) return { ok: false, error: "vis-note-long", vars: { length: n.length, max: NOTE_MAX } };
      return { ok: true, value: n };
    },
  });
}

// 6. follow-up day (optional)
async function askFollowUp(s: Steps): Promise<string | null> {
  const { t, today } = s;
  const a = await s.ask.field({
    text: head(s, 6, t("vis-ask-follow")),
    keyboard: new InlineKeyboard().text(t("vis-btn-no-follow"), w("none")),
    choices: ["none"] as const,
    shown: () => t("vis-btn-no-follow"),
    parse: (i): Parsed<string> => {
      if (i.kind !== "text") return { ok: false, error: "vis-follow-format" };
      const r = parseDayText(i.text, today.day, { side: "future", maxDays: FOLLOW_UP_DAYS });
      if (r.ok && r.day === today.text) return { ok: false, error: "vis-follow-past" };
      return r.ok
        ? { ok: true, value: r.day }
        : {
            ok: false,
            error: `vis-follow-${r.error === "format" ? "format" : r.error === "past" ? "past" : "too-far"}`,
            vars: { days: FOLLOW_UP_DAYS },
          };
    },
  });
  return a.kind === "value" ? a.value : null;
}

// 7–8. photo and location pin (optional, visits only)
async function askPhotoAndPin(s: Steps): Promise<Pick<Answers, "photo" | "location">> {
  const { t } = s;
  const skipKb = () => new InlineKeyboard().text(t("vis-btn-skip"), w("skip"));
  const ph = await s.ask.field({
    text: head(s, 7, t("vis-ask-photo")),
    keyboard: skipKb(),
    choices: ["skip"] as const,
    shown: () => t("vis-btn-skip"),
    accept: ["photo"],
    parse: (i): Parsed<string> =>
      i.kind === "photo" ? { ok: true, value: i.fileId } : { ok: false, error: "vis-photo-expected" },
  });
  const loc = await s.ask.field({
    text: head(s, 8, t("vis-ask-location")),
    keyboard: skipKb(),
    choices: ["skip"] as const,
    shown: () => t("vis-btn-skip"),
    accept: ["location"],
    parse: (i): Parsed<{ lat: number; lng: number }> => {
      if (i.kind !== "location") return { ok: false, error: "vis-location-expected" };
      return inIndonesia(i.lat, i.lng)
        ? { ok: true, value: { lat: i.lat, lng: i.lng } }
        : { ok: false, error: "vis-location-outside" };
    },
  });
  return { photo: ph.kind === "value" ? ph.value : null, location: loc.kind === "value" ? loc.value : null };
}

/** Saved at the end (re-checked in the service), then the summary with a button to the history. */
async function save(s: Steps, coop: Coop, a: Answers): Promise<void> {
  const { ask, t } = s;
  const coopId = Number(coop.code);
  const saved = await ask.conversation.external(async (octx) => {
    if (!octx.user) return "forbidden";
    const input = { coopId, day: a.day, kind: a.kind, topic: a.topic, note: a.note, followUp: a.followUp };
    const r = await recordVisit(
      octx.deps.prisma,
      octx.user,
      { ...input, photoFileId: a.photo, location: a.location },
      octx.deps.clock.now(),
    );
    return r.kind;
  });
  if (saved !== "ok") {
    await ask.reply(t(saved === "forbidden" ? "vis-failed" : "vis-invalid"));
    return;
  }
  const at = (ymd: string) => formatDateId(new Date(`${ymd}T12:00:00Z`), "UTC", localeOf(t));
  const lines = [
    t("vis-saved", {
      kind: t(`vis-kind-${a.kind}`),
      coop: coop.name,
      date: at(a.day),
      topic: t(`vis-topic-${a.topic}`),
      note: truncate(a.note, 200),
    }),
  ];
  if (a.followUp)
    lines.push(t("vis-saved-follow", { date: at(a.followUp), zone: timeZoneLabel(new Date(0), coop.tz) }));
  if (a.photo) lines.push(t("vis-saved-photo"));
  if (a.location) lines.push(t("vis-saved-location"));
  await ask.reply(lines.join("\n"), {
    reply_markup: new InlineKeyboard().text(t("vis-btn-history"), ov("history", coopId, 0)),
  });
}
