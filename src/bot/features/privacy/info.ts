import type { Ctx } from "../../context.ts";

/** /privasi: what is stored, why, for how long, and the person's rights (UU PDP 27/2022). */
export async function privacyInfo(ctx: Ctx) {
  await ctx.reply(ctx.t("privacy-info"));
  await ctx.reply(ctx.t("privacy-retention")); // what stays after /hapusdata; periods of jobs/retention.ts
}
