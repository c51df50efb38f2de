// Shared registration dialogues: a new koperasi (`registerCoop`) and a join request (`joinCoop`),
// through the real wizard, pressing buttons by label or by the kit's codec (`w`).
import type { Harness } from "./harness.ts";
import type { TestUser } from "./test-user.ts";
import { w } from "../../src/bot/kit/index.ts";
import { getWilayah } from "../../src/services/wilayah/index.ts";

// the wizard asks the desa early: load the wilayah data while the test file is collected, not
// inside a test's time budget (it takes a few seconds on a busy machine)
getWilayah();

/** Desa Sungai Ambawang Kuala, Kec. Sungai Ambawang, Kab. Kubu Raya, Kalimantan Barat. */
export const KUBU_RAYA = {
  province: "61",
  regency: "61.12",
  district: "61.12.03",
  village: "61.12.03.2005",
  villageName: "Sungai Ambawang Kuala",
};

export interface RegisterOptions {
  /** village code, or what the user types to find it (default Sungai Ambawang Kuala) */
  village?: string;
  /** BusinessUnit values (default GERAI_SEMBAKO, SIMPAN_PINJAM) */
  units?: string[];
  /** Position value (default KETUA) */
  position?: string;
  /** the typed full name (default "Siti Aminah") */
  name?: string;
  /** AHU number, or null for "Belum ada" (default an AHU number) */
  ahu?: string | null;
}

export const DEFAULT_AHU = "AHU-0012345.AH.01.29.TAHUN 2025";
const VILLAGE_CODE = /^\d{2}\.\d{2}\.\d{2}\.\d{4}$/;

/** Presses the button labelled `key` in the user's Telegram language. */
export function pressLabel(h: Harness, u: TestUser, key: string, vars?: Record<string, string | number>) {
  const label = h.t(key, vars, u.from.language_code === "en" ? "en" : "id");
  return u.press((l) => l === label);
}

/** /start, Setuju, the name, the phone (contact button): 4 actions. */
export async function startProfile(h: Harness, u: TestUser, name = "Siti Aminah") {
  await u.command("start");
  await pressLabel(h, u, "reg-consent-agree");
  await u.send(name);
  await u.shareContact("+62 812-3456-7890");
}

/** Types the village and taps it in the results: 2 actions. */
export async function findVillage(u: TestUser, village = KUBU_RAYA.village) {
  if (VILLAGE_CODE.test(village)) {
    const path = getWilayah().villagePath(village)!;
    await u.send(`${path.village.name}, ${path.district.name}`);
    await u.press(w(`p:${village}`));
  } else {
    await u.send(village);
    const first = u.buttons().find((b) => b.data.startsWith(w("p:")));
    if (!first) throw new Error(`no village found for ${village}: ${u.lastText()}`);
    await u.press(first.data);
  }
}

/** Registers a new koperasi with `u` on its board, on the standard path (12 actions). */
export async function registerCoop(h: Harness, u: TestUser, opts: RegisterOptions = {}) {
  await startProfile(h, u, opts.name);
  await findVillage(u, opts.village);
  await pressLabel(h, u, `position-${opts.position ?? "KETUA"}`);
  const ahu = opts.ahu === undefined ? DEFAULT_AHU : opts.ahu;
  if (ahu) await u.send(ahu);
  else await pressLabel(h, u, "reg-ahu-none");
  for (const unit of opts.units ?? ["GERAI_SEMBAKO", "SIMPAN_PINJAM"]) await u.press(w(`u:${unit}`));
  await pressLabel(h, u, "reg-units-done");
  await pressLabel(h, u, "reg-send");
  const membership = await h.prisma.membership.findFirst({
    where: { user: { telegramId: BigInt(u.id) } },
    include: { coop: true },
    orderBy: { id: "desc" },
  });
  if (!membership)
    throw new Error(`registration of ${u.id} did not create a koperasi: ${u.texts().slice(-3).join(" | ")}`);
  return membership.coop;
}

/** Asks to join the koperasi of a desa that has one (9 actions); returns the pending membership. */
export async function joinCoop(
  h: Harness,
  u: TestUser,
  opts: { village?: string; position?: string; name?: string } = {},
) {
  await startProfile(h, u, opts.name);
  await findVillage(u, opts.village);
  await pressLabel(h, u, "reg-join-yes");
  await pressLabel(h, u, `position-${opts.position ?? "BENDAHARA"}`);
  await pressLabel(h, u, "reg-send-join");
  return h.prisma.membership.findFirstOrThrow({
    where: { user: { telegramId: BigInt(u.id) } },
    include: { coop: true },
    orderBy: { id: "desc" },
  });
}
