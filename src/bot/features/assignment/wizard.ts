// /tugaskan (admins; PMO for their own kab/kota): kab/kota → coops by kecamatan (multi-select,
// the selection survives moving between kecamatan) → BA, lightest load suggested → confirm.
// A step machine in one conversation; buttons are accepted only on the current prompt.
import { buttonLabel, columnsFor, fitLabel, widthFor } from "../../../lib/button-label.ts";
import { InlineKeyboard } from "grammy";
import type { Conv, ConvCtx } from "../../context.ts";
import { type Asker, type PickItem, asker } from "../../kit/index.ts";
import { backBtn, baBtn, confirmBtn, coopBtn, districtBtn, nextBtn, otherDistrictBtn } from "./callback-data.ts";
import {
  assignCoops,
  baLoads,
  coopsInDistrict,
  districtsWithCoops,
  regenciesWithCoops,
} from "../../../services/assignments.ts";
import { personName } from "../../../services/roles.ts";
import { getWilayah } from "../../../services/wilayah/index.ts";
import { outboundOf } from "../../../messages/help/deliver.ts";
import { notifyAssignment } from "./notify.ts";
import { MESSAGE_LIMIT, packPages } from "../../../lib/text.ts";

export const ASSIGNMENT = "assignment";

interface Picked {
  id: number;
  name: string;
}

const short = (s: string, n = 48) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);
const regencyName = (code: string) => getWilayah().regency(code)?.name ?? code;
const districtName = (code: string) => getWilayah().district(code)?.name ?? code;

export async function assignmentWizard(conversation: Conv, ctx: ConvCtx) {
  const ask = asker(conversation, ctx);
  const t = ctx.t.bind(ctx);
  const me = await conversation.external((octx) => ({
    id: octx.user!.id,
    role: octx.user!.role,
    regencyCode: octx.user!.regencyCode,
  }));
  const fixedRegency = me.role === "PMO" ? me.regencyCode : null;
  const total = fixedRegency ? 3 : 4;
  const head = (n: number) => t("step-header", { step: fixedRegency ? n - 1 : n, total });
  let regency = fixedRegency ?? undefined;
  const picked = new Map<number, string>();
  let step = regency ? 2 : 1;
  let ba: { id: number; name: string } | undefined;

  for (;;) {
    if (step === 1) {
      regency = await pickRegency(ask, head(1));
      if (!regency) return;
      picked.clear();
      step = 2;
    } else if (step === 2) {
      const r = await pickCoops(ask, head(2), regency!, picked);
      if (r === "back") {
        if (fixedRegency) return;
        step = 1;
      } else step = 3;
    } else if (step === 3) {
      const r = await pickBa(ask, head(3), regency!, picked.size);
      if (r === "none") return;
      if (r === "back") step = 2;
      else {
        ba = r;
        step = 4;
      }
    } else {
      const list: Picked[] = [...picked].map(([id, name]) => ({ id, name }));
      const top = `${head(4)}\n${t("asg-confirm", { count: list.length, ba: ba!.name })}`;
      const names = packPages(
        list.map((c) => `• ${c.name}`),
        MESSAGE_LIMIT - top.length - 60,
      )[0]!;
      const shown = names.split("\n").length;
      const text = [top, names, ...(shown < list.length ? [t("asg-more", { count: list.length - shown })] : [])].join(
        "\n",
      );
      const kb = new InlineKeyboard()
        .text(t("asg-confirm-yes"), confirmBtn.pack())
        .row()
        .text(t("btn-back"), backBtn.pack());
      const choices = [confirmBtn.payload(), backBtn.payload()];
      const input = await ask.buttons({ text, keyboard: kb, choices, retryKey: "asg-use-buttons" });
      if (input === backBtn.payload()) {
        step = 3;
        continue;
      }
      await ask.ctx.editMessageText(`${text}\n${t("asg-confirm-yes")}`).catch(() => undefined);
      const done = await conversation.external(async (octx) => {
        const r = await assignCoops(
          octx.deps.prisma,
          octx.user!,
          ba!.id,
          list.map((c) => c.id),
          octx.deps.clock.now(),
        );
        if (r.kind !== "ok") return { error: r.kind };
        await notifyAssignment(outboundOf(octx), octx.user!, r);
        return { changed: r.changed.length, unchanged: r.unchanged.length, moved: r.movedRequestIds.length };
      });
      if ("error" in done) {
        await ask.reply(t("asg-failed"));
        return;
      }
      await ask.reply(t("asg-done", { count: done.changed, ba: ba!.name, unchanged: done.unchanged }));
      return;
    }
  }
}

async function pickRegency(ask: Asker, header: string): Promise<string | undefined> {
  const t = ask.ctx.t.bind(ask.ctx);
  const all = await ask.conversation.external(async (octx) => regenciesWithCoops(octx.deps.prisma, octx.user!));
  if (all.length === 0) {
    await ask.reply(t("asg-no-coops"));
    return undefined;
  }
  const items: PickItem[] = all.map((r) => ({
    code: r.code,
    label: t("asg-area-button", {
      name: short(regencyName(r.code).replace(/^Kabupaten /, "Kab. ")),
      free: r.unassigned,
      total: r.total,
    }),
  }));
  const title = `${header}\n${t("asg-regency-ask")}\n${t("cancel-hint")}`;
  const r = await ask.pick({
    title: () => title,
    items,
    columns: 1,
    search: (q) => items.filter((i) => regencyName(i.code).toLowerCase().includes(q.toLowerCase())),
    checkQuery: (text) =>
      text.trim().length >= 3
        ? { ok: true, value: text.trim().slice(0, 40) }
        : { ok: false, error: "asg-regency-none", vars: { query: text.trim().slice(0, 40) || "-" } },
    searchTitle: () => title,
    notFound: (query) => t("asg-regency-none", { query }),
  });
  return r.kind === "picked" ? r.code : undefined;
}

async function pickCoops(
  ask: Asker,
  header: string,
  regency: string,
  picked: Map<number, string>,
): Promise<"back" | "next"> {
  const { conversation } = ask;
  const t = ask.ctx.t.bind(ask.ctx);
  const districts = await conversation.external((octx) => districtsWithCoops(octx.deps.prisma, regency));
  let district: string | undefined;
  let coops: Array<{ id: number; name: string; village: string; ba: string | null }> = [];
  const nextLabel = () => t("asg-next", { count: picked.size });
  const view = () => {
    const kb = new InlineKeyboard();
    if (!district) {
      const labels = districts.map((d) =>
        t("asg-area-button", { name: districtName(d.code), free: d.unassigned, total: d.total }),
      );
      const cols = columnsFor(labels);
      districts.forEach((d, i) => {
        kb.text(fitLabel(labels[i]!, widthFor(cols)), districtBtn.pack(d.code));
        if (i % cols === cols - 1) kb.row();
      });
      kb.row();
    } else {
      for (const c of coops)
        kb.text(
          buttonLabel([`${picked.has(c.id) ? "✅" : "⬜"} ${c.village}`, c.ba ?? t("asg-free")], widthFor(1)),
          coopBtn.pack(c.id),
        ).row();
      kb.text(t("asg-other-district"), otherDistrictBtn.pack()).row();
    }
    kb.text(nextLabel(), nextBtn.pack()).row().text(t("btn-back"), backBtn.pack());
    const body = district
      ? t("asg-coops-ask", { district: districtName(district) })
      : t("asg-district-ask", { regency: regencyName(regency) });
    return { text: `${header}\n${body}`, kb };
  };
  return ask.menu<"back" | "next">({
    view: () => {
      const v = view();
      return { text: v.text, keyboard: v.kb };
    },
    retryKey: "asg-use-buttons",
    onPress: async (d) => {
      if (d === nextBtn.payload()) {
        if (picked.size === 0) return { alert: t("asg-pick-one") };
        return { done: "next", shown: `${header}\n✅ ${t("asg-picked", { count: picked.size })}` };
      }
      if (d === backBtn.payload() && !district)
        return { done: "back", shown: `${header}\n${t("asg-district-ask", { regency: regencyName(regency) })}` };
      const dist = districtBtn.unpack(d)?.code;
      const coopId = Number(coopBtn.unpack(d)?.id);
      if (d === backBtn.payload() || d === otherDistrictBtn.payload()) district = undefined;
      else if (dist && districts.some((x) => x.code === dist)) {
        district = dist;
        coops = await conversation.external(async (octx) =>
          (await coopsInDistrict(octx.deps.prisma, dist)).map((c) => ({
            id: c.id,
            name: c.name,
            village: getWilayah().village(c.villageCode)?.name ?? c.name,
            ba: c.assignedBa ? personName(c.assignedBa) : null,
          })),
        );
      } else if (district && coops.some((c) => c.id === coopId)) {
        const c = coops.find((x) => x.id === coopId)!;
        if (picked.has(c.id)) picked.delete(c.id);
        else picked.set(c.id, c.name);
      } else return undefined;
      return "redraw";
    },
  });
}

async function pickBa(
  ask: Asker,
  header: string,
  regency: string,
  count: number,
): Promise<"back" | "none" | { id: number; name: string }> {
  const t = ask.ctx.t.bind(ask.ctx);
  const loads = await ask.conversation.external(async (octx) =>
    (await baLoads(octx.deps.prisma, regency)).map((l) => ({ id: l.ba.id, name: personName(l.ba), load: l.load })),
  );
  if (loads.length === 0) {
    await ask.reply(t("asg-no-ba", { regency: regencyName(regency) }));
    return "none";
  }
  const kb = new InlineKeyboard();
  loads.forEach((l, i) =>
    kb
      .text(
        t(i === 0 ? "asg-ba-suggested" : "asg-ba-option", { name: short(l.name, 30), load: l.load }),
        baBtn.pack(l.id),
      )
      .row(),
  );
  kb.text(t("btn-back"), backBtn.pack());
  const text = `${header}\n${t("asg-ba-ask", { count, suggested: loads[0]!.name, load: loads[0]!.load })}`;
  const chosenOf = (c: string) => loads.find((l) => baBtn.payload(l.id) === c);
  const r = await ask.buttons({
    text,
    keyboard: kb,
    choices: [...loads.map((l) => baBtn.payload(l.id)), backBtn.payload()],
    shown: (c) => chosenOf(c)?.name ?? t("btn-back"),
    retryKey: "asg-use-buttons",
  });
  const chosen = chosenOf(r);
  return chosen ? { id: chosen.id, name: chosen.name } : "back";
}
