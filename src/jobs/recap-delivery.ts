// The monthly recap job (every 15 minutes, and once at start): for each zone whose recap instant
// has passed this month (services/recap/schedule.ts), the DINAS/PMO users still owed the recap of
// the month just closed get a message (≤ 600 characters, with the drill-down buttons), the XLSX and
// the chart, through the outbox (bulk lane, group "recap:<period>"). Files are built once per
// (area, language) and stored once as Attachments. RecapDelivery rows, inserted in the same
// transaction as the outbox rows, make it exactly once across restarts and racing instances.
import type { Deps } from "../deps.ts";
import { translatorIn, type TranslateIn } from "../lib/translate.ts";
import type { PrismaClient } from "../generated/prisma/client.ts";
import { formatPeriod } from "../lib/dates.ts";
import { packPages } from "../lib/text.ts";
import { enqueueMany, storeAttachment, type OutboxItem } from "../outbox/index.ts";
import { getWilayah } from "../services/wilayah/index.ts";
import { openArea, recapOf, recapScopeOf, recentPeriods } from "../services/recap/index.ts";
import { dueZones, recipientsDue, type RecapRecipient } from "../services/recap/schedule.ts";
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
  const { prisma, clock, config, logger } = env.deps;
  const results: RecapRunResult[] = [];
  for (const zone of dueZones(clock.now(), {
    day: config.recapDay,
    hour: config.recapHour,
  })) {
    const res: RecapRunResult = {
      zone: zone.tz,
      period: zone.period,
      recipients: 0,
      queued: 0,
    };
    const users = await recipientsDue(prisma, zone);
    // one recap (and one pair of files) per area and language
    const groups = new Map<string, RecapRecipient[]>();
    for (const u of users) {
      const scope = recapScopeOf(u);
      if (!scope) continue;
      const key = `${scope.root.key}|${u.locale ?? config.defaultLocale}`;
      groups.set(key, [...(groups.get(key) ?? []), u]);
    }
    for (const [key, members] of groups) {
      const [areaKey, locale] = key.split("|") as [string, string];
      const w = getWilayah(); // loaded only when there is a recap to make (the run at start rarely has one)
      const opened = await openArea(prisma, w, members[0]!, areaKey);
      if (!opened) continue;
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
      const texts = recapMessages(intro, body);
      const keyboard = recapKeyboard(t, r, {
        page: 0,
        periods: recentPeriods(now, zoneOfArea(opened.scope.root.code), PERIOD_BUTTONS),
      });
      const xlsx = await buildRecapXlsx(prisma, w, {
        recap: r,
        now,
        dueDay: config.reportDueDay,
        t,
      });
      const png = await recapChartPng(r, t, formatPeriod(zone.period), gap);
      const pngName = xlsx.filename.replace(/\.xlsx$/, ".png");
      const vars = { area: r.name, period: formatPeriod(zone.period) };
      const queued = await prisma.$transaction(
        async (tx) => {
          const created = await tx.recapDelivery.createManyAndReturn({
            data: members.map((u) => ({
              userId: u.id,
              period: zone.period,
              at: now,
            })),
            skipDuplicates: true,
            select: { userId: true },
          });
          if (created.length === 0) return 0;
          const db = tx as unknown as PrismaClient;
          const xlsxId = await storeAttachment(db, {
            filename: xlsx.filename,
            mime: XLSX_MIME,
            bytes: xlsx.bytes,
          });
          const pngId = await storeAttachment(db, {
            filename: pngName,
            mime: "image/png",
            bytes: png.bytes,
          });
          const mine = new Set(created.map((c) => c.userId));
          const common = {
            lane: "bulk" as const,
            group: `recap:${zone.period}`,
          };
          const items: OutboxItem[] = members
            .filter((u) => mine.has(u.id))
            .flatMap((u) => {
              const keys = recapKeys(zone.period, u.id);
              return [
                ...texts.map((text, i) => ({
                  ...common,
                  key: i === 0 ? keys.text : `${keys.text}:${i + 1}`,
                  chatId: u.telegramId,
                  text,
                  ...(i === texts.length - 1 ? { replyMarkup: keyboard } : {}),
                })),
                {
                  ...common,
                  key: keys.xlsx,
                  chatId: u.telegramId,
                  method: "sendDocument" as const,
                  attachmentId: xlsxId,
                  caption: t("recap-file-caption", vars),
                },
                {
                  ...common,
                  key: keys.png,
                  chatId: u.telegramId,
                  method: "sendPhoto" as const,
                  attachmentId: pngId,
                  caption: t("recap-chart-caption", vars),
                },
              ];
            });
          await enqueueMany(tx, items, now);
          return created.length;
        },
        { timeout: 120_000, maxWait: 60_000 },
      );
      res.recipients += queued;
      res.queued += queued * (texts.length + 2);
    }
    if (res.recipients > 0) logger.info({ job: RECAP_JOB, ...res }, "monthly recaps queued");
    results.push(res);
  }
  return results;
}
