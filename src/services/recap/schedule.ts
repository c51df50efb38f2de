// The automatic monthly recap (domain side; the job renders and queues it). On RECAP_DAY at
// RECAP_HOUR in the recipient's own zone (WIB / WITA / WIT, from their area), every DINAS user gets
// the recap of their area for the month just closed, PMO only when they turned it on
// (/rekap_jadwal); a DINAS user may turn it off. Due = "the instant has passed this month and no
// RecapDelivery row exists for (user, period)", so a recap missed while the bot was down goes out
// on the next run (the job also runs once at start). Exactly once: the RecapDelivery rows are
// inserted in the transaction that queues the messages; rows that already existed are someone else's.
import type { PrismaClient } from "../../generated/prisma/client.ts";
import { Prisma } from "../../generated/prisma/client.ts";
import { periodOf, previousPeriod } from "../../lib/dates.ts";
import { periodStart } from "../reports/view.ts";
import { timezoneOfProvince, type IndonesianTimeZone } from "../wilayah/index.ts";
import { ZONES } from "./sql.ts";
import type { RecapUser } from "./area.ts";

export interface RecapPolicy {
  /** RECAP_DAY (1-28) */
  day: number;
  /** RECAP_HOUR (0-23), local */
  hour: number;
}

const HOUR = 3_600_000;

/** The instant of this month's recap in `tz` (Indonesia has no DST: local midnight + hours). */
function scheduledInstant(now: Date, tz: IndonesianTimeZone, policy: RecapPolicy): Date {
  const month = periodOf(now, tz);
  return new Date(periodStart(month, tz).getTime() + ((policy.day - 1) * 24 + policy.hour) * HOUR);
}

export interface DueZone {
  tz: IndonesianTimeZone;
  provinces: string[];
  /** the month just closed */
  period: string;
  /** this month's scheduled instant (users created after it wait for next month) */
  at: Date;
}

/** Zones whose recap instant has passed this month. */
export function dueZones(now: Date, policy: RecapPolicy): DueZone[] {
  const out: DueZone[] = [];
  for (const tz of ZONES) {
    const at = scheduledInstant(now, tz, policy);
    if (now.getTime() < at.getTime()) continue;
    const provinces: string[] = [];
    for (let p = 11; p <= 99; p++) if (timezoneOfProvince(String(p)) === tz) provinces.push(String(p));
    out.push({ tz, provinces, period: previousPeriod(now, tz), at });
  }
  return out;
}

export interface RecapRecipient extends RecapUser {
  telegramId: bigint;
  locale: string | null;
}

/** Who is still owed this zone's recap: one query (subscription default per role, no delivery row yet). */
export async function recipientsDue(prisma: PrismaClient, zone: DueZone): Promise<RecapRecipient[]> {
  const rows = await prisma.$queryRaw<
    Array<{
      id: number;
      telegramId: bigint;
      locale: string | null;
      role: string;
      regencyCode: string | null;
      provinceCode: string | null;
    }>
  >`
    SELECT u.id, u."telegramId", u.locale, u.role::text AS role, u."regencyCode", u."provinceCode"
    FROM "User" u LEFT JOIN "RecapSubscription" s ON s."userId" = u.id
    WHERE u.role IN ('DINAS', 'PMO') AND u."deletedAt" IS NULL AND u."blockedAt" IS NULL AND u."consentAt" IS NOT NULL
      AND u."createdAt" < ${zone.at.toISOString()}::timestamp(3)
      AND coalesce(s.enabled, u.role = 'DINAS')
      AND left(coalesce(CASE WHEN u.role = 'PMO' THEN u."regencyCode" ELSE coalesce(u."regencyCode", u."provinceCode") END, ''), 2) IN (${Prisma.join(zone.provinces)})
      AND NOT EXISTS (SELECT 1 FROM "RecapDelivery" d WHERE d."userId" = u.id AND d.period = ${zone.period})
    ORDER BY u.id`;
  return rows.map((r) => ({
    ...r,
    id: Number(r.id),
    telegramId: BigInt(r.telegramId),
    role: r.role as RecapUser["role"],
  }));
}

/** Is the automatic recap on for this user (DINAS: unless turned off; PMO: only when turned on)? */
export async function recapSubscribed(prisma: PrismaClient, user: Pick<RecapUser, "id" | "role">): Promise<boolean> {
  const s = await prisma.recapSubscription.findUnique({
    where: { userId: user.id },
  });
  return s?.enabled ?? user.role === "DINAS";
}

export async function setRecapSubscription(prisma: PrismaClient, userId: number, enabled: boolean): Promise<void> {
  await prisma.recapSubscription.upsert({
    where: { userId },
    create: { userId, enabled },
    update: { enabled },
  });
}

/** Roles that can receive the automatic recap. */
export const canSubscribe = (user: Pick<RecapUser, "role">) => user.role === "DINAS" || user.role === "PMO";
