// /audit (admins): the audit log newest first, 6 entries a page with « » buttons. "/audit" shows
// recent entries, "/audit k12" those of cooperative 12, "/audit u34" those by or about person 34
// (ids as shown on /cari cards and in the log itself).
import { Composer, InlineKeyboard } from "grammy";
import type { Ctx } from "../../context.ts";
import { refuse } from "../../middlewares/auth.ts";
import { commandAllowed } from "../../middlewares/command-roles.ts";
import { AUDIT_PAGE, auditPage, type AuditScope } from "../../../services/audit-view.ts";
import { INT_ID } from "../../../lib/int-id.ts";
import { auditCb } from "./callback-data.ts";
import { auditLine } from "./lines.ts";

const MAX_TEXT = 600;

export const auditFeature = new Composer<Ctx>();

/** "k12" or "u34"; an id beyond PostgreSQL integer is malformed like any other typo. */
const SCOPE_RE = new RegExp(`^([ku])\\s*(${INT_ID})$`);

function parseScope(arg: string): AuditScope | undefined {
  const s = arg.trim().toLowerCase();
  if (!s) return { kind: "recent" };
  const m = SCOPE_RE.exec(s);
  if (!m) return undefined;
  return { kind: m[1] === "k" ? "coop" : "user", id: Number(m[2]) };
}

const scopeCode = (s: AuditScope) => (s.kind === "coop" ? "k" : s.kind === "user" ? "u" : "r");

async function render(ctx: Ctx, scope: AuditScope, page: number) {
  const { entries, total } = await auditPage(ctx.deps.prisma, scope, page);
  const pages = Math.max(1, Math.ceil(total / AUDIT_PAGE));
  const title =
    scope.kind === "recent"
      ? ctx.t("audit-title-recent")
      : ctx.t(scope.kind === "coop" ? "audit-title-coop" : "audit-title-user", { id: scope.id });
  const lines = [ctx.t("audit-head", { title, page: page + 1, pages, total })];
  if (entries.length === 0) lines.push(ctx.t("audit-empty"));
  const t = ctx.t.bind(ctx);
  const room = Math.floor((MAX_TEXT - lines[0]!.length) / Math.max(1, entries.length)) - 1;
  for (const e of entries) lines.push(auditLine(t, e, room));
  const kb = new InlineKeyboard();
  const id = scope.kind === "recent" ? 0 : scope.id;
  if (page > 0) kb.text(ctx.t("btn-prev"), auditCb.pack(scopeCode(scope), id, page - 1));
  if (page < pages - 1) kb.text(ctx.t("btn-next"), auditCb.pack(scopeCode(scope), id, page + 1));
  return { text: lines.join("\n"), kb };
}

auditFeature.chatType("private").command("audit", async (ctx) => {
  if (!(await commandAllowed(ctx, "audit"))) return;
  const scope = parseScope(typeof ctx.match === "string" ? ctx.match : "");
  if (!scope) return ctx.reply(ctx.t("audit-usage"));
  const r = await render(ctx, scope, 0);
  await ctx.reply(r.text, { reply_markup: r.kb });
});

auditFeature.callbackQuery(auditCb.filter, async (ctx) => {
  const d = auditCb.unpack(ctx.callbackQuery.data);
  if (!d || ctx.user?.role !== "ADMIN") return refuse(ctx, "AuditLog", { reason: d ? "not_admin" : "malformed" });
  const scope: AuditScope =
    d.scope === "r" ? { kind: "recent" } : { kind: d.scope === "k" ? "coop" : "user", id: Number(d.id) };
  const r = await render(ctx, scope, Number(d.page));
  await ctx.answerCallbackQuery();
  await ctx.editMessageText(r.text, { reply_markup: r.kb }).catch(() => undefined);
});
