// The report period an overseer looks at by default: the month before now in their area's zone.
import type { User } from "../../../generated/prisma/client.ts";
import { currentReportPeriod } from "../../../services/assignments-workspace.ts";

export function defaultPeriod(user: Pick<User, "regencyCode" | "provinceCode">, now: Date): string {
  return currentReportPeriod(now, user.regencyCode?.slice(0, 2) ?? user.provinceCode ?? "31");
}
