// /tugaskan (admins; PMO for their own kab/kota): kab/kota → coops by kecamatan (multi-select,
// the selection survives moving between kecamatan) → BA, lightest load suggested → confirm.
// A step machine in one conversation; buttons are accepted only on the current prompt.
import { InlineKeyboard } from "grammy";
import type { Conv, ConvCtx } from "../../context.ts";
import { wizardInput, settleChoice } from "../admin/wizard-input.ts";
import { assignCoops, baLoads, coopsInDistrict, districtsWithCoops, regenciesWithCoops } from "../../../services/assignments.ts";
import { personName } from "../../../services/roles.ts";
import { getWilayah } from "../../../services/wilayah/index.ts";
import { outboundOf } from "../help-request/deliver.ts";
import { notifyAssignment } from "./notify.ts";

export const ASSIGNMENT = "assignment";
const PAGE = 10;

interface Picked {
  id: number;
  name: string;
}

const short = (s: string, n = 48) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);
const regencyName = (code: string) => getWilayah().regency(code)?.name ?? code;
const districtName = (code: string) => getWilayah().district(code)?.name ?? code;

export async function assignmentWizard(conversation: Conv, ctx: ConvCtx) {
  const t = ctx.t.bind(ctx);
  const me = await conversation.external((octx) => ({ id: octx.user!.id, role: octx.user!.role, regencyCode: octx.user!.regencyCode }));
  const fixedRegency = me.role === "PMO" ? me.regencyCode : null;
  const total = fixedRegency ? 3 : 4;
  const head = (n: number) => t("step-header", { step: fixedRegency ? n - 1 : n, total });
  let regency = fixedRegency ?? undefined;
  const picked = new Map<number, string>();
  let step = regency ? 2 : 1;
  let ba: { id: number; name: string } | undefined;

  for (;;) {
    if (step === 1) {
      regency = await pickRegency(conversation, ctx, head(1));
      if (!regency) return;
      picked.clear();
      step = 2;
    } else if (step === 2) {
      const r = await pickCoops(conversation, ctx, head(2), regency!, picked);
      if (r === "back") {
        if (fixedRegency) return;
        step = 1;
      } else step = 3;
    } else if (step === 3) {
      const r = await pickBa(conversation, ctx, head(3), regency!, picked.size);
      if (r === "none") return;
      if (r === "back") step = 2;
      else {
        ba = r;
        step = 4;
      }
    } else {
      const list: Picked[] = [...picked].map(([id, name]) => ({ id, name }));
      const text = [head(4), t("asg-confirm", { count: list.length, ba: ba!.name }), ...list.map((c) => `• ${c.name}`)].join("\n");
      const kb = new InlineKeyboard().text(t("asg-confirm-yes"), "ok").row().text(t("btn-back"), "bk");
      let prompt = await ctx.reply(text, { reply_markup: kb });
      let input = await wizardInput(conversation, prompt.message_id);
      while (input.kind !== "cb" || (input.data !== "ok" && input.data !== "bk")) {
        if (input.kind === "cb") await input.ctx.answerCallbackQuery().catch(() => undefined);
        else {
          await input.ctx.reply(t("asg-use-buttons"));
          prompt = await input.ctx.reply(text, { reply_markup: kb });
        }
        input = await wizardInput(conversation, prompt.message_id);
      }
      if (input.data === "bk") {
        await settleChoice(input.ctx, text);
        step = 3;
        continue;
      }
      await settleChoice(input.ctx, `${text}\n${t("asg-confirm-yes")}`);
      const done = await conversation.external(async (octx) => {
        const r = await assignCoops(octx.deps.prisma, octx.user!, ba!.id, list.map((c) => c.id), octx.deps.clock.now());
        if (r.kind !== "ok") return { error: r.kind };
        await notifyAssignment(outboundOf(octx), octx.user!, r);
        return { changed: r.changed.length, unchanged: r.unchanged.length, moved: r.movedRequestIds.length };
      });
      if ("error" in done) {
        await ctx.reply(t("asg-failed"));
        return;
      }
      await ctx.reply(t("asg-done", { count: done.changed, ba: ba!.name, unchanged: done.unchanged }));
      return;
    }
  }
}

async function pickRegency(conversation: Conv, ctx: ConvCtx, header: string): Promise<string | undefined> {
  const t = ctx.t.bind(ctx);
  const all = await conversation.external(async (octx) => regenciesWithCoops(octx.deps.prisma, octx.user!));
  if (all.length === 0) {
    await ctx.reply(t("asg-no-coops"));
    return undefined;
  }
  let items = all;
  let page = 0;
  const view = () => {
    const kb = new InlineKeyboard();
    items.slice(page * PAGE, (page + 1) * PAGE).forEach((r) => kb.text(t("asg-area-button", { name: short(regencyName(r.code).replace(/^Kabupaten /, "Kab. ")), free: r.unassigned, total: r.total }), `g:${r.code}`).row());
    if (page > 0) kb.text(t("btn-prev"), `pg:${page - 1}`);
    if ((page + 1) * PAGE < items.length) kb.text(t("btn-next"), `pg:${page + 1}`);
    return { text: `${header}\n${t("asg-regency-ask")}\n${t("cancel-hint")}`, kb };
  };
  let v = view();
  let prompt = await ctx.reply(v.text, { reply_markup: v.kb });
  for (;;) {
    const input = await wizardInput(conversation, prompt.message_id);
    if (input.kind === "cb") {
      const [kind, value] = input.data.split(":");
      if (kind === "pg") {
        await input.ctx.answerCallbackQuery().catch(() => undefined);
        page = Math.max(0, Number(value) || 0);
        v = view();
        await input.ctx.editMessageText(v.text, { reply_markup: v.kb }).catch(() => undefined);
        continue;
      }
      if (kind === "g" && value && items.some((r) => r.code === value)) {
        await settleChoice(input.ctx, `${header}\n✅ ${regencyName(value)}`);
        return value;
      }
      await input.ctx.answerCallbackQuery().catch(() => undefined);
      continue;
    }
    const q = input.kind === "text" ? input.text.trim().toLowerCase() : "";
    const found = q.length >= 3 ? all.filter((r) => regencyName(r.code).toLowerCase().includes(q)) : [];
    if (found.length === 0) await input.ctx.reply(t("asg-regency-none", { query: q.slice(0, 40) || "-" }));
    items = found.length > 0 ? found : all;
    page = 0;
    v = view();
    prompt = await input.ctx.reply(v.text, { reply_markup: v.kb });
  }
}

async function pickCoops(conversation: Conv, ctx0: ConvCtx, header: string, regency: string, picked: Map<number, string>): Promise<"back" | "next"> {
  let ctx = ctx0;
  const t = ctx.t.bind(ctx);
  const districts = await conversation.external((octx) => districtsWithCoops(octx.deps.prisma, regency));
  let district: string | undefined;
  let coops: Array<{ id: number; name: string; village: string; ba: string | null }> = [];
  const nextLabel = () => t("asg-next", { count: picked.size });
  const view = () => {
    const kb = new InlineKeyboard();
    if (!district) {
      districts.forEach((d, i) => {
        kb.text(t("asg-area-button", { name: short(districtName(d.code), 24), free: d.unassigned, total: d.total }), `d:${d.code}`);
        if (i % 2 === 1) kb.row();
      });
      kb.row();
    } else {
      for (const c of coops) kb.text(`${picked.has(c.id) ? "✅" : "⬜"} ${short(c.village, 22)} · ${c.ba ? short(c.ba, 14) : t("asg-free")}`, `c:${c.id}`).row();
      kb.text(t("asg-other-district"), "ls").row();
    }
    kb.text(nextLabel(), "nx").row().text(t("btn-back"), "bk");
    const body = district ? t("asg-coops-ask", { district: districtName(district) }) : t("asg-district-ask", { regency: regencyName(regency) });
    return { text: `${header}\n${body}`, kb };
  };
  let v = view();
  let prompt = await ctx.reply(v.text, { reply_markup: v.kb });
  for (;;) {
    const input = await wizardInput(conversation, prompt.message_id);
    ctx = input.ctx;
    if (input.kind !== "cb") {
      await ctx.reply(t("asg-use-buttons"));
      v = view();
      prompt = await ctx.reply(v.text, { reply_markup: v.kb });
      continue;
    }
    const [kind, value] = input.data.split(":");
    if (kind === "nx") {
      if (picked.size === 0) {
        await ctx.answerCallbackQuery({ text: t("asg-pick-one"), show_alert: true });
        continue;
      }
      await settleChoice(ctx, `${header}\n✅ ${t("asg-picked", { count: picked.size })}`);
      return "next";
    }
    if (kind === "bk" && !district) {
      await settleChoice(ctx, `${header}\n${t("asg-district-ask", { regency: regencyName(regency) })}`);
      return "back";
    }
    await ctx.answerCallbackQuery().catch(() => undefined);
    if (kind === "bk" || kind === "ls") district = undefined;
    else if (kind === "d" && value && districts.some((d) => d.code === value)) {
      district = value;
      coops = await conversation.external(async (octx) =>
        (await coopsInDistrict(octx.deps.prisma, value)).map((c) => ({ id: c.id, name: c.name, village: getWilayah().village(c.villageCode)?.name ?? c.name, ba: c.assignedBa ? personName(c.assignedBa) : null })),
      );
    } else if (kind === "c" && district && coops.some((c) => String(c.id) === value)) {
      const c = coops.find((x) => String(x.id) === value)!;
      if (picked.has(c.id)) picked.delete(c.id);
      else picked.set(c.id, c.name);
    } else continue;
    v = view();
    await ctx.editMessageText(v.text, { reply_markup: v.kb }).catch(() => undefined);
  }
}

async function pickBa(conversation: Conv, ctx0: ConvCtx, header: string, regency: string, count: number): Promise<"back" | "none" | { id: number; name: string }> {
  let ctx = ctx0;
  const t = ctx.t.bind(ctx);
  const loads = await conversation.external(async (octx) => (await baLoads(octx.deps.prisma, regency)).map((l) => ({ id: l.ba.id, name: personName(l.ba), load: l.load })));
  if (loads.length === 0) {
    await ctx.reply(t("asg-no-ba", { regency: regencyName(regency) }));
    return "none";
  }
  const kb = new InlineKeyboard();
  loads.forEach((l, i) => kb.text(t(i === 0 ? "asg-ba-suggested" : "asg-ba-option", { name: short(l.name, 30), load: l.load }), `b:${l.id}`).row());
  kb.text(t("btn-back"), "bk");
  const text = `${header}\n${t("asg-ba-ask", { count, suggested: loads[0]!.name, load: loads[0]!.load })}`;
  let prompt = await ctx.reply(text, { reply_markup: kb });
  for (;;) {
    const input = await wizardInput(conversation, prompt.message_id);
    ctx = input.ctx;
    if (input.kind === "cb" && input.data === "bk") {
      await settleChoice(ctx, text);
      return "back";
    }
    const chosen = input.kind === "cb" ? loads.find((l) => `b:${l.id}` === input.data) : undefined;
    if (chosen) {
      await settleChoice(ctx, `${text}\n✅ ${chosen.name}`);
      return { id: chosen.id, name: chosen.name };
    }
    if (input.kind === "cb") {
      await ctx.answerCallbackQuery().catch(() => undefined);
      continue;
    }
    await ctx.reply(t("asg-use-buttons"));
    prompt = await ctx.reply(text, { reply_markup: kb });
  }
}
