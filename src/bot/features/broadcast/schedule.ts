// Step 4 of /siaran: now, or at a typed date and time read in each recipient's own zone
// (WIB/WITA/WIT) or in the sender's zone.
import { InlineKeyboard } from "grammy";
import type { ConvCtx } from "../../context.ts";
import { type Asker, w } from "../../kit/index.ts";
import { formatDateTimeId, wallClock } from "../../../lib/dates.ts";
import { timezoneLabel, type IndonesianTimeZone } from "../../../services/wilayah/index.ts";
import { RECIPIENT_ZONE, instantIn, parseLocalTime, type SendAt } from "../../../services/broadcasts/index.ts";

/** "5/12/2026 08.00" for a typed local time "2026-12-05T08:00". */
const showLocal = (local: string) => {
  const [d, hm] = local.split("T");
  const [y, mo, day] = d!.split("-");
  return `${Number(day)}/${Number(mo)}/${y} ${hm!.replace(":", ".")}`;
};

/** When to send: undefined for now. */
export async function scheduleStep(ask: Asker, zone: IndonesianTimeZone, step: string): Promise<SendAt | undefined> {
  const t = ask.ctx.t.bind(ask.ctx);
  const when = await ask.buttons({
    text: t("bc-when-ask", { step }),
    keyboard: new InlineKeyboard().text(t("bc-when-now"), w("now")).text(t("bc-when-later"), w("later")),
    choices: ["now", "later"] as const,
    shown: (c) => t(c === "now" ? "bc-when-now" : "bc-when-later"),
  });
  if (when === "now") return undefined;
  const nowMs = await ask.conversation.external((octx) => octx.deps.clock.now().getTime());
  const now = new Date(nowMs);
  const example = showLocal(new Date(nowMs + 86_400_000 + 7 * 3_600_000).toISOString().slice(0, 11) + "08:00");
  const local = await ask.typed({
    text: t("bc-when-time"),
    parse: (i) => {
      const local = i.kind === "text" ? parseLocalTime(i.text, wallClock(now, zone).year) : undefined;
      if (!local) return { ok: false, error: "bc-when-bad" };
      // in the future at least in the sender's zone (recipient mode starts in WIT, two hours earlier)
      if (instantIn(local, zone) <= now) return { ok: false, error: "bc-when-past", vars: { example } };
      return { ok: true, value: local };
    },
  });
  const z = await ask.buttons({
    text: t("bc-when-zone", { time: showLocal(local) }),
    keyboard: new InlineKeyboard()
      .text(t("bc-when-recipient"), w("rcpt"))
      .row()
      .text(t("bc-when-mine", { zone: timezoneLabel(zone) }), w("mine")),
    choices: ["rcpt", "mine"] as const,
    shown: (c) => (c === "rcpt" ? t("bc-when-recipient") : t("bc-when-mine", { zone: timezoneLabel(zone) })),
  });
  return { local, zone: z === "rcpt" ? RECIPIENT_ZONE : zone };
}

/** "5 Desember 2026 08.00 WIB" or "5/12/2026 08.00 waktu setempat penerima". */
export function describeWhen(t: ConvCtx["t"], sendAt: SendAt | undefined): string {
  if (!sendAt) return t("bc-when-immediately");
  if (sendAt.zone === RECIPIENT_ZONE) return t("bc-when-at-recipient", { time: showLocal(sendAt.local) });
  return formatDateTimeId(instantIn(sendAt.local, sendAt.zone), sendAt.zone);
}
