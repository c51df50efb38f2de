// Roster imports (issue 20): coops, staff and assignments from .xlsx/.csv. A dry run writes one
// Import row (VALIDATED, with the plan and the rejected rows); applying it is resumable and
// idempotent, set-based, and audited per change. No Telegram, no outbox here.
export { dryRun, type DryRun, type ImportInput, type ImportRow } from "./validate.ts";
export { applyImport, cancelImport, mayHandle, type ApplyResult } from "./apply.ts";
export { importScope, type Importer } from "./scope.ts";
export { importNotices, movedRequestsOf, staffInvites, type ImportNotice, type StaffInvite } from "./results.ts";
export { templateXlsx, rejectedXlsx, staffInvitesXlsx, rejectedOf, problemLine } from "./files.ts";
export { TEMPLATES, TEMPLATE_FILES } from "./templates.ts";
export { MAX_IMPORT_BYTES, MAX_IMPORT_LABEL } from "./limits.ts";
export { tooBig, sniff } from "./read.ts";
export type { Counts, Rejection, Conflict } from "./types.ts";
