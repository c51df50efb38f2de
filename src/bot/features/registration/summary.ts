// The summary before confirming: every answer with an "ubah" button, then Kirim.
import type { Translate } from "../../../lib/translate.ts";
import { InlineKeyboard } from "grammy";
import type { Answers, StepName } from "./state.ts";
import { w } from "../../kit/index.ts";
import { getWilayah } from "../../../services/wilayah/index.ts";

const TITLE = {
  new: "reg-summary-title",
  join: "reg-summary-title-join",
  claim: "reg-summary-title-claim",
} as const;

export function summaryText(t: Translate, a: Answers): string {
  const path = a.villageCode ? getWilayah().villagePath(a.villageCode) : undefined;
  const title = TITLE[a.mode ?? "new"];
  const lines = [
    t(title),
    "",
    t("reg-summary-name", { value: a.fullName ?? "-" }),
    t("reg-summary-phone", { value: a.phone ?? t("reg-summary-none") }),
    t("reg-summary-village", {
      value: path
        ? `${path.village.name}, ${path.district.name}, ${path.regency.name.replace(/^Kabupaten /, "Kab. ")}`
        : "-",
    }),
  ];
  if (a.mode === "claim") {
    lines.push(t("reg-summary-coop", { value: a.coopName ?? "-" }));
    lines.push(t("reg-summary-ahu", { value: a.legalNumber ?? t("reg-ahu-none") }));
    lines.push(t("reg-summary-position", { value: a.position ? t(`position-${a.position}`) : "-" }));
  } else if (a.mode === "join") {
    lines.push(t("reg-summary-join-coop", { value: a.joinCoopName ?? "-" }));
    lines.push(t("reg-summary-position", { value: a.position ? t(`position-${a.position}`) : "-" }));
  } else {
    lines.push(t("reg-summary-position", { value: a.position ? t(`position-${a.position}`) : "-" }));
    lines.push(t("reg-summary-coop", { value: a.coopName ?? "-" }));
    lines.push(t("reg-summary-ahu", { value: a.legalNumber ?? t("reg-ahu-none") }));
    lines.push(t("reg-summary-units", { value: (a.units ?? []).map((u) => t(`unit-${u}`)).join(", ") || "-" }));
  }
  lines.push("", t("reg-summary-check"));
  return lines.join("\n");
}

const EDITABLE: Record<"new" | "join" | "claim", StepName[]> = {
  new: ["name", "phone", "wilayah", "position", "coopName", "ahu", "units"],
  join: ["name", "phone", "wilayah", "position"],
  claim: ["name", "phone", "wilayah", "position"],
};

export type SummaryChoice = "ok" | `e:${StepName}`;

export function summaryChoices(a: Answers): SummaryChoice[] {
  return ["ok", ...EDITABLE[a.mode ?? "new"].map((s) => `e:${s}` as const)];
}

export function summaryKeyboard(t: Translate, a: Answers): InlineKeyboard {
  const kb = new InlineKeyboard();
  EDITABLE[a.mode ?? "new"].forEach((s, i) => {
    kb.text(t(`reg-edit-${s}`), w(`e:${s}`));
    if (i % 2 === 1) kb.row();
  });
  const send = a.mode === "join" ? "reg-send-join" : a.mode === "claim" ? "reg-send-claim" : "reg-send";
  return kb.row().text(t(send), w("ok"));
}
