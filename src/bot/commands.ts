// The command catalogue: which role may use which command. Drives /bantuan and setMyCommands.
import type { Role } from "../generated/prisma/enums.ts";

export interface CommandSpec {
  command: string;
  /** undefined = everyone (who has consented, where relevant) */
  roles?: Role[];
  /** shown in the Telegram "/" menu */
  menu?: boolean;
}

export const COMMANDS: CommandSpec[] = [
  { command: "start", menu: true },
  { command: "koperasi", menu: true },
  { command: "lapor", roles: ["PENGURUS", "ADMIN"], menu: true },
  { command: "templat", roles: ["PENGURUS", "ADMIN"] },
  { command: "riwayat", roles: ["PENGURUS", "ADMIN"], menu: true },
  { command: "bantuan", menu: true },
  { command: "batal", menu: true },
  { command: "bahasa", menu: true },
  { command: "privasi", menu: true },
  { command: "mintabantuan", roles: ["PENGURUS"], menu: true },
  { command: "permintaan", menu: true },
  { command: "koperasiku", roles: ["BA", "PMO", "DINAS", "ADMIN"] },
  { command: "rekap", roles: ["DINAS", "PMO", "ADMIN", "BA"], menu: true },
  { command: "rekap_jadwal", roles: ["DINAS", "PMO"] },
  { command: "tugaskan", roles: ["PMO", "ADMIN"] },
  { command: "undang", roles: ["ADMIN"] },
  { command: "kode" },
  { command: "cari", roles: ["BA", "PMO", "DINAS", "ADMIN"] },
  { command: "ubahkoperasi", roles: ["PENGURUS", "ADMIN"] },
  { command: "keluar", roles: ["PENGURUS"] },
  { command: "dataku" },
  { command: "hapusdata" },
];

export function commandsFor(role: Role | undefined): CommandSpec[] {
  return COMMANDS.filter((c) => !c.roles || (role !== undefined && c.roles.includes(role)));
}
