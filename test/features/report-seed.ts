// Seed data for the report dialogue tests (services/prisma directly, no dialogue).
import type { BusinessUnit, Role } from "../../src/generated/prisma/enums.ts";
import type { Harness } from "../helpers/harness.ts";

export interface SeedUser {
  tg: number;
  name: string;
  role?: Role;
  regencyCode?: string;
}

export async function seedUser(h: Harness, u: SeedUser) {
  return h.prisma.user.create({
    data: {
      telegramId: BigInt(u.tg),
      fullName: u.name,
      tgFirstName: u.name,
      consentAt: new Date("2026-01-01T00:00:00Z"),
      role: u.role ?? "PENGURUS",
      regencyCode: u.regencyCode ?? null,
    },
  });
}

let villageSeq = 2000;

/** A coop in Kab. Kubu Raya (61.12, WIB) with ACTIVE members and optionally an assigned BA. */
export async function seedCoop(
  h: Harness,
  opts: { name?: string; units: BusinessUnit[]; members: SeedUser[]; ba?: SeedUser; regencyCode?: string },
) {
  const members = [];
  for (const m of opts.members)
    members.push((await h.prisma.user.findUnique({ where: { telegramId: BigInt(m.tg) } })) ?? (await seedUser(h, m)));
  const ba = opts.ba
    ? ((await h.prisma.user.findUnique({ where: { telegramId: BigInt(opts.ba.tg) } })) ??
      (await seedUser(h, { role: "BA", ...opts.ba })))
    : null;
  const regency = opts.regencyCode ?? "61.12";
  const village = `${regency}.03.${villageSeq++}`;
  const coop = await h.prisma.cooperative.create({
    data: {
      name: opts.name ?? "Koperasi Desa Merah Putih Sukamaju",
      villageCode: village,
      districtCode: `${regency}.03`,
      regencyCode: regency,
      provinceCode: regency.slice(0, 2),
      units: opts.units,
      createdById: members[0]!.id,
      assignedBaId: ba?.id ?? null,
    },
  });
  for (const m of members)
    await h.prisma.membership.create({ data: { userId: m.id, coopId: coop.id, position: "KETUA", status: "ACTIVE" } });
  return { coop, members, ba };
}

/** Wraps a TestUser so every message and button press it makes is counted. */
export function counted<U extends { send: Function; press: Function; sendPhoto: Function }>(u: U) {
  const counter = { n: 0 };
  for (const m of ["send", "press", "sendPhoto"] as const) {
    const orig = (u[m] as Function).bind(u);
    (u as Record<string, unknown>)[m] = (...args: unknown[]) => {
      counter.n += 1;
      return orig(...args);
    };
  }
  return counter;
}
