// Shapes shared by the import services: rejections, counts, plan items. All JSON-safe (they are
// stored in Import.plan / Import.rejected).
import type { BusinessUnit, Role } from "../../generated/prisma/enums.ts";

export type Args = Record<string, string | number>;

/** A row that will not be imported: its row number, why (locale key + args), and what it held. */
export interface Rejection {
  row: number;
  key: string;
  args?: Args;
  values: string[];
}

/** A row written as it is, with a note for the importer (e.g. the pengurus entered another AHU). */
export interface Conflict {
  row: number;
  key: string;
  args?: Args;
}

export interface Counts {
  new: number;
  updated: number;
  unchanged: number;
  rejected: number;
  /** rows that differ from what pengurus entered themselves (reported, their data not overwritten) */
  conflicts: number;
}

export type Op = "new" | "update" | "same";

export interface CoopItem {
  r: number;
  op: Op;
  /** RosterCoop id when it exists */
  id: number | null;
  v: string;
  d: string;
  g: string;
  p: string;
  name: string;
  ahu: string | null;
  kn: string | null;
  kp: string | null;
  units: BusinessUnit[];
  rd: Record<string, string> | null;
  /** the Cooperative of this desa on the bot, to link */
  coop: number | null;
  before: Record<string, unknown> | null;
}

export interface StaffItem {
  r: number;
  op: Op;
  id: number | null;
  phone: string;
  name: string;
  role: Extract<Role, "BA" | "PMO" | "DINAS">;
  g: string | null;
  p: string;
  /** a new personal invite is made (new person, or their old one is no longer usable / for another role) */
  invite: boolean;
  /** the invite it replaces (revoked) */
  oldInvite: number | null;
  before: Record<string, unknown> | null;
}

export interface AssignmentItem {
  r: number;
  op: Op;
  /** RosterCoop id, when the coop is rostered */
  rc: number | null;
  /** Cooperative id, when the coop is on the bot */
  c: number | null;
  /** coop name (for messages) */
  cn: string;
  /** StaffRoster id of the BA, when rostered */
  s: number | null;
  /** User id of the BA, when on the bot */
  u: number | null;
  before: Record<string, unknown> | null;
}

export type PlanItem = CoopItem | StaffItem | AssignmentItem;

/** what validation found, besides the plan items (those go to a sink, batch by batch) */
export interface Outcome {
  rejected: Rejection[];
  conflicts: Conflict[];
  counts: Counts;
}

/** receives the plan items of each validated batch, in row order */
export type Sink<T extends PlanItem> = (items: T[]) => Promise<void>;

/** rows validated (and looked up in the database) together: memory stays bounded for big files */
const VALIDATE_BATCH = 2000;

export class Tally<T extends PlanItem> {
  readonly rejected: Rejection[] = [];
  readonly conflicts: Conflict[] = [];
  private readonly counts: Counts = { new: 0, updated: 0, unchanged: 0, rejected: 0, conflicts: 0 };
  constructor(private readonly sink: Sink<T>) {}

  async take(items: T[]) {
    for (const i of items) this.counts[i.op === "new" ? "new" : i.op === "update" ? "updated" : "unchanged"]++;
    if (items.length) await this.sink(items);
  }

  done(): Outcome {
    return {
      rejected: this.rejected.sort((a, b) => a.row - b.row),
      conflicts: this.conflicts,
      counts: { ...this.counts, rejected: this.rejected.length, conflicts: this.conflicts.length },
    };
  }
}

export async function* batches<T>(xs: AsyncIterable<T>, size = VALIDATE_BATCH): AsyncGenerator<T[]> {
  let batch: T[] = [];
  for await (const x of xs) {
    batch.push(x);
    if (batch.length >= size) {
      yield batch;
      batch = [];
    }
  }
  if (batch.length) yield batch;
}

export async function collect<T>(xs: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const x of xs) out.push(x);
  return out;
}
