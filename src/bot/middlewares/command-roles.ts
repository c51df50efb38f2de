// Enforces the role list of src/bot/commands.ts: a command whose catalogue entry names roles is
// refused (answered and audited) before any handler runs when the caller has none of them. Handlers
// check it again themselves (commandAllowed) and check scope (which coop, which kab/kota).
import type { MiddlewareFn } from "grammy";
import type { Ctx } from "../context.ts";
import { commandSpec } from "../commands.ts";
import { refuse } from "./auth.ts";

/** "/lapor@bot args" → "lapor"; undefined when the message is not a command. The bot_command
 * entity at offset 0 is looked for wherever it is in the list (other entities may come first). */
function commandName(ctx: Ctx): string | undefined {
  const msg = ctx.message;
  const entity = msg?.entities?.find((e) => e.type === "bot_command" && e.offset === 0);
  if (!msg?.text || !entity) return undefined;
  return msg.text.slice(1, entity.length).split("@")[0]!.toLowerCase();
}

/** True when the caller's role may use the command; otherwise answers (pointer or refusal, audited). */
export async function commandAllowed(ctx: Ctx, name: string): Promise<boolean> {
  const spec = commandSpec(name);
  if (!spec?.roles || (ctx.user && spec.roles.includes(ctx.user.role))) return true;
  if (spec.otherRolesKey && ctx.user) await ctx.reply(ctx.t(spec.otherRolesKey));
  else await refuse(ctx, spec.entity ?? "Command", { command: name });
  return false;
}

export const commandRoles: MiddlewareFn<Ctx> = async (ctx, next) => {
  const name = commandName(ctx);
  if (!name || (await commandAllowed(ctx, name))) return next();
};
