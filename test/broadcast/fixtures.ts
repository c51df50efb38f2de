// A broadcast audience fixture: staff of every role in three kab/kota (Kubu Raya 61.12, Kota
// Pontianak 61.71 — both WIB — and Kota Makassar 73.71, WITA), cooperatives with their ketua,
// one bendahara (English), people who must never get anything (blocked, erased, no consent),
// reports of October 2026 in every state and one coop further on the readiness path.
import { createHarness, type Harness } from "../helpers/harness.ts";
import { admin, coopWithKetua, staff, VILLAGES } from "../features/help-fixtures.ts";

export const PERIOD = "2026-10";

export async function broadcastFixture(h: Harness) {
  const adm = await admin(h);
  const pmo = await staff(h, 2101, "PMO");
  const pmoPontianak = await staff(h, 2102, "PMO", { regencyCode: "61.71" });
  const pmoMakassar = await staff(h, 2103, "PMO", { regencyCode: "73.71" });
  const dinas = await staff(h, 2201, "DINAS", { provinceCode: "61" });
  const dinasSulsel = await staff(h, 2202, "DINAS", { provinceCode: "73" });
  const ba = await staff(h, 2001, "BA");
  const baPontianak = await staff(h, 2002, "BA", { regencyCode: "61.71" });
  const ambarawa = await coopWithKetua(h, VILLAGES.ambarawa, { telegramId: 5001 }, { baId: ba.id });
  const batuAmpar = await coopWithKetua(h, VILLAGES.batuAmpar, { telegramId: 5002 });
  const kualaMandor = await coopWithKetua(h, VILLAGES.kualaMandorA, { telegramId: 5003 }, { baId: ba.id });
  const pallima = await coopWithKetua(h, VILLAGES.pallima, { telegramId: 5004 }, { baId: baPontianak.id });
  const bakung = await coopWithKetua(h, VILLAGES.bakung, { telegramId: 5005 });
  const bendahara = await h.prisma.user.create({
    data: { telegramId: 5006n, fullName: "Bendahara", locale: "en", consentAt: new Date("2026-01-01T00:00:00Z") },
  });
  await h.prisma.membership.create({
    data: { userId: bendahara.id, coopId: ambarawa.coop.id, position: "BENDAHARA", status: "ACTIVE" },
  });
  // never reached: blocked the bot, erased their data, never consented
  const blocked = await coopWithKetua(h, VILLAGES.medanMas, { telegramId: 5007 });
  await h.prisma.user.update({
    where: { id: blocked.ketua.id },
    data: { blockedAt: new Date("2026-11-01T00:00:00Z") },
  });
  const erased = await coopWithKetua(h, VILLAGES.muaraTiga, { telegramId: 5008 });
  await h.prisma.user.update({ where: { id: erased.ketua.id }, data: { deletedAt: new Date("2026-11-01T00:00:00Z") } });
  const noConsent = await coopWithKetua(h, VILLAGES.kualaMandorB, { telegramId: 5009 });
  await h.prisma.user.update({ where: { id: noConsent.ketua.id }, data: { consentAt: null } });

  const report = (coopId: number, status: "DRAFT" | "SUBMITTED" | "RETURNED" | "ACCEPTED") =>
    h.prisma.monthlyReport.create({ data: { coopId, period: PERIOD, status } });
  await report(ambarawa.coop.id, "SUBMITTED");
  await report(batuAmpar.coop.id, "RETURNED");
  await report(kualaMandor.coop.id, "DRAFT");
  await report(pallima.coop.id, "ACCEPTED");
  await h.prisma.readinessItem.create({ data: { coopId: ambarawa.coop.id, item: "AHU", state: "YES" } });

  const tg = { adm, pmo, pmoPontianak, pmoMakassar, dinas, dinasSulsel, ba, baPontianak, bendahara };
  return {
    ...tg,
    ketua: {
      ambarawa: ambarawa.ketua,
      batuAmpar: batuAmpar.ketua,
      kualaMandor: kualaMandor.ketua,
      pallima: pallima.ketua,
      bakung: bakung.ketua,
    },
    coops: {
      ambarawa: ambarawa.coop,
      batuAmpar: batuAmpar.coop,
      kualaMandor: kualaMandor.coop,
      pallima: pallima.coop,
      bakung: bakung.coop,
    },
  };
}

export type BroadcastFixture = Awaited<ReturnType<typeof broadcastFixture>>;

/** A harness without the outbox drained on its own (the tests drain), with the fixture in it. */
export async function broadcastHarness(): Promise<{ h: Harness; f: BroadcastFixture }> {
  const h = await createHarness({ autoDrain: false });
  return { h, f: await broadcastFixture(h) };
}
