// Starts the simulator for `npm start` without BOT_TOKEN (see src/main.ts): the real bot is
// then pointed at `apiRoot` with `token`, and people chat with it at `url`.
import type { Config } from "../config.ts";
import type { Logger } from "../logger.ts";
import { startSimulator, type Persona, type Simulator } from "./index.ts";

/** Fixed people to try the bot with; ADMIN_TELEGRAM_IDS become "Admin" personas. */
export function defaultPersonas(config: Pick<Config, "adminTelegramIds">): Persona[] {
  const admins: Persona[] = config.adminTelegramIds.map((id, i) => ({
    key: `admin-${id}`,
    label: config.adminTelegramIds.length > 1 ? `Admin ${i + 1}` : "Admin",
    telegramId: Number(id),
    firstName: `Admin${config.adminTelegramIds.length > 1 ? ` ${i + 1}` : ""}`,
    description: `ADMIN_TELEGRAM_IDS (${id})`,
  }));
  const people: Persona[] = [
    { key: "budi", label: "Budi Santoso", telegramId: 5_100_000_001, firstName: "Budi", username: "budi_santoso", description: "Pengurus koperasi desa" },
    { key: "siti", label: "Siti Aminah", telegramId: 5_100_000_002, firstName: "Siti", username: "siti_aminah", description: "Pengurus koperasi desa lain" },
    { key: "agus", label: "Agus Wibowo", telegramId: 5_100_000_003, firstName: "Agus", description: "Pengguna tanpa username" },
  ];
  return [...admins, ...people.filter((p) => !admins.some((a) => a.telegramId === p.telegramId))];
}

export async function launchSimulator(config: Pick<Config, "adminTelegramIds" | "simulatorPort">, logger: Logger): Promise<Simulator> {
  return startSimulator({
    port: config.simulatorPort,
    personas: defaultPersonas(config),
    logger: { info: (o, msg) => (typeof o === "string" ? logger.info(o) : logger.info(o, msg)) },
  });
}
