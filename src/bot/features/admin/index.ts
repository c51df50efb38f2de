// Issue 5 in one place for the bot: the staff/help conversations (invite, assignment, help
// request) and the features (/undang, /kode, /tugaskan, /koperasiku, /mintabantuan, /permintaan,
// buttons), plus the help relay which must come after every other feature.
import { Composer } from "grammy";
import { createConversation } from "@grammyjs/conversations";
import type { I18n } from "@grammyjs/i18n";
import type { Ctx, ConvCtx } from "../../context.ts";
import { INVITE, inviteFeature, inviteWizard } from "../invite/index.ts";
import { ASSIGNMENT, assignmentFeature, assignmentWizard } from "../assignment/index.ts";
import { HELP_REQUEST, helpRequestFeature, helpRelayFeature, helpWizard } from "../help-request/index.ts";
import { workspaceFeature } from "../workspace/index.ts";
import { recapFeature } from "../recap/index.ts";

export function staffConversations(i18n: I18n<ConvCtx>) {
  const c = new Composer<Ctx>();
  c.use(createConversation<Ctx, ConvCtx>(inviteWizard, { id: INVITE, plugins: [i18n] }));
  c.use(createConversation<Ctx, ConvCtx>(assignmentWizard, { id: ASSIGNMENT, plugins: [i18n] }));
  c.use(createConversation<Ctx, ConvCtx>(helpWizard, { id: HELP_REQUEST, plugins: [i18n] }));
  return c;
}

export const staffFeatures = new Composer<Ctx>();
staffFeatures.use(inviteFeature, assignmentFeature, workspaceFeature, recapFeature, helpRequestFeature);

export { helpRelayFeature };
