// The persistent reply keyboard shown to pengurus. Features add their entry to MENU_KEYS;
// each entry's label (an i18n key) starts with a distinct emoji that its handler `hears`.
import { Keyboard } from "grammy";

export const MENU_KEYS: string[][] = [["menu-report", "menu-help-request"], ["menu-my-coop", "menu-help"]];

export function mainMenu(t: (key: string) => string): Keyboard {
  const kb = new Keyboard();
  for (const row of MENU_KEYS) {
    for (const key of row) kb.text(t(key));
    kb.row();
  }
  return kb.resized().persistent();
}
