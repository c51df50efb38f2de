// Shared steps of the report dialogue for tests: file a report through the real wizard.
import type { TestUser } from "./test-user.ts";
import {
  checkDoneBtn,
  checkItemBtn,
  noKendalaBtn,
  photosDoneBtn,
  sendBtn,
} from "../../src/bot/features/report/callback-data.ts";

export interface ReportAnswers {
  /** one message per unit/group, in the wizard's order (e.g. "6 jt / 150", then "80 / 2 / 3") */
  numbers: string[];
  /** checklist items to tick before Lanjut (e.g. "AHU") */
  checklist?: string[];
  /** problems text; omitted → "no problems" */
  kendala?: string;
  /** photos sent at the photo step ([fileId, caption]) */
  photos?: Array<[string, string?]>;
  /** press Kirim at the summary (default true) */
  send?: boolean;
}

/** /lapor, then every step of the wizard with `answers` (the user must be an ACTIVE member of one coop). */
export async function fileReport(user: TestUser, answers: ReportAnswers): Promise<void> {
  await user.command("lapor");
  for (const n of answers.numbers) await user.send(n);
  for (const item of answers.checklist ?? []) await user.press(checkItemBtn.pack(item));
  await user.press(checkDoneBtn.pack());
  if (answers.kendala !== undefined) await user.send(answers.kendala);
  else await user.press(noKendalaBtn.pack());
  for (const [fileId, caption] of answers.photos ?? []) await user.sendPhoto(fileId, caption);
  await user.press(photosDoneBtn.pack());
  if (answers.send ?? true) await user.press(sendBtn.pack());
}
