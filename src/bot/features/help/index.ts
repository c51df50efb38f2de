// /bantuan (and the ❓ menu button): the caller's commands by topic, one topic per message (each
// short), with buttons for the other topics. Only commands the caller's role may use are listed.
import { Composer, InlineKeyboard } from "grammy";
import type { Ctx } from "../../context.ts";
import { HELP_TOPICS, type HelpTopic, commandsOfTopic } from "../../commands.ts";
import { helpTopicCb } from "./callback-data.ts";
import { answererOf } from "../../../services/help-requests/routing.ts";

export const helpFeature = new Composer<Ctx>();

/** Pengurus (and people not registered yet) are told how to ask for help; staff where requests are. */
const isPengurus = (ctx: Ctx) => (ctx.user?.role ?? "PENGURUS") === "PENGURUS";

/** Staff see their own tools first: the staff topic, then management, then the rest. */
const STAFF_ORDER: readonly HelpTopic[] = ["staff", "manage", "help", "coop", "general"];

function topicsFor(ctx: Ctx): HelpTopic[] {
  const order = isPengurus(ctx) ? HELP_TOPICS : STAFF_ORDER;
  return order.filter((topic) => commandsOfTopic(ctx.user?.role, topic).length > 0);
}

/** A pengurus is told who really answers: their coop's BA, else the PMO of the kab/kota, else the admins. */
async function footerKey(ctx: Ctx): Promise<string> {
  if (!isPengurus(ctx)) return ctx.user?.role === "ADMIN" ? "help-footer-admin" : "help-footer-staff";
  const who = ctx.user ? await answererOf(ctx.deps.prisma, ctx.user.id) : undefined;
  if (who === "PMO") return "help-footer-pmo-answers";
  if (who === "ADMIN") return "help-footer-admin-answers";
  return "help-footer";
}

/** The text and buttons of one topic. */
async function helpPage(ctx: Ctx, topic: HelpTopic): Promise<{ text: string; keyboard: InlineKeyboard }> {
  const lines = commandsOfTopic(ctx.user?.role, topic).map((c) =>
    ctx.t("help-line", { command: c.command, description: ctx.t(`cmd-${c.command}`) }),
  );
  const text = [ctx.t("help-title"), "", ctx.t(`help-topic-${topic}`), ...lines, "", ctx.t(await footerKey(ctx))].join(
    "\n",
  );
  const keyboard = new InlineKeyboard();
  topicsFor(ctx)
    .filter((x) => x !== topic)
    .forEach((x, i) => {
      keyboard.text(ctx.t(`help-topic-${x}`), helpTopicCb.pack(x));
      if (i % 2 === 1) keyboard.row();
    });
  return { text, keyboard };
}

async function showHelp(ctx: Ctx) {
  const page = await helpPage(ctx, topicsFor(ctx)[0] ?? "general");
  await ctx.reply(page.text, { reply_markup: page.keyboard });
}

helpFeature.command(["bantuan", "help"], showHelp);
helpFeature.hears(/^❓ /, showHelp);
helpFeature.callbackQuery(helpTopicCb.filter, async (ctx) => {
  const topic = helpTopicCb.unpack(ctx.callbackQuery.data)?.topic as HelpTopic | undefined;
  if (!topic || !topicsFor(ctx).includes(topic)) {
    await ctx.answerCallbackQuery({ text: ctx.t("error-stale-button") });
    return;
  }
  await ctx.answerCallbackQuery();
  const page = await helpPage(ctx, topic);
  await ctx.editMessageText(page.text, { reply_markup: page.keyboard }).catch(() => undefined);
});
