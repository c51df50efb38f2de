// The persistent reply keyboard, one per role: each role's own tools come first (a BA's review queue
// and visits, Dinas's recap), so no one is offered another role's dead end. Each entry's label (an
// i18n key) starts with a distinct emoji that its handler `hears`.
import { Keyboard } from "grammy";
import type { Role } from "../../generated/prisma/enums.ts";

const ROLE_MENUS: Record<Role, string[][]> = {
  PENGURUS: [
    ["menu-report", "menu-help-request"],
    ["menu-my-coop", "menu-help"],
  ],
  BA: [["menu-queue", "menu-visit"], ["menu-workspace", "menu-requests"], ["menu-help"]],
  PMO: [
    ["menu-queue", "menu-workspace"],
    ["menu-recap", "menu-visit"],
    ["menu-requests", "menu-help"],
  ],
  DINAS: [
    ["menu-recap", "menu-workspace"],
    ["menu-requests", "menu-help"],
  ],
  ADMIN: [["menu-queue", "menu-workspace"], ["menu-recap", "menu-requests"], ["menu-help"]],
};

/** Every menu label key of every role (wizards let a pressed menu label through). */
export const MENU_KEYS: string[][] = [...new Set(Object.values(ROLE_MENUS).flat(2))].map((k) => [k]);

export function mainMenu(t: (key: string) => string, role: Role = "PENGURUS"): Keyboard {
  const kb = new Keyboard();
  for (const row of ROLE_MENUS[role]) {
    for (const key of row) kb.text(t(key));
    kb.row();
  }
  return kb.resized().persistent();
}
