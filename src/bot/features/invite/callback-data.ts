// Buttons of the /undang wizard (wizard buttons, "~…"): role, how many uses, how many days, back.
// The wilayah step uses the kit's picker (its own button data).
import { wizardData } from "../../kit/index.ts";

export const roleBtn = wizardData("r", ["role"] as const, { role: /^(BA|PMO|DINAS)$/ });
export const usesBtn = wizardData("u", ["n"] as const, { n: /^\d{1,3}$/ });
export const daysBtn = wizardData("d", ["n"] as const, { n: /^\d{1,3}$/ });
export const backBtn = wizardData("bk", [] as const);
