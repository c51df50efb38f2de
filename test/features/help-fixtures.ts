// Seed data for the issue-5 tests (roles, coops, boards) written straight to the DB, plus small
// helpers to find what the bot sent. Kubu Raya (61.12, WIB) and Kota Makassar (73.71, WITA).
import { createHarness, type Harness } from "../helpers/harness.ts";
import { runSlaSweep } from "../../src/jobs/sla-sweep.ts";
import type { Role } from "../../src/generated/prisma/enums.ts";
import type { Outbound } from "../../src/messages/help/deliver.ts";

export const KUBU_RAYA = "61.12";
export const PONTIANAK = "61.71";
export const VILLAGES = {
  ambarawa: "61.12.05.2010",
  batuAmpar: "61.12.05.2002",
  medanMas: "61.12.05.2015",
  muaraTiga: "61.12.05.2014",
  kualaMandorA: "61.12.02.2003",
  kualaMandorB: "61.12.02.2001",
  pallima: "61.71.03.1001",
  bakung: "73.71.11.1011",
} as const;

export const ADMIN_ID = 900001; // bootstrap admin of the harness (ADMIN_TELEGRAM_IDS)

export async function staff(
  h: Harness,
  telegramId: number,
  role: Role,
  opts: { name?: string; regencyCode?: string; provinceCode?: string; username?: string; phone?: string } = {},
) {
  const regencyCode = opts.regencyCode ?? (role === "BA" || role === "PMO" ? KUBU_RAYA : null);
  return h.prisma.user.create({
    data: {
      telegramId: BigInt(telegramId),
      fullName: opts.name ?? `${role} ${telegramId}`,
      tgFirstName: opts.name ?? `${role}${telegramId}`,
      username: opts.username ?? null,
      phone: opts.phone ?? null,
      role,
      regencyCode,
      provinceCode: opts.provinceCode ?? regencyCode?.slice(0, 2) ?? null,
      consentAt: new Date("2026-01-01T00:00:00Z"),
    },
  });
}

export async function admin(h: Harness) {
  return staff(h, ADMIN_ID, "ADMIN", { name: "Admin Pusat" });
}

let coopSeq = 0;

/** A coop in `villageCode` with an ACTIVE ketua (a consented PENGURUS user). */
export async function coopWithKetua(
  h: Harness,
  villageCode: string,
  ketua: { telegramId: number; name?: string; username?: string; phone?: string },
  opts: { baId?: number } = {},
) {
  const parts = villageCode.split(".");
  const user = await h.prisma.user.create({
    data: {
      telegramId: BigInt(ketua.telegramId),
      fullName: ketua.name ?? `Ketua ${ketua.telegramId}`,
      tgFirstName: ketua.name ?? `Ketua${ketua.telegramId}`,
      username: ketua.username ?? null,
      phone: ketua.phone ?? null,
      consentAt: new Date("2026-01-01T00:00:00Z"),
    },
  });
  coopSeq += 1;
  const coop = await h.prisma.cooperative.create({
    data: {
      name: `Koperasi Desa Merah Putih ${villageCode.slice(-4)}-${coopSeq}`,
      villageCode,
      districtCode: parts.slice(0, 3).join("."),
      regencyCode: parts.slice(0, 2).join("."),
      provinceCode: parts[0]!,
      units: ["GERAI_SEMBAKO"],
      createdById: user.id,
      assignedBaId: opts.baId ?? null,
    },
  });
  await h.prisma.membership.create({ data: { userId: user.id, coopId: coop.id, position: "KETUA", status: "ACTIVE" } });
  if (opts.baId) await h.prisma.assignment.create({ data: { coopId: coop.id, baId: opts.baId, byId: opts.baId } });
  return { coop, ketua: user };
}

export function outbound(h: Harness): Outbound & { deps: Harness["deps"] } {
  return { notifier: h.notifier, deps: h.deps };
}

/** The id of the last message the bot sent to a chat that belongs to a help request. */
export async function lastRelayedTo(h: Harness, chatId: number): Promise<number> {
  const row = await h.prisma.helpMessage.findFirst({
    where: { dstChatId: BigInt(chatId), dstMessageId: { not: null } },
    orderBy: { id: "desc" },
  });
  if (!row?.dstMessageId) throw new Error(`nothing relayed to ${chatId}`);
  return row.dstMessageId;
}

/** Calls of one method to one chat. */
export function callsTo(h: Harness, chatId: number, method: string) {
  return h.fake.calls.filter((c) => c.method === method && Number(c.payload.chat_id) === chatId);
}

/** The answerCallbackQuery texts, in order. */
export function callbackAnswers(h: Harness): string[] {
  return h.fake.byMethod("answerCallbackQuery").map((c) => String(c.payload.text ?? ""));
}

/** A harness whose help requests are reminded after 2 working hours (the SLA tests' arithmetic). */
export const slaHarness = (): Promise<Harness> => createHarness({ env: { HELP_SLA_HOURS: "2" } });

/** One SLA sweep called directly (as the job does); the outbox is drained, as the drain loop would right after. */
export async function sweepSla(h: Harness) {
  const r = await runSlaSweep(outbound(h));
  await h.drain();
  return r;
}
