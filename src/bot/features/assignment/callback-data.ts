// Buttons of the /tugaskan wizard (wizard buttons, "~…"). The kab/kota step uses the kit's picker.
import { wizardData } from "../../kit/index.ts";
import { ID } from "../../callback-data.ts";

const CODE = /^\d{2}(\.\d{2}){1,2}$/;

export const districtBtn = wizardData("d", ["code"] as const, { code: CODE });
export const coopBtn = wizardData("c", ["id"] as const, { id: ID });
export const otherDistrictBtn = wizardData("ls", [] as const);
export const nextBtn = wizardData("nx", [] as const);
export const baBtn = wizardData("b", ["id"] as const, { id: ID });
export const confirmBtn = wizardData("ok", [] as const);
export const backBtn = wizardData("bk", [] as const);
