// /impor and roster files sent as documents (issue 20). An admin (any area) or a Dinas officer
// (their province) gets the three templates; an .xlsx/.csv they send is downloaded, validated as a
// dry run (counts, the first problems, every rejected row in an .xlsx) and offered with
// "Terapkan"/"Batal"; the buttons are checked against role and scope (forged ones refused and
// audited). Documents from anyone else, of other types, or sent into a help request's thread
// (a reply to its messages, or after Balas) pass on unchanged.
import { Composer, InlineKeyboard, InputFile } from "grammy";
import type { Ctx } from "../../context.ts";
import { hasConsent, refuse } from "../../middlewares/auth.ts";
import { commandAllowed } from "../../middlewares/command-roles.ts";
import {
  applyImport,
  cancelImport,
  dryRun,
  importNotices,
  movedRequestsOf,
  importScope,
  mayHandle,
  MAX_IMPORT_BYTES,
  rejectedOf,
  rejectedXlsx,
  staffInvites,
  staffInvitesXlsx,
  TEMPLATE_FILES,
  templateXlsx,
  tooBig,
} from "../../../services/imports/index.ts";
import { getWilayah } from "../../../services/wilayah/index.ts";
import { formatDateId } from "../../../lib/dates.ts";
import { queueImportNotices } from "./notices.ts";
import { importCb } from "./callback-data.ts";
import { dryRunText } from "./render.ts";
import { inHelpThread } from "../help-request/index.ts";
import { sendCards } from "../../../messages/help/cards.ts";
import { outboundOf } from "../../../messages/help/deliver.ts";

export const importFeature = new Composer<Ctx>();
const KINDS = ["COOPS", "STAFF", "ASSIGNMENTS"] as const;
const ROSTER_FILE = /\.(xlsx|csv)$/i;

importFeature.chatType("private").command("impor", async (ctx) => {
  if (!(await commandAllowed(ctx, "impor"))) return;
  if (importScope(ctx.user!) === undefined) return refuse(ctx, "Import", { reason: "no_scope" });
  await ctx.reply(ctx.t("imp-intro"));
  await ctx.replyWithChatAction("upload_document").catch(() => undefined);
  for (const kind of KINDS)
    await ctx.replyWithDocument(new InputFile(await templateXlsx(kind, ctx.t.bind(ctx)), TEMPLATE_FILES[kind]), {
      caption: ctx.t(`imp-tpl-caption-${kind}`),
    });
});

importFeature.chatType("private").on("message:document", async (ctx, next) => {
  const doc = ctx.message.document;
  const user = ctx.user;
  if (!user || !hasConsent(ctx) || importScope(user) === undefined || !ROSTER_FILE.test(doc.file_name ?? ""))
    return next();
  // a file sent into a help request's thread (reply or Balas) is for the requester, not an import
  if (await inHelpThread(ctx)) return next();
  if ((doc.file_size ?? 0) > MAX_IMPORT_BYTES) {
    const p = tooBig(doc.file_size!);
    return ctx.reply(ctx.t(p.key, p.args));
  }
  await ctx.replyWithChatAction("typing").catch(() => undefined);
  let bytes: Buffer;
  try {
    bytes = await ctx.downloadFile(ctx.api, doc.file_id);
  } catch (e) {
    ctx.deps.logger.warn({ err: (e as Error).message }, "roster file download failed");
    return ctx.reply(ctx.t("imp-download-failed"));
  }
  const r = await dryRun(ctx.deps.prisma, user, {
    bytes,
    fileName: doc.file_name ?? "file",
    source: "chat",
    now: ctx.deps.clock.now(),
  });
  if (r.kind === "forbidden") return ctx.reply(ctx.t("error-not-allowed"));
  if (r.kind === "problem") return ctx.reply(ctx.t(r.problem.key, r.problem.args));
  const problems = [...r.validated.rejected, ...r.validated.conflicts];
  const kb = new InlineKeyboard();
  if (r.import.total > 0)
    kb.text(ctx.t("btn-imp-apply"), importCb.pack("a", r.import.id)).text(
      ctx.t("btn-imp-cancel"),
      importCb.pack("c", r.import.id),
    );
  if (problems.length > 0)
    await ctx.replyWithDocument(
      new InputFile(await rejectedXlsx(r.import, ctx.t.bind(ctx)), `ditolak-impor-${r.import.id}.xlsx`),
      {
        caption: ctx.t("imp-rejected-caption", { n: problems.length }),
      },
    );
  await ctx.reply(dryRunText(ctx.t.bind(ctx), r.import, r.counts, problems), {
    ...(r.import.total > 0 ? { reply_markup: kb } : {}),
  });
});

importFeature.callbackQuery(importCb.filter, async (ctx) => {
  const d = importCb.unpack(ctx.callbackQuery.data);
  const user = ctx.user;
  if (!d || !user) return refuse(ctx, "Import", { reason: "malformed" });
  const id = Number(d.id);
  const imp = await ctx.deps.prisma.import.findUnique({ where: { id } });
  if (!imp || !mayHandle(user, imp)) return refuse(ctx, "Import", { reason: imp ? "not_allowed" : "unknown", id });
  await ctx.answerCallbackQuery();
  if (d.action === "c") {
    const c = await cancelImport(ctx.deps.prisma, user, id);
    const key =
      c.kind === "cancelled"
        ? "imp-cancelled"
        : c.kind === "too_late" && c.status === "APPLIED"
          ? "imp-already-applied"
          : "imp-too-late";
    return ctx
      .editMessageText(ctx.t(key, { id }), { reply_markup: undefined })
      .catch(() => ctx.reply(ctx.t(key, { id })));
  }
  if (imp.status === "CANCELLED") return ctx.reply(ctx.t("imp-too-late", { id }));
  await ctx.editMessageReplyMarkup({ reply_markup: undefined }).catch(() => undefined);
  await ctx.reply(ctx.t("imp-applying", { id, total: imp.total }));
  await ctx.replyWithChatAction("typing").catch(() => undefined);
  const now = ctx.deps.clock.now();
  const a = await applyImport(ctx.deps.prisma, user, id, now);
  if (a.kind === "failed" || a.kind === "busy") {
    const cur = await ctx.deps.prisma.import.findUnique({ where: { id } });
    const kb = new InlineKeyboard().text(ctx.t("btn-imp-apply"), importCb.pack("a", id));
    return ctx.reply(
      ctx.t(a.kind === "busy" ? "imp-busy" : "imp-apply-failed", { id, applied: cur?.applied ?? 0, total: imp.total }),
      {
        ...(a.kind === "failed" ? { reply_markup: kb } : {}),
      },
    );
  }
  if (a.kind !== "applied") return ctx.reply(ctx.t("imp-too-late", { id }));
  const notices = await importNotices(ctx.deps.prisma, a.import);
  const queued = await queueImportNotices(ctx.deps.prisma, (l, k, v) => ctx.notifier.t(l, k, v), notices, now);
  // open help requests that followed the coops go to their new BA as cards, as /tugaskan does
  if (a.import.kind === "ASSIGNMENTS" && !a.already)
    for (const m of await movedRequestsOf(ctx.deps.prisma, id))
      await sendCards(outboundOf(ctx), m.requestId, [m.ba], "moved");
  const counts = a.import.counts as { new: number; updated: number };
  await ctx.reply(
    ctx.t(a.already ? "imp-already-applied" : "imp-applied", {
      id,
      new: counts.new,
      updated: counts.updated,
      rejected: rejectedOf(a.import).rows.length,
      notices: queued,
      kind: a.import.kind,
    }),
  );
  if (a.import.kind === "STAFF") {
    await ctx.replyWithChatAction("upload_document").catch(() => undefined);
    const invites = await staffInvites(ctx.deps.prisma, a.import, now);
    const file = await staffInvitesXlsx(invites, {
      botUsername: ctx.me.username,
      t: ctx.t.bind(ctx),
      w: getWilayah(),
      formatDate: (x) => formatDateId(x, "Asia/Jakarta"),
    });
    await ctx.replyWithDocument(new InputFile(file, `undangan-impor-${id}.xlsx`), {
      caption: ctx.t("imp-invites-caption", { n: invites.length }),
    });
  }
});
