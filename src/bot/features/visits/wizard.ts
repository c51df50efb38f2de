// /kunjungan: a BA records a visit, call or online session on the conversation kit:
//   1 coop (their own, most recently contacted first; type to search)   2 date (today by default;
//   "12/11", "kemarin" typed)   3 kind   4 topic   5 short note   6 follow-up day (optional)
//   7 photo and 8 location pin (optional, visits only). Saved at the end, re-checked in the service.
import { localeOf } from "../../../i18n.ts";
import { InlineKeyboard } from "grammy";
import type { Conv, ConvCtx } from "../../context.ts";
import { askButtons, askField, pickPaged, w, type PickItem, type Parsed } from "../../kit/index.ts";
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
import { addDays, localToday, parseYmd, ymdText } from "../../../services/oversight/local-day.ts";
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
  coops: Array<PickItem & { name: string; tz: string }>;
}

export async function visitWizard(conversation: Conv, ctx: ConvCtx, preCoopId?: number) {
  const t = ctx.t.bind(ctx);
  const start: Start = await conversation.external(async (octx) => {
    const u = octx.user;
    if (!u || u.role !== "BA" || u.deletedAt) return { error: "vis-only-ba", coops: [] };
    const prisma = octx.deps.prisma;
    const list = await coopsForVisit(prisma, u.id);
    if (list.length === 0) return { error: "vis-no-coops", coops: [] };
    const full = await prisma.cooperative.findMany({
      where: { id: { in: list.map((c) => c.id) } },
      select: { id: true, provinceCode: true, villageCode: true },
    });
    const of = (id: number) => full.find((f) => f.id === id)!;
    const labels = coopLabels(
      list.map((c) => ({ name: c.name, detail: getWilayah().villagePath(of(c.id).villageCode)?.district.name })),
      widthFor(1),
    );
    return {
      coops: list.map((c, i) => ({ code: String(c.id), label: labels[i]!, name: c.name, tz: coopTimeZone(of(c.id)) })),
    };
  });
  if (start.error) {
    await ctx.reply(t(start.error));
    return;
  }
  let total = 8;
  const head = (n: number, text: string) => `${t("vis-step", { step: n, total })}\n${text}`;

  // 1. coop
  let c: ConvCtx = ctx;
  let coop = start.coops.find((x) => x.code === String(preCoopId ?? ""));
  if (coop) await c.reply(head(1, t("vis-coop-given", { coop: coop.name })));
  else {
    const picked = await pickPaged(conversation, c, {
      title: (p) => head(1, t("vis-ask-coop", { page: p.page, pages: p.pages })),
      items: start.coops.map(({ code, label }) => ({ code, label })),
      pageSize: 8,
      columns: 1,
      search: (q) =>
        start.coops
          .filter((x) => x.name.toLowerCase().includes(q.toLowerCase()))
          .map(({ code, label }) => ({ code, label })),
      checkQuery: (q): Parsed<string> =>
        normalizeSpaces(q).length >= 2
          ? { ok: true, value: normalizeSpaces(q) }
          : { ok: false, error: "vis-search-short" },
      searchTitle: (q, p) => head(1, t("vis-search-title", { query: q, count: p.total })),
      notFound: (q) => t("vis-search-none", { query: q }),
    });
    c = picked.ctx;
    if (picked.value.kind !== "picked") return;
    const code = picked.value.code;
    coop = start.coops.find((x) => x.code === code)!;
  }
  const tz = coop.tz;
  const todayText = await conversation.external((octx) => ymdText(localToday(octx.deps.clock.now(), tz)));
  const today = parseYmd(todayText)!;

  // 2. date
  const dayAns = await askField(conversation, c, {
    text: head(2, t("vis-ask-date")),
    keyboard: new InlineKeyboard().text(t("vis-btn-today"), w("today")).text(t("vis-btn-yesterday"), w("yday")),
    choices: ["today", "yday"] as const,
    shown: (ch) => t(ch === "today" ? "vis-btn-today" : "vis-btn-yesterday"),
    parse: (i): Parsed<string> => {
      if (i.kind !== "text") return { ok: false, error: "vis-date-format" };
      const r = parseDayText(i.text, today, { side: "past", maxDays: BACKDATE_DAYS });
      return r.ok
        ? { ok: true, value: r.day }
        : { ok: false, error: `vis-date-${r.error}`, vars: { days: BACKDATE_DAYS } };
    },
  });
  c = dayAns.ctx;
  const day =
    dayAns.value.kind === "value"
      ? dayAns.value.value
      : dayAns.value.choice === "today"
        ? todayText
        : ymdText(addDays(today, -1));

  // 3. kind
  const kindKb = new InlineKeyboard();
  for (const k of VISIT_KINDS) kindKb.text(t(`vis-kind-${k}`), w(k));
  const kind = await askButtons<VisitKind>(conversation, c, {
    text: head(3, t("vis-ask-kind")),
    keyboard: kindKb,
    choices: VISIT_KINDS,
    shown: (k) => t(`vis-kind-${k}`),
  });
  c = kind.ctx;
  if (kind.value !== "VISIT") total = 6;

  // 4. topic
  const topicKb = new InlineKeyboard();
  VISIT_TOPICS.forEach((k, i) => {
    topicKb.text(t(`vis-topic-${k}`), w(k));
    if (i % 2 === 1) topicKb.row();
  });
  const topic = await askButtons<VisitTopic>(conversation, c, {
    text: head(4, t("vis-ask-topic")),
    keyboard: topicKb,
    choices: VISIT_TOPICS,
    shown: (k) => t(`vis-topic-${k}`),
  });
  c = topic.ctx;

  // 5. note
  const note = await askField<string, never>(conversation, c, {
    text: head(5, t("vis-ask-note", { max: NOTE_MAX })),
    parse: (i): Parsed<string> => {
      if (i.kind !== "text") return { ok: false, error: "vis-note-text" };
      const s = normalizeSpaces(i.text);
      if (s.length < NOTE_MIN) return { ok: false, error: "vis-note-short" };
      if (s.length > NOTE_MAX) return { ok: false, error: "vis-note-long", vars: { length: s.length, max: NOTE_MAX } };
      return { ok: true, value: s };
    },
  });
  c = note.ctx;
  const noteText = note.value.kind === "value" ? note.value.value : "";

  // 6. follow-up
  const follow = await askField(conversation, c, {
    text: head(6, t("vis-ask-follow")),
    keyboard: new InlineKeyboard().text(t("vis-btn-no-follow"), w("none")),
    choices: ["none"] as const,
    shown: () => t("vis-btn-no-follow"),
    parse: (i): Parsed<string> => {
      if (i.kind !== "text") return { ok: false, error: "vis-follow-format" };
      const r = parseDayText(i.text, today, { side: "future", maxDays: FOLLOW_UP_DAYS });
      if (r.ok && r.day === todayText) return { ok: false, error: "vis-follow-past" };
      return r.ok
        ? { ok: true, value: r.day }
        : {
            ok: false,
            error: `vis-follow-${r.error === "format" ? "format" : r.error === "past" ? "past" : "too-far"}`,
            vars: { days: FOLLOW_UP_DAYS },
          };
    },
  });
  c = follow.ctx;
  const followUp = follow.value.kind === "value" ? follow.value.value : null;

  // 7–8. photo and pin, for visits only
  let photo: string | null = null;
  let location: { lat: number; lng: number } | null = null;
  if (kind.value === "VISIT") {
    const ph = await askField(conversation, c, {
      text: head(7, t("vis-ask-photo")),
      keyboard: new InlineKeyboard().text(t("vis-btn-skip"), w("skip")),
      choices: ["skip"] as const,
      shown: () => t("vis-btn-skip"),
      accept: ["photo"],
      parse: (i): Parsed<string> =>
        i.kind === "photo" ? { ok: true, value: i.fileId } : { ok: false, error: "vis-photo-expected" },
    });
    c = ph.ctx;
    photo = ph.value.kind === "value" ? ph.value.value : null;
    const loc = await askField(conversation, c, {
      text: head(8, t("vis-ask-location")),
      keyboard: new InlineKeyboard().text(t("vis-btn-skip"), w("skip")),
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
    c = loc.ctx;
    location = loc.value.kind === "value" ? loc.value.value : null;
  }

  const coopId = Number(coop.code);
  const saved = await conversation.external(async (octx) => {
    const r = await recordVisit(
      octx.deps.prisma,
      octx.user!,
      { coopId, day, kind: kind.value, topic: topic.value, note: noteText, followUp, photoFileId: photo, location },
      octx.deps.clock.now(),
    );
    return r.kind;
  });
  if (saved !== "ok") {
    await c.reply(t(saved === "forbidden" ? "vis-failed" : "vis-invalid"));
    return;
  }
  const at = (ymd: string) => formatDateId(new Date(`${ymd}T12:00:00Z`), "UTC", localeOf(t));
  const lines = [
    t("vis-saved", {
      kind: t(`vis-kind-${kind.value}`),
      coop: coop.name,
      date: at(day),
      topic: t(`vis-topic-${topic.value}`),
      note: truncate(noteText, 200),
    }),
  ];
  if (followUp) lines.push(t("vis-saved-follow", { date: at(followUp), zone: timeZoneLabel(new Date(0), tz) }));
  if (photo) lines.push(t("vis-saved-photo"));
  if (location) lines.push(t("vis-saved-location"));
  await c.reply(lines.join("\n"), {
    reply_markup: new InlineKeyboard().text(t("vis-btn-history"), ov("h", coopId, 0)),
  });
}
