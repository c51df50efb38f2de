// Driving /siaran like an admin would, plus draining the outbox and running the progress job.
import type { MessageEntity } from "grammy/types";
import type { Harness } from "../helpers/harness.ts";
import type { TestUser } from "../helpers/test-user.ts";
import { drainWith } from "../outbox/helpers.ts";
import { runBroadcastProgress } from "../../src/jobs/broadcast-progress.ts";

let seq = 50_000;
const base = (u: TestUser) => ({
  message_id: seq++,
  date: Math.floor(Date.now() / 1000),
  chat: { id: u.id, type: "private" as const, first_name: u.from.first_name },
  from: u.from,
});

export function sendWithEntities(h: Harness, u: TestUser, text: string, entities: MessageEntity[]) {
  return h.handle({ message: { ...base(u), text, entities } } as never);
}

export function sendPhotoWithCaption(
  h: Harness,
  u: TestUser,
  fileId: string,
  caption: string,
  captionEntities: MessageEntity[],
) {
  return h.handle({
    message: {
      ...base(u),
      photo: [{ file_id: fileId, file_unique_id: `${fileId}-u`, width: 800, height: 600 }],
      caption,
      caption_entities: captionEntities,
    },
  } as never);
}

export const label = (h: Harness, key: string, vars?: Record<string, string | number>) => (l: string) =>
  l === h.t(key, vars);

/** The audience menu's current count ("Jumlah penerima saat ini: N orang."). */
export function shownCount(u: TestUser): number {
  const menu = [...u.texts()].reverse().find((x) => /Jumlah penerima saat ini: \d+/.test(x));
  return Number(/Jumlah penerima saat ini: (\d+)/.exec(menu ?? "")?.[1] ?? NaN);
}

export interface WizardChoices {
  ack?: boolean;
  /** typed send-at time and "rcpt" | "mine" */
  at?: { typed: string; zone: "rcpt" | "mine" };
}

/** From the audience menu on: Lanjut → ack → when → confirm "Kirim". */
export async function finishWizard(h: Harness, u: TestUser, o: WizardChoices = {}) {
  await u.press(label(h, "bc-btn-next"));
  await u.press(label(h, o.ack ? "bc-ack-yes" : "bc-ack-no"));
  if (o.at) {
    await u.press(label(h, "bc-when-later"));
    await u.send(o.at.typed);
    await u.press((l) => (o.at!.zone === "rcpt" ? l === h.t("bc-when-recipient") : l.startsWith("Jam ")));
  } else await u.press(label(h, "bc-when-now"));
  await u.press(label(h, "bc-btn-send"));
}

export const drain = (h: Harness) => drainWith(h, { budgetPerSecond: 30 });

export const progressJob = (h: Harness) =>
  runBroadcastProgress({ deps: h.deps, api: h.bot.api, t: (l, k, v) => h.notifier.t(l, k, v) });

export const outboxRows = (h: Harness, id: number) =>
  h.prisma.outbox.findMany({ where: { key: { startsWith: `bc:${id}:` } }, orderBy: { chatId: "asc" } });
