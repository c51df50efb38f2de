// The command catalogue: which role may use which command. Drives /bantuan and setMyCommands, and
// is enforced before any handler runs (middlewares/command-roles.ts).
import type { Role } from "../generated/prisma/enums.ts";

export interface CommandSpec {
  command: string;
  /** undefined = everyone (who has consented, where relevant) */
  roles?: Role[];
  /** shown in the Telegram "/" menu */
  menu?: boolean;
  /** said to the other roles instead of "not allowed" (a pointer to what they can do) */
  otherRolesKey?: string;
  /** audit-log entity of a refusal (default "Command") */
  entity?: string;
  /** /bantuan shows the commands by topic (default "general") */
  topic?: HelpTopic;
}

export const HELP_TOPICS = ["coop", "help", "staff", "manage", "general"] as const;
export type HelpTopic = (typeof HELP_TOPICS)[number];

export const COMMANDS: CommandSpec[] = [
  { command: "start", menu: true },
  { command: "koperasi", topic: "coop", menu: true },
  { command: "lapor", topic: "coop", roles: ["PENGURUS", "ADMIN"], entity: "MonthlyReport", menu: true },
  { command: "templat", topic: "coop", roles: ["PENGURUS", "ADMIN"], entity: "MonthlyReport" },
  { command: "riwayat", topic: "coop", roles: ["PENGURUS", "ADMIN"], entity: "MonthlyReport", menu: true },
  { command: "bantuan", menu: true },
  { command: "batal", menu: true },
  { command: "bahasa", menu: true },
  { command: "privasi", menu: true },
  { command: "mintabantuan", topic: "help", roles: ["PENGURUS"], otherRolesKey: "help-staff-hint", menu: true },
  { command: "permintaan", topic: "help", menu: true },
  { command: "koperasiku", topic: "staff", roles: ["BA", "PMO", "DINAS", "ADMIN"], otherRolesKey: "ws-not-staff" },
  {
    command: "rekap",
    topic: "staff",
    roles: ["DINAS", "PMO", "ADMIN", "BA"],
    otherRolesKey: "recap-not-allowed",
    entity: "Recap",
    menu: true,
  },
  {
    command: "rekap_jadwal",
    topic: "manage",
    roles: ["DINAS", "PMO"],
    otherRolesKey: "recap-sched-not-allowed",
    entity: "RecapSubscription",
  },
  { command: "tugaskan", topic: "staff", roles: ["PMO", "ADMIN"], entity: "Assignment" },
  { command: "kunjungan", topic: "staff", roles: ["BA", "PMO"], otherRolesKey: "vis-only-ba", entity: "Visit" },
  { command: "undang", topic: "manage", roles: ["ADMIN"], entity: "Invite" },
  { command: "kode", topic: "staff" },
  { command: "audit", topic: "manage", roles: ["ADMIN"], entity: "AuditLog" },
  {
    command: "siaran",
    topic: "manage",
    roles: ["PMO", "DINAS", "ADMIN"],
    otherRolesKey: "bc-not-allowed",
    entity: "Broadcast",
  },
  {
    command: "siaran_batal",
    topic: "manage",
    roles: ["PMO", "DINAS", "ADMIN"],
    otherRolesKey: "bc-not-allowed",
    entity: "Broadcast",
  },
  {
    command: "siaran_status",
    topic: "manage",
    roles: ["PMO", "DINAS", "ADMIN"],
    otherRolesKey: "bc-not-allowed",
    entity: "Broadcast",
  },
  { command: "impor", topic: "manage", roles: ["DINAS", "ADMIN"], entity: "Import" },
  { command: "cari", topic: "manage", roles: ["BA", "PMO", "DINAS", "ADMIN"], otherRolesKey: "ppl-not-allowed" },
  { command: "ubahkoperasi", topic: "coop", roles: ["PENGURUS", "ADMIN"], entity: "Cooperative" },
  { command: "keluar", topic: "coop", roles: ["PENGURUS"], entity: "Membership" },
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

/** The catalogue entry of a command name (without "/"), if any. */
export function commandSpec(name: string): CommandSpec | undefined {
  return COMMANDS.find((c) => c.command === name);
}
