// After the phone step: a number on the staff roster is offered its role (see the staff-match commit).
import type { StepEnv, StepResult } from "../state.ts";

export async function offerStaffRole(_env: StepEnv, _phone: string): Promise<StepResult> {
  return "next";
}
