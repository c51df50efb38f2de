// Reading the audit log (admins): recent entries, those of one cooperative, or those by or about one
// person; newest first, paged by offset. Each entry comes with the name of what it is about (a
// person, a coop, a help request number) and, where the row has them, the old → new values (codes
// and names; the view puts them in words). No Telegram here.
import type { Prisma, PrismaClient } from "../generated/prisma/client.ts";
import { requestNo } from "./help-requests/numbers.ts";

export type AuditScope = { kind: "recent" } | { kind: "coop"; id: number } | { kind: "user"; id: number };

/** What changed: a role, a BA (names), a name, an AHU number, units, a status, a help tier. */
export type ChangeKind =
  "role" | "ba" | "name" | "legalNumber" | "units" | "status" | "position" | "routedRole" | "rating";

export interface AuditChange {
  kind: ChangeKind;
  before: string | null;
  after: string | null;
}

export interface AuditEntry {
  id: number;
  at: Date;
  action: string;
  entity: string;
  entityId: string | null;
  actorName: string | null;
  /** the person's or coop's name, the request's number; null when it no longer exists */
  targetName: string | null;
  change: AuditChange | null;
}

export const AUDIT_PAGE = 6;

function where(scope: AuditScope): Prisma.AuditLogWhereInput {
  if (scope.kind === "coop") return { entity: "Cooperative", entityId: String(scope.id) };
  if (scope.kind === "user") return { OR: [{ actorId: scope.id }, { entity: "User", entityId: String(scope.id) }] };
  return {};
}

type Json = Record<string, unknown> | null;
const obj = (v: Prisma.JsonValue | null): Json => (v && typeof v === "object" && !Array.isArray(v) ? v : null);
const text = (v: unknown): string | null =>
  v === null || v === undefined
    ? null
    : Array.isArray(v)
      ? v.join(", ")
      : typeof v === "string"
        ? v
        : typeof v === "number" || typeof v === "boolean"
          ? String(v)
          : JSON.stringify(v);
const id = (v: unknown): number | null => (typeof v === "number" && Number.isInteger(v) ? v : null);

/** The old → new values an action records, by the field it changes. */
const CHANGES: Record<string, { kind: ChangeKind; field: string }> = {
  ROLE_CHANGED: { kind: "role", field: "role" },
  COOP_ASSIGNED: { kind: "ba", field: "baId" },
  COOP_RENAMED: { kind: "name", field: "name" },
  COOP_AHU_SET: { kind: "legalNumber", field: "legalNumber" },
  COOP_UNITS_SET: { kind: "units", field: "units" },
  COOP_DEACTIVATED: { kind: "status", field: "status" },
  COOP_REACTIVATED: { kind: "status", field: "status" },
  MEMBER_POSITION_SET: { kind: "position", field: "position" },
  HELP_ESCALATED: { kind: "routedRole", field: "routedRole" },
  HELP_RATED: { kind: "rating", field: "rating" },
};

type Row = { action: string; before: Prisma.JsonValue | null; after: Prisma.JsonValue | null };

function rawChange(r: Row): { kind: ChangeKind; before: unknown; after: unknown } | null {
  const c = CHANGES[r.action];
  if (!c) return null;
  const before = obj(r.before)?.[c.field];
  const after = obj(r.after)?.[c.field];
  if (before === undefined && after === undefined) return null;
  return { kind: c.kind, before, after };
}

export async function auditPage(
  prisma: PrismaClient,
  scope: AuditScope,
  page: number,
): Promise<{ entries: AuditEntry[]; total: number }> {
  const w = where(scope);
  const [rows, total] = await Promise.all([
    prisma.auditLog.findMany({
      where: w,
      include: { actor: { select: { fullName: true, tgFirstName: true } } },
      orderBy: [{ at: "desc" }, { id: "desc" }],
      skip: page * AUDIT_PAGE,
      take: AUDIT_PAGE,
    }),
    prisma.auditLog.count({ where: w }),
  ]);
  // names of the people and coops on this page, in two queries
  const userIds = new Set<number>();
  const coopIds = new Set<number>();
  for (const r of rows) {
    const n = Number(r.entityId);
    if (r.entity === "User" && Number.isInteger(n)) userIds.add(n);
    if (r.entity === "Cooperative" && Number.isInteger(n)) coopIds.add(n);
    const c = rawChange(r);
    if (c?.kind === "ba") [c.before, c.after].map(id).forEach((x) => x !== null && userIds.add(x));
  }
  const [users, coops] = await Promise.all([
    userIds.size
      ? prisma.user.findMany({
          where: { id: { in: [...userIds] } },
          select: { id: true, fullName: true, tgFirstName: true },
        })
      : [],
    coopIds.size
      ? prisma.cooperative.findMany({ where: { id: { in: [...coopIds] } }, select: { id: true, name: true } })
      : [],
  ]);
  const userName = new Map(users.map((u) => [u.id, u.fullName ?? u.tgFirstName ?? null]));
  const coopName = new Map(coops.map((c) => [c.id, c.name]));
  const targetOf = (entity: string, entityId: string | null): string | null => {
    const n = Number(entityId);
    if (entityId === null || !Number.isInteger(n)) return null;
    if (entity === "User") return userName.get(n) ?? null;
    if (entity === "Cooperative") return coopName.get(n) ?? null;
    if (entity === "HelpRequest") return requestNo(n);
    return null;
  };
  return {
    total,
    entries: rows.map((r) => {
      const c = rawChange(r);
      const value = (v: unknown) =>
        c?.kind === "ba" ? (id(v) === null ? null : (userName.get(id(v)!) ?? `#${String(v)}`)) : text(v);
      return {
        id: r.id,
        at: r.at,
        action: r.action,
        entity: r.entity,
        entityId: r.entityId,
        actorName: r.actor?.fullName ?? r.actor?.tgFirstName ?? null,
        targetName: targetOf(r.entity, r.entityId),
        change: c ? { kind: c.kind, before: value(c.before), after: value(c.after) } : null,
      };
    }),
  };
}
