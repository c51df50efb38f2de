// Limits of a roster file. Telegram lets a bot download files up to 20 MB; the same limit holds for
// `npm run import`, so a file that works on the server also works in chat.
export const MAX_IMPORT_BYTES = 20 * 1024 * 1024;
/** "20 MB", as said to users */
export const MAX_IMPORT_LABEL = "20 MB";
/** data rows (non-empty, after the header): the whole country is ~84,000 villages */
export const MAX_DATA_ROWS = 100_000;
/** the header is looked for in the first rows that have anything in them */
export const HEADER_SCAN_ROWS = 30;
/** xlsx files up to this size are read whole (merged cells are seen); larger ones are streamed */
export const FULL_READ_BYTES = 1024 * 1024;
