// "Belum lapor": for one period, the coops in the viewer's oversight whose report has not been
// started, is still a draft, or was returned and not sent again. Returned first (the pengurus were
// told what to fix), then not started, then drafts; by name within each.
import type { PrismaClient } from "../../generated/prisma/client.ts";
import { nextPeriod } from "../../lib/dates.ts";
import { periodStart } from "../reports/view.ts";
import { coopTimeZone } from "../sla.ts";
import { personName } from "../roles.ts";
import { type Overseer, overseenWhere } from "./scope.ts";
import { localToday, ymdText } from "./local-day.ts";

export type PendingState = "RETURNED" | "NONE" | "DRAFT";
const ORDER: Record<PendingState, number> = { RETURNED: 0, NONE: 1, DRAFT: 2 };

export interface PendingCoop {
  coopId: number;
  coopName: string;
  state: PendingState;
  baName: string | null;
  /** somebody already nudged this coop today (its local day) */
  nudgedToday: boolean;
}

export const PERIOD_RE = /^\d{4}-(0[1-9]|1[0-2])$/;

export async function notReported(
  prisma: PrismaClient,
  user: Overseer,
  period: string,
  now: Date,
): Promise<PendingCoop[]> {
  if (!PERIOD_RE.test(period)) return [];
  // a coop registered after the period ended owes no report for it (all coops of a zone share the cut)
  const coops = await prisma.cooperative.findMany({
    where: {
      ...overseenWhere(user),
      status: "ACTIVE",
      reports: { none: { period, status: { in: ["SUBMITTED", "ACCEPTED"] } } },
    },
    include: { assignedBa: true, reports: { where: { period } } },
  });
  const owing = coops.filter((c) => c.createdAt < periodStart(nextPeriod(period), coopTimeZone(c)));
  const today = new Set<string>();
  if (owing.length) {
    const days = [...new Set(owing.map((c) => ymdText(localToday(now, coopTimeZone(c)))))];
    const nudges = await prisma.nudge.findMany({
      where: { coopId: { in: owing.map((c) => c.id) }, day: { in: days } },
      select: { coopId: true, day: true },
    });
    for (const n of nudges) today.add(`${n.coopId}/${n.day}`);
  }
  const items = owing.map((c) => {
    const r = c.reports[0];
    const state: PendingState = !r ? "NONE" : r.status === "RETURNED" ? "RETURNED" : "DRAFT";
    return {
      coopId: c.id,
      coopName: c.name,
      state,
      baName: c.assignedBa ? personName(c.assignedBa) : null,
      nudgedToday: today.has(`${c.id}/${ymdText(localToday(now, coopTimeZone(c)))}`),
    };
  });
  return items.sort(
    (a, b) => ORDER[a.state] - ORDER[b.state] || a.coopName.localeCompare(b.coopName, "id") || a.coopId - b.coopId,
  );
}
