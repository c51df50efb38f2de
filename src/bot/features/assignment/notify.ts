// After an assignment: the BA gets the list (name, desa, ketua contact) at once; a BA who lost
// coops is told who has them now; each coop's ACTIVE pengurus learn who their BA is and how to
// reach them; open help requests that moved are sent to the new BA as cards.
import type { Cooperative, User } from "../../../generated/prisma/client.ts";
import { activeBoards, type AssignResult } from "../../../services/assignments.ts";
import { contactOf, personName } from "../../../services/roles.ts";
import { getWilayah } from "../../../services/wilayah/index.ts";
import { senderOf, type Outbound } from "../../../messages/help/deliver.ts";
import { sendMany, type Outgoing } from "../../../messages/outbound.ts";
import { baNoticeKey, heldKey, HOLD_MS } from "../../../messages/assignment-hold.ts";
import { createDeliveryReport, reportGroup } from "../../../services/delivery-reports.ts";
import { sendCards } from "../../../messages/help/cards.ts";
import { type Translate } from "../../../i18n.ts";

type Ok = Extract<AssignResult, { kind: "ok" }>;

function place(c: Cooperative): string {
  const p = getWilayah().villagePath(c.villageCode);
  return p ? `${p.village.name}, Kec. ${p.district.name}` : c.villageCode;
}

/** What every step of one assignment's notices shares. */
interface Notice {
  out: Outbound;
  r: Ok;
  coops: Cooperative[];
  boards: Awaited<ReturnType<typeof activeBoards>>;
  group: string;
  tr(u: User): Translate;
}

export async function notifyAssignment(out: Outbound, by: User, r: Ok): Promise<void> {
  const { prisma, clock } = out.deps;
  const coops = r.changed.map((c) => c.coop);
  if (coops.length === 0) return;
  // every notice in one group: its sender learns later what actually arrived (issue 23.2)
  const group = reportGroup("assign", by.id, clock.now(), String(r.ba.id));
  const boards = await activeBoards(
    prisma,
    coops.map((c) => c.id),
  );
  const tr =
    (u: User): Translate =>
    (k, v) =>
      out.notifier.t(u.locale, k, v);
  const n: Notice = { out, r, coops, boards, group, tr };
  const baQueued = await noticeToBa(n, by);
  await noticesToFormerBas(n);
  const now = clock.now();
  await sendMany(prisma, pengurusNotices(n, baQueued, now), now);
  await createDeliveryReport(prisma, {
    group,
    kind: "assign",
    ownerId: by.id,
    vars: { ba: personName(r.ba) },
    now: clock.now(),
  });
  // open requests that followed the coops
  for (const id of r.movedRequestIds) await sendCards(out, id, [r.ba], "moved");
}

/** The BA: one list of the coops (name, desa, ketua contact). Whether it was queued. */
async function noticeToBa({ out, r, coops, boards, group, tr }: Notice, by: User): Promise<boolean> {
  const t = tr(r.ba);
  const lines = coops.map((c, i) => {
    const ketua = boards.get(c.id)?.ketua;
    const contact = ketua ? [personName(ketua), contactOf(ketua)].filter(Boolean).join(" · ") : t("asg-no-ketua");
    return t("asg-ba-line", { n: i + 1, coop: c.name, place: place(c), ketua: contact });
  });
  const text = [t("asg-ba-head", { count: coops.length, by: personName(by) }), ...lines, t("asg-ba-foot")].join("\n");
  return (await senderOf(out).send(r.ba, { text }, { key: baNoticeKey(group), group })).ok;
}

/** BAs who lost coops: each is told which, and who has them now. */
async function noticesToFormerBas({ out, r, group, tr }: Notice): Promise<void> {
  const lost = new Map<number, { ba: User; coops: Cooperative[] }>();
  for (const c of r.changed) {
    if (!c.previousBa || c.previousBa.id === r.ba.id) continue;
    const e = lost.get(c.previousBa.id) ?? { ba: c.previousBa, coops: [] };
    e.coops.push(c.coop);
    lost.set(c.previousBa.id, e);
  }
  const sender = senderOf(out);
  for (const { ba, coops: gone } of lost.values()) {
    const t = tr(ba);
    const text = [
      t("asg-old-ba-head", { count: gone.length, ba: personName(r.ba) }),
      ...gone.map((c) => `• ${c.name} (${place(c)})`),
      t("asg-old-ba-foot"),
    ].join("\n");
    await sender.send(ba, { text }, { group });
  }
}

/**
 * The pengurus of each coop: ONE message, chosen once the BA's own notice has an outcome (the hook
 * in outbox/assignment-hold.ts releases one of the two held rows): "your BA is X, reach them…" when
 * it reached the BA, "X cannot be reached through the bot yet, the PMO helps you meanwhile" when it
 * did not — never "new BA" followed by "could not reach your BA". Blocked pengurus are left out by
 * sendMany.
 */
function pengurusNotices({ r, coops, boards, group, tr }: Notice, baQueued: boolean, now: Date): Outgoing[] {
  const held = new Date(now.getTime() + HOLD_MS);
  const list: Outgoing[] = [];
  for (const c of coops) {
    const regency = getWilayah().regency(c.regencyCode)?.name ?? c.regencyCode;
    for (const m of boards.get(c.id)?.members ?? []) {
      const t = tr(m);
      const reached = t("asg-pengurus", {
        coop: c.name,
        ba: personName(r.ba),
        contact: contactOf(r.ba) || t("asg-contact-bot"),
      });
      const unreachable = t("asg-pengurus-unreachable", { coop: c.name, ba: personName(r.ba), regency });
      if (baQueued)
        list.push({ to: m, message: { text: reached }, key: heldKey("reached", group, m.id), group, notBefore: held });
      list.push({
        to: m,
        message: { text: unreachable },
        key: heldKey("unreachable", group, m.id),
        group,
        ...(baQueued ? { notBefore: held } : {}),
      });
    }
  }
  return list;
}
