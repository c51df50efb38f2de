// The persistent reply keyboard shown to pengurus. Features add their entry to MENU_KEYS;
// each entry's label (an i18n key) starts with a distinct emoji that its handler `hears`.
import { Keyboard } from "grammy";

// Staff (BA, PMO, admin) get one row more on top: their review queue and the visit log.
export const STAFF_MENU_KEYS: string[] = ["menu-queue", "menu-visit"];

export const MENU_KEYS: string[][] = [
  ["menu-report", "menu-help-request"],
  ["menu-my-coop", "menu-help"],
  STAFF_MENU_KEYS,
];

export function mainMenu(t: (key: string) => string, role?: string): Keyboard {
  const kb = new Keyboard();
  const staff = role === "BA" || role === "PMO" || role === "ADMIN";
  for (const row of MENU_KEYS) {
    if (row === STAFF_MENU_KEYS && !staff) continue;
    for (const key of row) kb.text(t(key));
    kb.row();
  }
  return kb.resized().persistent();
}
