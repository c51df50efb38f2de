// One audit entry as a line in plain Indonesian: what happened, to whom (by name), old → new where
// the row records it, and by whom. "ROLE_CHANGED · User #48" becomes
// "Peran diubah · Rina Marlina: BA → PMO · oleh Admin".
import type { Translate } from "../../../lib/translate.ts";
import { MONTHS_ID, wallClock } from "../../../lib/dates.ts";
import { truncate } from "../../../lib/text.ts";
import type { AuditChange, AuditEntry } from "../../../services/audit-view.ts";

/** Actions with their own label (locales: audit-act-<ACTION>); any other shows as "audit-act-other". */
const AUDIT_ACTIONS = [
  "ROLE_CHANGED",
  "COOP_ASSIGNED",
  "COOP_REGISTERED",
  "COOP_RENAMED",
  "COOP_AHU_SET",
  "COOP_UNITS_SET",
  "COOP_DEACTIVATED",
  "COOP_REACTIVATED",
  "MEMBER_POSITION_SET",
  "MEMBER_REMOVED",
  "MEMBER_LEFT",
  "JOIN_REQUESTED",
  "JOIN_APPROVED",
  "JOIN_REJECTED",
  "INVITE_CREATED",
  "INVITE_REDEEMED",
  "KETUA_HANDOVER_PROPOSED",
  "KETUA_HANDOVER_DECLINED",
  "KETUA_HANDOVER_ACCEPTED",
  "HELP_CREATED",
  "HELP_TAKEN",
  "HELP_CLOSED",
  "HELP_RATED",
  "HELP_REASSIGNED",
  "HELP_ESCALATED",
  "BOT_BLOCKED",
  "BOT_UNBLOCKED",
  "PERSONAL_DATA_ERASED",
  "GROUP_HINT",
  "REFUSED",
] as const;
const KNOWN = new Set<string>(AUDIT_ACTIONS);

/** Entities with a label (audit-ent-<Entity>); others show as "catatan". */
const AUDIT_ENTITIES = [
  "User",
  "Cooperative",
  "HelpRequest",
  "Invite",
  "Chat",
  "Membership",
  "MonthlyReport",
  "Broadcast",
  "Assignment",
  "Visit",
  "Recap",
  "RecapSubscription",
  "AuditLog",
] as const;
const ENTITIES = new Set<string>(AUDIT_ENTITIES);

const CODED: Partial<Record<AuditChange["kind"], string>> = {
  role: "audit-role",
  routedRole: "audit-role",
  status: "audit-coop-status",
  position: "position",
};

function value(t: Translate, kind: AuditChange["kind"], v: string | null): string {
  if (v === null || v === "") return t(kind === "ba" ? "audit-no-ba" : "audit-none");
  const prefix = CODED[kind];
  if (prefix) return t(`${prefix}-${v}`);
  if (kind === "units")
    return v
      .split(", ")
      .map((u) => t(`unit-${u}`))
      .join(", ");
  if (kind === "rating") return t("audit-rating", { n: v });
  return v;
}

function changeText(t: Translate, c: AuditChange | null): string {
  if (!c) return "";
  if (c.kind === "rating") return `: ${value(t, c.kind, c.after)}`;
  return `: ${truncate(value(t, c.kind, c.before), 20)} → ${truncate(value(t, c.kind, c.after), 20)}`;
}

/** "1 Nov 07.10" (WIB, as the page header says) */
function when(d: Date): string {
  const c = wallClock(d, "Asia/Jakarta");
  const p = (n: number) => String(n).padStart(2, "0");
  return `${c.day} ${MONTHS_ID[c.month - 1]!.slice(0, 3)} ${p(c.hour)}.${p(c.minute)}`;
}

/** "Koperasi Desa Merah Putih Sungai Ambawang" → "Kop. Sungai Ambawang" */
const shortTarget = (s: string) => s.replace(/^Koperasi (Desa|Kelurahan) Merah Putih /, "Kop. ");

/** One entry, cut with "…" to `max` characters (a page of them stays within a message's 600). */
export function auditLine(t: Translate, e: AuditEntry, max = 200): string {
  const entity = t(ENTITIES.has(e.entity) ? `audit-ent-${e.entity}` : "audit-ent-other");
  const target = e.targetName ?? (e.entityId ? t("audit-target-id", { entity, id: e.entityId }) : entity);
  const line = t("audit-line", {
    at: when(e.at),
    action: KNOWN.has(e.action) ? t(`audit-act-${e.action}`) : t("audit-act-other", { code: truncate(e.action, 24) }),
    target: `${truncate(shortTarget(target), 28)}${changeText(t, e.change)}`,
    by: e.actorName ? truncate(e.actorName, 18) : t("audit-by-system"),
  });
  return truncate(line, max);
}
