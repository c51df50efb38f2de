// The command catalogue: which role may use which command. Drives /bantuan and setMyCommands.
import type { Role } from "../generated/prisma/enums.ts";

export interface CommandSpec {
  command: string;
  /** undefined = everyone (who has consented, where relevant) */
  roles?: Role[];
  /** shown in the Telegram "/" menu */
  menu?: boolean;
  /** /bantuan shows the commands by topic (default "general") */
  topic?: HelpTopic;
}

export const HELP_TOPICS = ["coop", "help", "staff", "general"] as const;
export type HelpTopic = (typeof HELP_TOPICS)[number];

export const COMMANDS: CommandSpec[] = [
  { command: "start", menu: true },
  { command: "koperasi", topic: "coop", menu: true },
  { command: "lapor", topic: "coop", roles: ["PENGURUS", "ADMIN"], menu: true },
  { command: "templat", topic: "coop", roles: ["PENGURUS", "ADMIN"] },
  { command: "riwayat", topic: "coop", roles: ["PENGURUS", "ADMIN"], menu: true },
  { command: "bantuan", menu: true },
  { command: "batal", menu: true },
  { command: "bahasa", menu: true },
  { command: "privasi", menu: true },
  { command: "mintabantuan", topic: "help", roles: ["PENGURUS"], menu: true },
  { command: "permintaan", topic: "help", menu: true },
  { command: "koperasiku", topic: "staff", roles: ["BA", "PMO", "DINAS", "ADMIN"] },
  { command: "tugaskan", topic: "staff", roles: ["PMO", "ADMIN"] },
  { command: "undang", topic: "staff", roles: ["ADMIN"] },
  { command: "kode", topic: "staff" },
  { command: "dataku" },
  { command: "hapusdata" },
];

export function commandsFor(role: Role | undefined): CommandSpec[] {
  return COMMANDS.filter((c) => !c.roles || (role !== undefined && c.roles.includes(role)));
}

/** The role's commands of one /bantuan topic. */
export function commandsOfTopic(role: Role | undefined, topic: HelpTopic): CommandSpec[] {
  return commandsFor(role).filter((c) => (c.topic ?? "general") === topic);
}
