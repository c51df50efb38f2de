// The dry-run and result messages of an import (each under 600 characters).
import { MESSAGE_LIMIT, truncate } from "../../../lib/text.ts";
import type { Translate } from "../../../lib/translate.ts";
import {
  problemLine,
  type Conflict,
  type Counts,
  type ImportRow,
  type Rejection,
} from "../../../services/imports/index.ts";

export function dryRunText(
  t: Translate,
  imp: ImportRow,
  counts: Counts,
  problems: Array<Rejection | Conflict>,
): string {
  const head = t("imp-dryrun", {
    id: imp.id,
    kind: t(`imp-kind-${imp.kind}`),
    file: truncate(imp.fileName, 40),
    new: counts.new,
    updated: counts.updated,
    unchanged: counts.unchanged,
    rejected: counts.rejected,
    conflicts: counts.conflicts,
  });
  const foot = t(imp.total > 0 ? "imp-dryrun-foot" : "imp-dryrun-nothing");
  const lines: string[] = [];
  let length = head.length + foot.length + 80;
  for (const p of problems) {
    const line = truncate(`• ${problemLine(t, p)}`, 140);
    if (lines.length >= 5 || length + line.length + 1 > MESSAGE_LIMIT) break;
    lines.push(line);
    length += line.length + 1;
  }
  const more = problems.length - lines.length;
  if (more > 0) lines.push(t("imp-more-problems", { n: more }));
  return [head, ...lines, foot].join("\n");
}
