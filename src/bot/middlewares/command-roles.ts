// Enforces the role list of src/bot/commands.ts: a command whose catalogue entry names roles is
// refused (answered and audited) before any handler runs when the caller has none of them. Handlers
// still check scope (which coop, which kab/kota).
import type { MiddlewareFn } from "grammy";
import type { Ctx } from "../context.ts";
import { commandSpec } from "../commands.ts";
import { refuse } from "./auth.ts";

/** "/lapor@bot args" → "lapor"; undefined when the message is not a command. */
export function commandName(ctx: Ctx): string | undefined {
  const msg = ctx.message;
  const entity = msg?.entities?.[0];
  if (!msg?.text || entity?.type !== "bot_command" || entity.offset !== 0) return undefined;
  return msg.text.slice(1, entity.length).split("@")[0]!.toLowerCase();
}

export const commandRoles: MiddlewareFn<Ctx> = async (ctx, next) => {
  const name = commandName(ctx);
  const spec = name ? commandSpec(name) : undefined;
  if (!spec?.roles || (ctx.user && spec.roles.includes(ctx.user.role))) return next();
  if (spec.otherRolesKey && ctx.user) {
    await ctx.reply(ctx.t(spec.otherRolesKey));
    return;
  }
  await refuse(ctx, spec.entity ?? "Command", { command: name });
};
