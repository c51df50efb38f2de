// Starts the simulator for `npm start` without BOT_TOKEN (see src/main.ts): the real bot is
// then pointed at `apiRoot` with `token`, and people chat with it at `url`. The personas on the
// page are the people of the demo data (src/seed/), which `seedDemoIfEmpty` writes on the first
// start (a database with no cooperative yet).
import type { Config } from "../config.ts";
import type { Logger } from "../logger.ts";
import type { PrismaClient } from "../generated/prisma/client.ts";
import { systemClock, type Clock } from "../lib/clock.ts";
import {
  COOPS,
  STAFF,
  demoCoopName,
  describeCounts,
  isEmptyDatabase,
  pengurusList,
  seedDemo,
  type SeedCounts,
} from "../seed/demo.ts";
import { startSimulator, type KnownUser, type Persona, type Simulator } from "./index.ts";
import { persistentNumbering } from "./update-counter.ts";

const staff = (key: (typeof STAFF)[number]["key"]) => STAFF.find((s) => s.key === key)!;

/** "Kop. Desa Sungai Raya Dalam" from "Koperasi Desa Merah Putih Sungai Raya Dalam". */
const shortCoop = (coop: number) =>
  demoCoopName(COOPS[coop]!.villageCode).replace(/^Koperasi (Desa|Kelurahan) Merah Putih /, "Kop. $1 ");

const baCard = (coops: number) =>
  `Business Assistant: mendampingi ${coops} koperasi, ada laporan dan permintaan bantuan yang menunggu.`;

/**
 * The persona cards' figures read from the database once it is ready (after the demo seed): Rina's
 * coop count is what her /koperasiku counts (coops assigned to her), not only the named demo coops.
 */
export async function describePersonas(prisma: PrismaClient, personas: Persona[]): Promise<void> {
  const rina = personas.find((p) => p.key === "rina");
  if (!rina) return;
  const u = await prisma.user.findUnique({ where: { telegramId: BigInt(rina.telegramId) }, select: { id: true } });
  if (!u) return;
  rina.description = baCard(await prisma.cooperative.count({ where: { assignedBaId: u.id } }));
}

/** The demo people to try the bot with (page labels in Indonesian); ADMIN_TELEGRAM_IDS become "Admin" personas too. */
export function defaultPersonas(config: Pick<Config, "adminTelegramIds">): Persona[] {
  const admins: Persona[] = config.adminTelegramIds.map((id, i) => ({
    key: `admin-${id}`,
    label: config.adminTelegramIds.length > 1 ? `Admin ${i + 1}` : "Admin",
    telegramId: Number(id),
    firstName: `Admin${config.adminTelegramIds.length > 1 ? ` ${i + 1}` : ""}`,
    description: `Admin dari ADMIN_TELEGRAM_IDS (${id})`,
  }));
  const pengurus = pengurusList();
  const person = (coop: number, index = 0) => pengurus.filter((p) => p.coop === coop)[index]!;
  const budi = person(0);
  const siti = person(1);
  const fromStaff = (key: Parameters<typeof staff>[0], label: string, description: string): Persona => {
    const s = staff(key);
    return {
      key,
      label: `${s.fullName} (${label})`,
      telegramId: Number(s.telegramId),
      firstName: s.tgFirstName,
      username: s.username,
      description,
    };
  };
  const people: Persona[] = [
    {
      key: "budi",
      label: `Budi Santoso (Ketua, ${shortCoop(0)})`,
      telegramId: Number(budi.telegramId),
      firstName: "Budi",
      username: "budi_santoso",
      description: "Pengurus koperasi di Kubu Raya, Kalimantan Barat. Laporan bulan lalu belum diisi.",
    },
    {
      key: "siti",
      label: `Siti Aminah (Ketua, ${shortCoop(1)})`,
      telegramId: Number(siti.telegramId),
      firstName: "Siti",
      username: "siti_aminah",
      description: "Pengurus koperasi lain. Laporan bulan lalu dikembalikan BA untuk diperbaiki.",
    },
    fromStaff("rina", "BA Kubu Raya", baCard(COOPS.filter((c) => c.ba === "rina").length)),
    fromStaff("hendra", "PMO Kubu Raya", "PMO Kabupaten Kubu Raya: mengawasi 2 BA, ada koperasi yang belum punya BA."),
    fromStaff("maria", "Dinas Kalbar", "Dinas Koperasi Provinsi Kalimantan Barat: melihat rekap kemajuan."),
    fromStaff(
      "admin",
      "Admin",
      "Admin demo: mengelola peran, undangan dan semua koperasi (termasuk Bulungan, Kalimantan Utara, WITA).",
    ),
  ];
  return [...people.filter((p) => !admins.some((a) => a.telegramId === p.telegramId)), ...admins];
}

/**
 * Every person of the demo data (staff and pengurus): the demo says they registered, so on Telegram
 * the bot could reach them; in the simulator their chats exist from the start and what the bot
 * sends them (a broadcast, a reminder) waits until their page is opened.
 */
export function demoKnownUsers(): KnownUser[] {
  const staffUsers = STAFF.map((s) => ({ id: Number(s.telegramId), first_name: s.tgFirstName, username: s.username }));
  const pengurus = pengurusList().map((p) => ({ id: Number(p.telegramId), first_name: p.fullName.split(" ")[0]! }));
  return [...staffUsers, ...pengurus];
}

/** What the simulator of `npm start` knows from the start: the personas and every demo user's chat. */
export function demoSimulatorOptions(config: Pick<Config, "adminTelegramIds">) {
  return { personas: defaultPersonas(config), knownUsers: demoKnownUsers() };
}

export async function launchSimulator(
  config: Pick<Config, "adminTelegramIds" | "simulatorPort" | "dataDir">,
  logger: Logger,
): Promise<Simulator & { personas: Persona[] }> {
  const personas = defaultPersonas(config);
  const sim = await startSimulator({
    port: config.simulatorPort,
    numbering: persistentNumbering(config.dataDir),
    personas, // the same objects: describePersonas updates what the page shows
    knownUsers: demoKnownUsers(),
    logger: { info: (o, msg) => (typeof o === "string" ? logger.info(o) : logger.info(o, msg)) },
  });
  return Object.assign(sim, { personas });
}

/**
 * People registered in the database (e.g. someone who joined on the page before a restart) talked
 * to the bot before: their chats exist too, so messages to them wait for their page.
 */
export async function openRegisteredChats(sim: Pick<Simulator, "state">, prisma: PrismaClient): Promise<number> {
  const users = await prisma.user.findMany({
    where: { deletedAt: null, telegramId: { lte: BigInt(Number.MAX_SAFE_INTEGER) } },
    select: { telegramId: true, fullName: true },
  });
  for (const u of users) {
    const id = Number(u.telegramId);
    if (!sim.state.chats.has(id))
      sim.state.openChat({ id, first_name: u.fullName?.split(" ")[0] || `Pengguna ${String(id).slice(-4)}` });
  }
  return users.length;
}

/**
 * First start of the simulator: a database without any cooperative gets the demo data, and a line
 * on the console says so. Returns the counts, or undefined when the database already had data.
 * (Only called when there is no BOT_TOKEN: a real bot never gets demo data by itself.)
 */
export async function seedDemoIfEmpty(
  prisma: PrismaClient,
  logger: Logger,
  clock: Clock = systemClock,
): Promise<SeedCounts | undefined> {
  if (!(await isEmptyDatabase(prisma))) return undefined;
  const t0 = Date.now();
  const counts = await seedDemo(prisma, clock);
  logger.info({ ms: Date.now() - t0, ...counts, reportsByStatus: undefined }, "simulator: demo data seeded");
  console.log(`\n  Data demo dimuat / demo data loaded: ${describeCounts(counts)} (npm run db:seed memuat ulang)`);
  return counts;
}
