// Who a broadcast goes to: the audience filter (JSON-safe, kept on the Broadcast row) and the
// sender's scope. ADMIN may address anyone; a PMO only people within their kab/kota, Dinas only
// within their province; pengurus and BA cannot broadcast. No Telegram here.
import type { Role } from "../../generated/prisma/enums.ts";
import { MILESTONES, type Milestone } from "../readiness.ts";

/** KETUA = pengurus who are the ketua of their cooperative. */
export const AUDIENCE_ROLES = ["PENGURUS", "KETUA", "BA", "PMO", "DINAS"] as const;
export type AudienceRole = (typeof AUDIENCE_ROLES)[number];

/** NONE = no report yet or still a draft ("belum lapor"). */
export const REPORT_FILTERS = ["NONE", "RETURNED", "SUBMITTED", "ACCEPTED"] as const;
export type ReportFilter = (typeof REPORT_FILTERS)[number];

export const LANGS = ["id", "en"] as const;
export type Lang = (typeof LANGS)[number];

export interface AudienceFilter {
  /** empty = every role */
  roles: AudienceRole[];
  /** a province ("61"), kab/kota ("61.12") or kecamatan ("61.12.03") code */
  region?: string;
  lang?: Lang;
  report?: { period: string; status: ReportFilter };
  stage?: Milestone;
  /** only the BAs of rostered coops not yet on the bot (staff side of the roster gap) */
  rosterGap?: true;
}

export interface Sender {
  id: number;
  role: Role;
  regencyCode: string | null;
  provinceCode: string | null;
}

export const emptyFilter = (): AudienceFilter => ({ roles: [] });

/** The area a sender may address: null = everywhere (ADMIN); undefined = may not broadcast. */
export function broadcastScope(s: Sender): string | null | undefined {
  if (s.role === "ADMIN") return null;
  if (s.role === "PMO") return s.regencyCode ?? undefined;
  if (s.role === "DINAS") return s.provinceCode ?? undefined;
  return undefined;
}

export const canBroadcast = (s: Sender) => broadcastScope(s) !== undefined;

/** `code` lies within `area` ("61.12.03" within "61.12"); null area = everywhere. */
function within(code: string, area: string | null): boolean {
  return area === null || code === area || code.startsWith(`${area}.`);
}

const CODE = /^\d{2}(\.\d{2}){0,2}$/;
const PERIOD = /^\d{4}-(0[1-9]|1[0-2])$/;

/**
 * Checks a filter from the outside (a conversation's state, stored JSON) against the sender's
 * scope; returns the cleaned filter or why it is refused.
 */
export function checkFilter(
  s: Sender,
  f: unknown,
):
  | { ok: true; filter: AudienceFilter; scope: string | null }
  | { ok: false; reason: "not_allowed" | "out_of_scope" | "invalid" } {
  const scope = broadcastScope(s);
  if (scope === undefined) return { ok: false, reason: "not_allowed" };
  if (typeof f !== "object" || f === null) return { ok: false, reason: "invalid" };
  const x = f as Record<string, unknown>;
  const roles = Array.isArray(x.roles) ? x.roles : [];
  if (!roles.every((r) => (AUDIENCE_ROLES as readonly unknown[]).includes(r))) return { ok: false, reason: "invalid" };
  const out: AudienceFilter = { roles: [...new Set(roles as AudienceRole[])] };
  if (x.region !== undefined) {
    if (typeof x.region !== "string" || !CODE.test(x.region)) return { ok: false, reason: "invalid" };
    if (!within(x.region, scope)) return { ok: false, reason: "out_of_scope" };
    out.region = x.region;
  }
  if (x.lang !== undefined) {
    if (!(LANGS as readonly unknown[]).includes(x.lang)) return { ok: false, reason: "invalid" };
    out.lang = x.lang as Lang;
  }
  if (x.report !== undefined) {
    const r = x.report as Record<string, unknown>;
    if (
      typeof r !== "object" ||
      r === null ||
      typeof r.period !== "string" ||
      !PERIOD.test(r.period) ||
      !(REPORT_FILTERS as readonly unknown[]).includes(r.status)
    )
      return { ok: false, reason: "invalid" };
    out.report = { period: r.period, status: r.status as ReportFilter };
  }
  if (x.stage !== undefined) {
    if (!(MILESTONES as readonly unknown[]).includes(x.stage)) return { ok: false, reason: "invalid" };
    out.stage = x.stage as Milestone;
  }
  if (x.rosterGap !== undefined) {
    if (x.rosterGap !== true) return { ok: false, reason: "invalid" };
    out.rosterGap = true;
  }
  return { ok: true, filter: out, scope };
}
