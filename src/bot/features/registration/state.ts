// The wizard's answers and step bookkeeping (JSON-safe: it is rebuilt on every replay).
import type { BusinessUnit, Position } from "../../../generated/prisma/enums.ts";
import type { Conv, ConvCtx } from "../../context.ts";

export type Mode = "new" | "join";

export interface Answers {
  fullName?: string;
  phone?: string | null;
  mode?: Mode;
  provinceCode?: string;
  regencyCode?: string;
  districtCode?: string;
  villageCode?: string;
  /** coop found in the chosen desa (join path) */
  joinCoopId?: number;
  joinCoopName?: string;
  coopName?: string;
  legalNumber?: string | null;
  units?: BusinessUnit[];
  position?: Position;
}

export interface Me {
  id: number;
  telegramId: number;
  consent: boolean;
  fullName: string | null;
  phone: string | null;
  tgFirstName: string | null;
}

export type StepResult = "next" | "back";

export interface StepEnv {
  conversation: Conv;
  ctx: ConvCtx;
  a: Answers;
  me: Me;
  /** "Langkah n dari m" header for the current step */
  header: string;
}

export type Step = (env: StepEnv) => Promise<StepResult>;

export const NEW_STEPS = ["consent", "name", "phone", "mode", "wilayah", "coopName", "ahu", "units", "position"] as const;
export const JOIN_STEPS = ["consent", "name", "phone", "mode", "wilayah", "position"] as const;
export type StepName = (typeof NEW_STEPS)[number];

export function stepsFor(mode: Mode | undefined): readonly StepName[] {
  return mode === "join" ? JOIN_STEPS : NEW_STEPS;
}

/** Prefix a prompt with its step header. */
export function withHeader(env: StepEnv, body: string): string {
  return `${env.header}\n${body}`;
}
