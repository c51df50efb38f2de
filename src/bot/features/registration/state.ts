// The wizard's answers and step bookkeeping (JSON-safe: it is rebuilt on every replay).
import type { BusinessUnit, Position } from "../../../generated/prisma/enums.ts";
import type { Asker } from "../../kit/index.ts";

/** "claim": the desa's rostered coop, confirmed as theirs ("Ini koperasi Anda?" → Ya) */
export type Mode = "new" | "join" | "claim";

export interface Answers {
  fullName?: string;
  phone?: string | null;
  /** the phone came from Telegram's contact button with the user's own id (can verify a claim) */
  phoneVerified?: boolean;
  /** "Bukan, saya pengurus" to the staff roster's offer: not asked again in this wizard */
  staffOfferDeclined?: boolean;
  /** set by the wilayah step: "join" when the desa already has a koperasi */
  mode?: Mode;
  provinceCode?: string;
  regencyCode?: string;
  districtCode?: string;
  villageCode?: string;
  /** coop found in the chosen desa (join path) */
  joinCoopId?: number;
  joinCoopName?: string;
  /** claim path: the RosterCoop confirmed as theirs (coopName/legalNumber/units come from it) */
  claimRosterId?: number;
  /** "Bukan": the desa's rostered coop the user said is not theirs (a conflict reported to the BA) */
  conflictRosterId?: number;
  coopName?: string;
  /** the user typed the coop name (else it follows the desa's suggested name) */
  coopNameTyped?: boolean;
  legalNumber?: string | null;
  units?: BusinessUnit[];
  /** units ticked before "Kembali" (kept for when the step is asked again) */
  unitsTicked?: BusinessUnit[];
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

/** "done": the wizard ended inside the step (e.g. a rostered staff member took up their role) */
export type StepResult = "next" | "back" | "done";

export interface StepEnv {
  /** asks the steps' questions and keeps the context of the latest update (steps reply with it) */
  ask: Asker;
  a: Answers;
  me: Me;
  /** "Langkah n dari m" header for the current step ("" for steps reached only from the summary) */
  header: string;
}

export type Step = (env: StepEnv) => Promise<StepResult>;

/**
 * The path of a new koperasi. The join path is its first five steps: the steps about the person
 * come first, so both paths number them alike and the total never changes.
 */
export const NEW_STEPS = ["consent", "name", "phone", "wilayah", "position", "ahu", "units"] as const;
const JOIN_STEPS = ["consent", "name", "phone", "wilayah", "position"] as const;
export type PathStep = (typeof NEW_STEPS)[number];
/** coopName is not asked on the way (the desa's suggested name is taken); it is changed from the summary */
export type StepName = PathStep | "coopName";
export const TOTAL_STEPS = NEW_STEPS.length;

export function stepsFor(mode: Mode | undefined): readonly PathStep[] {
  return mode === "join" || mode === "claim" ? JOIN_STEPS : NEW_STEPS;
}

function answered(step: PathStep, a: Answers): boolean {
  switch (step) {
    case "consent":
      return true; // recorded in the DB before the next step is asked
    case "name":
      return !!a.fullName;
    case "phone":
      return a.phone !== undefined;
    case "wilayah":
      return !!a.villageCode && !!a.mode;
    case "position":
      return !!a.position;
    case "ahu":
      return a.legalNumber !== undefined;
    case "units":
      return (a.units?.length ?? 0) > 0;
  }
}

/** The first step of the path still without an answer, or undefined when the summary is next. */
export function firstMissing(a: Answers, from = 0): PathStep | undefined {
  return stepsFor(a.mode)
    .slice(from)
    .find((s) => !answered(s, a));
}

/** Prefix a prompt with its step header. */
export function withHeader(env: StepEnv, body: string): string {
  return env.header ? `${env.header}\n${body}` : body;
}
