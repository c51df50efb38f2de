// Reusable dialogue steps for registration tests (and for other features' tests that need a
// registered cooperative with a ketua).
import { expect } from "vitest";
import type { Harness } from "../helpers/harness.ts";
import type { TestUser } from "../helpers/test-user.ts";

export const KUBU_RAYA = { province: "61", regency: "61.12", district: "61.12.03", village: "61.12.03.2005", villageName: "Sungai Ambawang Kuala" };

export async function consentAndProfile(u: TestUser, name = "siti aminah") {
  await u.command("start");
  await u.press("ok");
  await u.send(name);
  await u.shareContact("+62 812-3456-7890");
}

export async function pickVillage(u: TestUser, w = KUBU_RAYA) {
  await u.press("pg:1"); // Kalimantan Barat is on page 2 of the provinces
  await u.press(`pk:${w.province}`);
  await u.press(`pk:${w.regency}`);
  await u.press(`pk:${w.district}`);
  if (!u.buttons().some((b) => b.data === `pk:${w.village}`)) await u.press("pg:1");
  await u.press(`pk:${w.village}`);
}

/** Full registration of a new coop by `u` as ketua, through the real wizard. */
export async function registerNewCoop(h: Harness, u: TestUser, name = "siti aminah", w = KUBU_RAYA) {
  await consentAndProfile(u, name);
  await u.press("new");
  await pickVillage(u, w);
  await u.press("use");
  await u.send("AHU-0012345.AH.01.29.TAHUN 2025");
  await u.press("u:GERAI_SEMBAKO");
  await u.press("u:SIMPAN_PINJAM");
  await u.press("u:KLINIK");
  await u.press("done");
  await u.press("p:KETUA");
  await u.press("ok");
  const coop = await h.prisma.cooperative.findUniqueOrThrow({ where: { villageCode: w.village } });
  expect(coop).toBeTruthy();
  return coop;
}
