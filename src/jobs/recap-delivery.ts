// The monthly recap job (every 15 minutes, and once at start): for each zone whose recap instant
// has passed this month (services/recap/schedule.ts), the DINAS/PMO users still owed the recap of
// the month just closed get a message (≤ 600 characters, with the drill-down buttons), the XLSX and
// the chart, through the outbox (bulk lane, group "recap:<period>"). Files are built once per
// (area, language) and stored once as Attachments. RecapDelivery rows, inserted in the same
// transaction as the outbox rows, make it exactly once across restarts and racing instances.
import type { Deps } from "../deps.ts";
import type { InlineKeyboard } from "grammy";
import { translatorIn, type Translate, type TranslateIn } from "../lib/translate.ts";
import type { PrismaClient } from "../generated/prisma/client.ts";
import { formatPeriod } from "../lib/dates.ts";
import { packPages } from "../lib/text.ts";
import { storeAttachment } from "../outbox/index.ts";
import { sendMany, type Outgoing } from "../messages/outbound.ts";
import { getWilayah } from "../services/wilayah/index.ts";
import { openArea, recapOf, recapScopeOf, recentPeriods } from "../services/recap/index.ts";
import { dueZones, recipientsDue, type DueZone, type RecapRecipient } from "../services/recap/schedule.ts";
import { zoneOfArea } from "../services/recap/sql.ts";
import { buildRecapXlsx, recapChartPng } from "../services/recap/files.ts";
import { MAX_TEXT, renderRecapText } from "../messages/recap/render.ts";
import { PERIOD_BUTTONS, recapKeyboard } from "../messages/recap/keyboard.ts";
import { rosterGap } from "../services/recap/roster-gap.ts";
import { gapLines, withGapLines } from "../services/recap/roster-gap-render.ts";

export interface RecapJobEnv {
  deps: Pick<Deps, "prisma" | "clock" | "config" | "logger">;
  t: TranslateIn;
}

export interface RecapRunResult {
  zone: string;
  period: string;
  recipients: number;
  queued: number;
}

export const RECAP_JOB = "recap-delivery";
const XLSX_MIME = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/** The outbox keys of one recipient's recap. */
export const recapKeys = (period: string, userId: number) => ({
  text: `recap:${period}:${userId}:text`,
  xlsx: `recap:${period}:${userId}:xlsx`,
  png: `recap:${period}:${userId}:png`,
});

/**
 * The recap's message(s): the intro and the recap in one message when it fits in 600 characters,
 * else paged on line ends, every line kept; the title says "(1/2)", later pages repeat it with "(2/2)". The buttons
 * go on the last page.
 */
export function recapMessages(intro: string, body: string, max = MAX_TEXT): string[] {
  const whole = `${intro}\n\n${body}`;
  if (whole.length <= max) return [whole];
  const [title = "", ...lines] = body.split("\n");
  const room = max - title.length - 8;
  const pages = packPages([`${intro}\n\n${title}`, ...lines], room);
  const head = `${intro}\n\n${title}`;
  return pages.map((p, i) =>
    i === 0 ? `${head} (1/${pages.length})${p.slice(head.length)}` : `${title} (${i + 1}/${pages.length})\n${p}`,
  );
}

export async function runRecapDelivery(env: RecapJobEnv): Promise<RecapRunResult[]> {
  const { clock, config } = env.deps;
  const results: RecapRunResult[] = [];
  for (const zone of dueZones(clock.now(), { day: config.recapDay, hour: config.recapHour }))
    results.push(await deliverZone(env, zone));
  return results;
}

/** One zone's recaps: one recap (and one pair of files) per area and language, queued for whoever is still owed it. */
async function deliverZone(env: RecapJobEnv, zone: DueZone): Promise<RecapRunResult> {
  const { prisma, config, logger } = env.deps;
  const res: RecapRunResult = { zone: zone.tz, period: zone.period, recipients: 0, queued: 0 };
  const users = await recipientsDue(prisma, zone);
  for (const [key, members] of groupByAreaAndLocale(users, config.defaultLocale)) {
    const [areaKey, locale] = key.split("|") as [string, string];
    const parcel = await buildParcel(env, zone, members[0]!, areaKey, locale);
    if (!parcel) continue;
    const queued = await queueParcel(prisma, zone, parcel, members);
    res.recipients += queued;
    res.queued += queued * (parcel.texts.length + 2);
  }
  if (res.recipients > 0) logger.info({ job: RECAP_JOB, ...res }, "monthly recaps queued");
  return res;
}

/** Recipients by "<area key>|<locale>" (people without a recap scope are left out). */
function groupByAreaAndLocale(users: RecapRecipient[], defaultLocale: string): Map<string, RecapRecipient[]> {
  const groups = new Map<string, RecapRecipient[]>();
  for (const u of users) {
    const scope = recapScopeOf(u);
    if (!scope) continue;
    const key = `${scope.root.key}|${u.locale ?? defaultLocale}`;
    const group = groups.get(key);
    if (group) group.push(u);
    else groups.set(key, [u]);
  }
  return groups;
}

/** One area's recap in one language, rendered once for all its recipients. */
interface RecapParcel {
  now: Date;
  t: Translate;
  /** the message pages (the last one carries the keyboard) */
  texts: string[];
  keyboard: InlineKeyboard;
  xlsx: { filename: string; bytes: Buffer };
  png: { filename: string; bytes: Buffer };
  /** the files' captions */
  vars: { area: string; period: string };
}

async function buildParcel(
  env: RecapJobEnv,
  zone: DueZone,
  first: RecapRecipient,
  areaKey: string,
  locale: string,
): Promise<RecapParcel | undefined> {
  const { prisma, clock, config } = env.deps;
  const w = getWilayah(); // loaded only when there is a recap to make (the run at start rarely has one)
  const opened = await openArea(prisma, w, first, areaKey);
  if (!opened) return undefined;
  const now = clock.now();
  const t = translatorIn(env.t, locale);
  const r = await recapOf(prisma, w, opened, zone.period, now, config.reportDueDay);
  const intro = t("recap-scheduled-intro");
  const gap = await rosterGap(prisma, { area: r.area, baId: r.baId }, zone.period);
  const body = withGapLines(
    (max) => renderRecapText(t, r, undefined, max),
    gap ? gapLines(t, w, gap) : [],
    MAX_TEXT - intro.length - 2,
  );
  const periods = recentPeriods(now, zoneOfArea(opened.scope.root.code), PERIOD_BUTTONS);
  const keyboard = recapKeyboard(t, r, { page: 0, periods });
  const xlsx = await buildRecapXlsx(prisma, w, { recap: r, now, dueDay: config.reportDueDay, t });
  const png = await recapChartPng(r, t, formatPeriod(zone.period), gap);
  const pngFile = { filename: xlsx.filename.replace(/\.xlsx$/, ".png"), bytes: png.bytes };
  const vars = { area: r.name, period: formatPeriod(zone.period) };
  return { now, t, texts: recapMessages(intro, body), keyboard, xlsx, png: pngFile, vars };
}

/**
 * Exactly once: RecapDelivery rows for the members not served yet, the files stored once, and their
 * outbox rows — in one transaction. Returns how many members it queued the recap for.
 */
async function queueParcel(
  prisma: PrismaClient,
  zone: DueZone,
  parcel: RecapParcel,
  members: RecapRecipient[],
): Promise<number> {
  const { now } = parcel;
  return prisma.$transaction(
    async (tx) => {
      const created = await tx.recapDelivery.createManyAndReturn({
        data: members.map((u) => ({ userId: u.id, period: zone.period, at: now })),
        skipDuplicates: true,
        select: { userId: true },
      });
      if (created.length === 0) return 0;
      const files = {
        xlsxId: await storeAttachment(tx, { ...parcel.xlsx, mime: XLSX_MIME }),
        pngId: await storeAttachment(tx, { ...parcel.png, mime: "image/png" }),
      };
      const mine = new Set(created.map((c) => c.userId));
      const recipients = members.filter((u) => mine.has(u.id));
      await sendMany(tx, recapItems(zone, parcel, files, recipients), now);
      return created.length;
    },
    { timeout: 120_000, maxWait: 60_000 },
  );
}

/** Each recipient's messages: the text pages, then the XLSX and the chart (bulk lane, group "recap:<period>"). */
function recapItems(
  zone: DueZone,
  parcel: RecapParcel,
  files: { xlsxId: number; pngId: number },
  recipients: RecapRecipient[],
): Outgoing[] {
  const { t, texts, keyboard, vars } = parcel;
  const common = { lane: "bulk" as const, group: `recap:${zone.period}` };
  // the text pages keep keys "<text key>", "<text key>:2"…; the files have their own
  return recipients.map((u) => {
    const keys = recapKeys(zone.period, u.id);
    return {
      ...common,
      to: u,
      key: keys.text,
      message: [
        ...texts.map((text, i) => ({ text, ...(i === texts.length - 1 ? { replyMarkup: keyboard } : {}) })),
        {
          key: keys.xlsx,
          file: "document" as const,
          attachmentId: files.xlsxId,
          caption: t("recap-file-caption", vars),
        },
        { key: keys.png, file: "photo" as const, attachmentId: files.pngId, caption: t("recap-chart-caption", vars) },
      ],
    };
  });
}
