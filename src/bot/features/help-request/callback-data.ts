// Callback data of help-request buttons. The card buttons are defined with the cards in the
// outbound module (jobs render cards too); the wizard's own buttons ("~…") are here.
import { ID } from "../../callback-data.ts";
import { wizardData } from "../../kit/index.ts";

export { helpCb, reassignCb, rateCb, pickCb } from "../../../messages/help/callback-data.ts";

export const coopBtn = wizardData("k", ["id"] as const, { id: ID });
export const categoryBtn = wizardData("c", ["category"] as const, { category: /^[A-Z_]{2,20}$/ });
export const backBtn = wizardData("bk", [] as const);
export const skipFileBtn = wizardData("sk", [] as const);
