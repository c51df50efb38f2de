// The dialogues the hot-path bench drives, as steps a TestUser performs. The real bot gets them
// as a user would send them (buttons pressed by their data); a ceiling gets the same shape of
// updates (text, button, contact, photo) and answers each with one reply.
import type { TestUser } from "../../test/helpers/test-user.ts";

export type Step = { text: string } | { press: string } | { contact: string } | { photo: string };

/** /start, consent, name, phone, /batal: a new user's first minute (5 updates). */
export const registration: Step[] = [
  { text: "/start" },
  { press: "~ok" },
  { text: "Siti Aminah" },
  { contact: "+62 812-3456-7890" },
  { text: "/batal" },
];

/** A whole 3-unit monthly report (14 updates), as in bench/report.ts. */
export const report: Step[] = [
  { text: "/lapor" },
  { text: "12,5 jt / 340 / 8 jt" },
  { text: "1,2 jt / 25 / 30 jt / 120 jt / 4 jt" },
  { text: "6 jt / 150" },
  { text: "250 / 12 / 5" },
  ...["AHU", "KANTOR", "REKENING", "BUILD_GERAI"].map((i) => ({ press: `~t:${i}` })),
  { press: "~ok" },
  { text: "Stok beras sering terlambat" },
  { photo: "photo-1" },
  { press: "~done" },
  { press: "~send" },
];

export async function perform(u: TestUser, steps: Step[], real: boolean) {
  for (const s of steps) {
    if ("text" in s) await u.send(s.text);
    else if ("contact" in s) await u.shareContact(s.contact);
    else if ("photo" in s) await u.sendPhoto(s.photo);
    else if (real) await u.press(s.press);
    else await u.pressRaw(s.press, 1);
  }
}
