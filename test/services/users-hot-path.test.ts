// The hot path's raw SQL (src/db/hot-sql.ts) returns users exactly as Prisma does, and brings the
// chat's conversation state along in the same round trip.
import { describe, it, expect } from "vitest";
import { resetDb } from "../helpers/db.ts";
import { loadTelegramUser } from "../../src/services/users.ts";

describe("loadTelegramUser (raw SQL hot path)", () => {
  it("creates on first contact and returns rows shaped like Prisma's (bigint, UTC dates)", async () => {
    const { prisma } = await resetDb();
    const first = await loadTelegramUser(prisma, { telegramId: 8801n, firstName: "Siti" }, [], "conv:8801");
    expect(first.session).toBeNull();
    expect(first.user).toEqual(await prisma.user.findUniqueOrThrow({ where: { telegramId: 8801n } }));
    expect(typeof first.user.telegramId).toBe("bigint");
    expect(first.user.createdAt).toBeInstanceOf(Date);
    expect(Math.abs(first.user.createdAt.getTime() - Date.now())).toBeLessThan(60_000);
    expect(first.user.tgFirstName).toBeNull(); // no consent yet: only the id is kept
  });

  it("keeps the profile current after consent, makes bootstrap admins ADMIN, and reads the state", async () => {
    const { prisma } = await resetDb();
    const consentAt = new Date("2026-01-02T03:04:05.678Z");
    await prisma.user.create({ data: { telegramId: 8802n, consentAt, blockedAt: new Date() } });
    await prisma.session.create({ data: { key: "conv:8802", value: '{"x":1}' } });
    const { user, session } = await loadTelegramUser(
      prisma,
      { telegramId: 8802n, firstName: "Budi", username: "budi" },
      [8802n],
      "conv:8802",
    );
    expect(session).toBe('{"x":1}');
    expect(user).toMatchObject({ tgFirstName: "Budi", username: "budi", role: "ADMIN", blockedAt: null, consentAt });
    expect(user).toEqual(await prisma.user.findUniqueOrThrow({ where: { telegramId: 8802n } }));
  });
});
