// The only casts through `unknown` in src (the lint refuses them anywhere else). Each is a named helper
// for one place where a library's typings are wrong or say nothing, with the reason beside it, and
// casts to the exact type wanted. Before adding one, try to type the value instead: most casts that
// stood here once went away with a proper type (`Db` in src/db/client.ts, a wider parameter).
import type { I18n } from "@grammyjs/i18n";
import type ExcelJS from "exceljs";
import type { Api, ApiClientOptions, Context } from "grammy";
import type { Prisma } from "../generated/prisma/client.ts";

// ---- Prisma Json columns

/**
 * A Json column read back as the type the app wrote into it (Prisma types every Json column as
 * JsonValue). Only for columns this app alone writes, with that same type.
 */
export const jsonAs = <T>(value: Prisma.JsonValue): T => value as unknown as T;

// ---- grammY

// grammY's Node typings name abort-controller's AbortSignal (its polyfill); at run time the signal goes
// to fetch, which takes the standard one that AbortSignal.any/timeout make.
type GrammySignal = NonNullable<Parameters<Api["getMe"]>[0]>;
/** A standard AbortSignal as the one grammY's typings name. */
export const asGrammySignal = (signal: AbortSignal): GrammySignal => signal as unknown as GrammySignal;

/** An Api method called by its name with a payload built at run time (the outbox, a preview). */
export type RawMethod = (payload: object) => Promise<unknown>;
/**
 * `api.raw` indexed by a method name held in a string: grammY types it per literal method name, so
 * a name read from a row (sendPhoto, copyMessage, …) has no signature to call.
 */
export const rawMethods = (api: Api): Record<string, RawMethod | undefined> =>
  api.raw as unknown as Record<string, RawMethod | undefined>;

/** What a file download needs of fetch (src/bot/file-download.ts). */
export type DownloadFetch = (
  url: string,
  init?: { method?: string },
) => Promise<{ ok: boolean; status: number; arrayBuffer(): Promise<ArrayBuffer> }>;
/**
 * The fetch grammY's client options name (the simulator's or the tests' fake API), else the global
 * one. grammY types it as node-fetch's fetch, whose typings are not installed (an error type to the
 * lint); node-fetch and the global fetch both take a URL string and give ok, status, arrayBuffer().
 */
export function clientFetch(client?: ApiClientOptions): DownloadFetch {
  const fetchFn: unknown = client?.fetch ?? globalThis.fetch;
  return fetchFn as DownloadFetch;
}

type ApiAndMe = [ConstructorParameters<typeof Context>[1], ConstructorParameters<typeof Context>[2]];
/**
 * The two arguments Context's constructor wants besides the update (the Api and the bot's own user),
 * absent: Context's getters (chat, from, …) read only the update, and grammY has no other way to
 * reach them. Only for a Context whose methods are never called.
 */
export const absentApiAndMe = (): ApiAndMe => [undefined, undefined] as unknown as ApiAndMe;

// ---- @grammyjs/i18n

/** The parts of @grammyjs/i18n's Fluent instance that src/i18n.ts memoizes. */
export interface FluentInternals {
  bundles: Set<unknown>;
  matchBundles(locales: string[]): Set<unknown>;
  translate(locale: string | string[], path: string, context?: Record<string, unknown>): string;
}
/** I18n keeps its Fluent instance in a field its typings do not declare. */
export const fluentOf = (i18n: I18n<never>): FluentInternals => (i18n as unknown as { fluent: FluentInternals }).fluent;

// ---- exceljs

// exceljs types load()'s argument as its own `interface Buffer extends ArrayBuffer`, not Node's
// Buffer; at run time it hands the bytes to JSZip, which reads a Node Buffer.
type ExcelBytes = Parameters<ExcelJS.Xlsx["load"]>[0];
/** Node's Buffer as the argument exceljs' load() is typed to take. */
export const asExcelBytes = (bytes: Buffer): ExcelBytes => bytes as unknown as ExcelBytes;

/** A style as exceljs' style table takes it. */
export type ExcelStyleModel = Record<string, unknown>;
/** The style table of a streaming workbook (src/services/recap/xlsx-styles.ts, xlsx-rows.ts). */
export interface ExcelStyles {
  addStyleModel(model: ExcelStyleModel | undefined, cellType?: number): number;
}
/** exceljs' WorkbookWriter keeps its style table in a field its typings do not declare. */
export const workbookStyles = (wb: ExcelJS.stream.xlsx.WorkbookWriter): ExcelStyles =>
  (wb as unknown as { styles: ExcelStyles }).styles;

/** The parts of exceljs' WorksheetWriter the recap's row writer continues from. */
export interface SheetInternals {
  startedData: boolean;
  _rows: unknown[];
  _rowZero: number;
  stream: { write(chunk: string): unknown };
}
/** A streaming worksheet's undeclared fields (ExcelJS.Worksheet is the typings' one sheet type). */
export const sheetInternals = (ws: ExcelJS.Worksheet): SheetInternals => ws as unknown as SheetInternals;
