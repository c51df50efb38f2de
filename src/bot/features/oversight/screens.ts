// What each oversight screen does when its button is pressed (the codec: src/messages/oversight-callbacks.ts).
// Every handler re-checks role and scope and answers the callback query or refuses (answered and audited).
import type { User } from "../../../generated/prisma/client.ts";
import type { Ctx } from "../../context.ts";
import { refuse } from "../../middlewares/auth.ts";
import { oversees } from "../../../services/oversight/scope.ts";
import type { OvPress, OvScreen } from "../../../messages/oversight-callbacks.ts";
import { enterAssignment } from "../assignment/index.ts";
import { enterVisit, showBaVisits, showCoopHistory, showVisitsPerBa } from "../visits/index.ts";
import { openForReview, showQueuePage } from "./queue-view.ts";
import { nudgeAll, nudgeOne, periodAllowed, showNotReported } from "./not-reported-view.ts";
import { showStale, showUnassigned } from "./lists-view.ts";

/** One press: the overseer, the first argument as a number (an id or a page), the second as sent. */
interface Press {
  u: User;
  a: number;
  b: string;
}

type ScreenHandler = (ctx: Ctx, p: Press) => Promise<unknown>;

/** Per-coop lists over a whole province or country are for recaps: BA and PMO only. */
const NOT_FOR_ADMIN: ReadonlySet<OvScreen> = new Set<OvScreen>([
  "notReported",
  "nudgeOne",
  "nudgeAll",
  "stale",
  "visitsPerBa",
]);

/** The screens only PMO and admins open. */
const SUPERVISORS_ONLY: ReadonlySet<OvScreen> = new Set<OvScreen>(["visitsPerBa", "unassigned", "assign"]);

const pageOf = (b: string) => (/^\d{1,4}$/.test(b) ? Number(b) : 0);

/** Answer the query, then show the screen. */
const answered =
  (show: ScreenHandler): ScreenHandler =>
  async (ctx, p) => {
    await ctx.answerCallbackQuery();
    return show(ctx, p);
  };

/** The period in `b` must be one the user may look at (or nudge for). */
const inPeriod =
  (handle: ScreenHandler): ScreenHandler =>
  (ctx, p) =>
    periodAllowed(p.u, p.b, ctx.deps.clock.now()) ? handle(ctx, p) : refuse(ctx, "Oversight", { reason: "period" });

const SCREENS: Record<OvScreen, ScreenHandler> = {
  open: (ctx, { u, a }) => openForReview(ctx, u, a),
  queue: answered((ctx, { u, a }) => showQueuePage(ctx, u, a)),
  notReported: inPeriod(answered((ctx, { u, a, b }) => showNotReported(ctx, u, b, a))),
  nudgeOne: inPeriod(nudgeCoop),
  nudgeAll: inPeriod((ctx, { u, b }) => nudgeAll(ctx, u, b)),
  stale: answered((ctx, { u, a }) => showStale(ctx, u, a)),
  history: coopHistory,
  baVisits,
  logVisit,
  visitsPerBa: answered((ctx, { u, a }) => showVisitsPerBa(ctx, u, a)),
  unassigned: answered((ctx, { u, a }) => showUnassigned(ctx, u, a)),
  assign: answered((ctx) => enterAssignment(ctx)),
};

/** Run the pressed screen for an overseer, after the checks every screen shares. */
export function openScreen(ctx: Ctx, u: User, d: OvPress): Promise<unknown> {
  if (NOT_FOR_ADMIN.has(d.screen) && u.role === "ADMIN") return refuse(ctx, "Oversight", { reason: "admin_lists" });
  const supervisor = u.role === "PMO" || u.role === "ADMIN";
  if (SUPERVISORS_ONLY.has(d.screen) && !supervisor) return refuse(ctx, "Oversight", { reason: "role" });
  return SCREENS[d.screen](ctx, { u, a: Number(d.a), b: d.b });
}

async function nudgeCoop(ctx: Ctx, { u, a, b }: Press) {
  const r = await nudgeOne(ctx, u, a, b);
  if (r.kind === "forbidden" || r.kind === "not_found") return refuse(ctx, "Cooperative", { id: a, reason: r.kind });
}

async function coopHistory(ctx: Ctx, { u, a, b }: Press) {
  const coop = await ctx.deps.prisma.cooperative.findUnique({ where: { id: a } });
  if (!coop || !oversees(u, coop))
    return refuse(ctx, "Cooperative", { id: a, reason: coop ? "out_of_scope" : "not_found" });
  await ctx.answerCallbackQuery();
  return showCoopHistory(ctx, coop, pageOf(b), u.role !== "BA");
}

/** A BA's own visits; a PMO's BAs of the kab/kota; any BA for an admin. */
async function baVisits(ctx: Ctx, { u, a, b }: Press) {
  const ba = await ctx.deps.prisma.user.findUnique({ where: { id: a } });
  const ok =
    !!ba &&
    ba.role === "BA" &&
    (ba.id === u.id || u.role === "ADMIN" || (u.role === "PMO" && ba.regencyCode === u.regencyCode));
  if (!ok) return refuse(ctx, "User", { id: a, reason: "out_of_scope" });
  await ctx.answerCallbackQuery();
  return showBaVisits(ctx, ba, pageOf(b));
}

/** A BA logs a visit to one of their coops (0: pick the coop in the wizard). */
async function logVisit(ctx: Ctx, { u, a }: Press) {
  if (u.role !== "BA") return refuse(ctx, "Visit", { reason: "role" });
  const coop = a ? await ctx.deps.prisma.cooperative.findUnique({ where: { id: a } }) : null;
  if (a && (!coop || coop.assignedBaId !== u.id)) return refuse(ctx, "Cooperative", { id: a, reason: "out_of_scope" });
  await ctx.answerCallbackQuery();
  return enterVisit(ctx, a || undefined);
}
