import { Composer } from "grammy";
import type { Ctx } from "../../context.ts";
import { commandsFor } from "../../commands.ts";

export const helpFeature = new Composer<Ctx>();

export async function showHelp(ctx: Ctx) {
  const lines = commandsFor(ctx.user?.role).map((c) => ctx.t("help-line", { command: c.command, description: ctx.t(`cmd-${c.command}`) }));
  await ctx.reply([ctx.t("help-title"), ...lines, "", ctx.t("help-footer")].join("\n"));
}

helpFeature.command(["bantuan", "help"], showHelp);
helpFeature.hears(/^❓ /, showHelp);
