// Cards of a cooperative and a person (≤ 600 characters), with the actions the viewer may take.
import type { Translate } from "../../../lib/translate.ts";
import { localeOf } from "../../../i18n.ts";
import { InlineKeyboard } from "grammy";
import type { User } from "../../../generated/prisma/client.ts";
import type { CoopCardData, PersonCardData } from "../../../services/people/cards.ts";
import { canSeeCoop, contactOf } from "../../../services/roles.ts";
import { getWilayah } from "../../../services/wilayah/index.ts";
import { formatDateId } from "../../../lib/dates.ts";
import { truncate } from "../../../lib/text.ts";
import { cardCb } from "./callback-data.ts";

export function areaName(t: Translate, regencyCode: string | null, provinceCode: string | null): string {
  const w = getWilayah();
  if (regencyCode) return w.regency(regencyCode)?.name ?? regencyCode;
  if (provinceCode) return w.province(provinceCode)?.name ?? provinceCode;
  return t("area-national");
}

const MAX_MESSAGE = 600;

/** Adds lines while they fit; says how many of `total` were left out. */
function fitLines(
  lines: string[],
  more: string[],
  total: number,
  moreLine: (n: number) => string,
  budget: number,
): void {
  let shown = 0;
  for (const l of more) {
    const rest = total - shown - 1;
    const tail = rest > 0 ? moreLine(rest).length + 1 : 0;
    if (lines.join("\n").length + l.length + 1 + tail > budget) break;
    lines.push(l);
    shown += 1;
  }
  if (shown < total) lines.push(moreLine(total - shown));
}

export function coopCardText(t: Translate, c: CoopCardData): string {
  const w = getWilayah();
  const p = w.villagePath(c.villageCode);
  const tz = w.timezoneOfCode(c.provinceCode) ?? "Asia/Jakarta";
  const where = p ? `${p.village.name}, ${p.district.name}, ${p.regency.name}` : c.villageCode;
  const lines = [
    t("ppl-coop-card", {
      name: truncate(c.name, 70),
      where: truncate(where, 80),
      code: c.villageCode,
      ahu: c.legalNumber ?? t("edit-ahu-none"),
      units: truncate(c.units.map((u) => t(`unit-${u}`)).join(", ") || "-", 120),
      status: t(`coop-status-${c.status}`),
      ba: truncate(c.baName ?? t("coop-ba-none"), 30),
    }),
    t("ppl-board-title", { count: c.board.length }),
  ];
  const history = c.history.map((h) => {
    const what = t(`history-${h.action}`);
    return t("ppl-history-line", {
      date: formatDateId(h.at, tz, localeOf(t)),
      what: what.startsWith("history-") ? t("history-other") : what,
      by: truncate(h.actorName ?? "-", 20),
    });
  });
  const historyBlock = history.length > 0 ? [t("ppl-history-title"), history[0]!].join("\n").length + 1 : 0;
  const board = c.board.map((m) =>
    t("ppl-board-line", { name: truncate(m.name, 24), position: t(`position-${m.position}`) }),
  );
  fitLines(lines, board, board.length, (n) => t("ppl-board-more", { count: n }), MAX_MESSAGE - historyBlock);
  if (history.length > 0) {
    const withTitle = [...lines, t("ppl-history-title")];
    for (const l of history) if (withTitle.join("\n").length + l.length + 1 <= MAX_MESSAGE) withTitle.push(l);
    if (withTitle.length > lines.length + 1) return withTitle.join("\n");
  }
  return lines.join("\n");
}

export function coopCardKeyboard(
  t: Translate,
  viewer: Pick<User, "id" | "role">,
  c: CoopCardData,
): InlineKeyboard | undefined {
  const kb = new InlineKeyboard();
  const onBoard = c.board.some((m) => m.userId === viewer.id && m.position !== "PENGAWAS");
  if (viewer.role === "ADMIN" || onBoard) kb.text(t("ppl-btn-edit"), cardCb.pack("e", c.id)).row();
  if (viewer.role === "ADMIN")
    kb.text(
      t(c.status === "ACTIVE" ? "ppl-btn-deactivate" : "ppl-btn-activate"),
      cardCb.pack(c.status === "ACTIVE" ? "d" : "a", c.id),
    );
  return kb.inline_keyboard.flat().length > 0 ? kb : undefined;
}

export function personCardText(t: Translate, p: PersonCardData, showContact: boolean): string {
  const lines = [
    t("ppl-person-card", {
      name: truncate(p.name, 60),
      role: t(`role-${p.role}`),
      area: areaName(t, p.regencyCode, p.provinceCode),
      contact: (showContact && contactOf(p)) || "-",
    }),
    ...p.coops.map((m) => t("ppl-person-coop", { name: truncate(m.name, 60), position: t(`position-${m.position}`) })),
  ];
  if (p.blocked) lines.push(t("ppl-person-blocked"));
  return lines.join("\n");
}

export function personCardKeyboard(
  t: Translate,
  viewer: Pick<User, "id" | "role" | "regencyCode" | "provinceCode">,
  p: PersonCardData,
): InlineKeyboard | undefined {
  const kb = new InlineKeyboard();
  if (viewer.role === "ADMIN" && viewer.id !== p.id) kb.text(t("ppl-btn-role"), cardCb.pack("r", p.id)).row();
  for (const c of p.coops.slice(0, 3))
    kb.text(t("ppl-btn-coop", { name: truncate(c.name, 40) }), cardCb.pack("c", c.id)).row();
  return kb.inline_keyboard.flat().length > 0 ? kb : undefined;
}

export { canSeeCoop };
