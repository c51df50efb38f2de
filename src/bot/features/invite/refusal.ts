// What a person is told when a code cannot be used (unknown, expired, used up…): the same words
// whether it was found out at once or after the consent and name questions.
import { localeOf, type Translate } from "../../../i18n.ts";
import type { InviteRefusal } from "../../../services/invites.ts";
import { timezoneOfCode } from "../../../services/wilayah/index.ts";
import { formatDateTimeId } from "../../../lib/dates.ts";

/** `shown` is the code as the person should read it ("K7QM-4TZP"); `role` their role now. */
export function refusalText(t: Translate, r: InviteRefusal, shown: string, role: string): string {
  switch (r.kind) {
    case "malformed":
      return t("inv-code-malformed", { code: shown });
    case "unknown":
      return t("inv-code-unknown", { code: shown });
    case "expired": {
      const tz = timezoneOfCode(r.invite.provinceCode ?? "") ?? "Asia/Jakarta";
      return t("inv-code-expired", { code: shown, date: formatDateTimeId(r.invite.expiresAt, tz, localeOf(t)) });
    }
    case "revoked":
      return t("inv-code-revoked", { code: shown });
    case "used_up":
      return t("inv-code-used-up", { code: shown, max: r.invite.maxUses });
    case "already_yours":
      return t("inv-code-already-yours", { code: shown, role: t(`role-${role}`) });
    case "admin":
      return t("inv-code-admin");
  }
}
