// npm run import -- <file> [--apply] [--province 61] [--bot username]
// A roster file (.xlsx/.csv: coops, staff or assignments) validated on the server; a dry run by
// default (nothing but the Import row is written), --apply writes it. Runs as the first admin of
// ADMIN_TELEGRAM_IDS. Files written next to the input: <name>.ditolak.xlsx (rejected rows) and, for
// a staff import, <name>.undangan.xlsx (personal invites). Notices to BAs and pengurus are queued
// in the outbox; the running bot sends them.
import { readFileSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { parseConfig, ConfigError } from "./config.ts";
import { openDatabase } from "./db/open.ts";
import { createI18n, LocaleCache, translateIn } from "./i18n.ts";
import { translatorIn } from "./lib/translate.ts";
import { formatDateId } from "./lib/dates.ts";
import { getWilayah } from "./services/wilayah/index.ts";
import {
  applyImport,
  dryRun,
  importNotices,
  MAX_IMPORT_BYTES,
  problemLine,
  rejectedXlsx,
  staffInvites,
  staffInvitesXlsx,
  tooBig,
} from "./services/imports/index.ts";
import { queueImportNotices } from "./bot/features/imports/notices.ts";

try {
  process.loadEnvFile(".env");
} catch {
  /* no .env */
}

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { apply: { type: "boolean" }, province: { type: "string" }, bot: { type: "string" } },
});
const file = positionals[0];
if (!file) {
  console.error("usage: npm run import -- <file.xlsx|file.csv> [--apply] [--province 61] [--bot username]");
  process.exit(2);
}

async function botUsername(token: string | undefined): Promise<string | undefined> {
  if (values.bot ?? process.env.BOT_USERNAME) return values.bot ?? process.env.BOT_USERNAME;
  if (!token) return undefined;
  const r = (await (await fetch(`https://api.telegram.org/bot${token}/getMe`)).json()) as {
    result?: { username?: string };
  };
  return r.result?.username;
}

let code = 0;
try {
  const config = parseConfig(process.env);
  const i18n = createI18n(config.defaultLocale, new LocaleCache());
  const tIn = translateIn(i18n, config.defaultLocale);
  const t = translatorIn(tIn, "id");
  const size = statSync(file).size;
  if (size > MAX_IMPORT_BYTES) {
    const p = tooBig(size);
    console.error(t(p.key, p.args));
    process.exit(1);
  }
  const adminId = config.adminTelegramIds[0];
  if (adminId === undefined)
    throw new ConfigError("ADMIN_TELEGRAM_IDS", "is empty: the import runs as the first admin");
  const db = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
  try {
    const by = await db.prisma.user.upsert({
      where: { telegramId: adminId },
      create: { telegramId: adminId, role: "ADMIN" },
      update: {},
    });
    const now = new Date();
    const bytes = readFileSync(file);
    const r = await dryRun(
      db.prisma,
      { ...by, role: "ADMIN" },
      {
        bytes,
        fileName: path.basename(file),
        source: "cli",
        now,
        ...(values.province ? { province: values.province } : {}),
      },
    );
    if (r.kind === "forbidden") throw new Error("not allowed");
    if (r.kind === "problem") {
      console.error(t(r.problem.key, r.problem.args));
      code = 1;
    } else {
      const c = r.counts;
      console.log(
        `Import #${r.import.id} (${r.header.kind}): ${c.new} new, ${c.updated} updated, ${c.unchanged} unchanged, ${c.rejected} rejected, ${c.conflicts} conflicts`,
      );
      for (const p of [...r.validated.rejected.slice(0, 10), ...r.validated.conflicts.slice(0, 5)])
        console.log(`  ${problemLine(t, p)}`);
      const base = file.replace(/\.(xlsx|csv)$/i, "");
      if (c.rejected + c.conflicts > 0) {
        writeFileSync(`${base}.ditolak.xlsx`, await rejectedXlsx(r.import, t));
        console.log(`Rejected rows: ${base}.ditolak.xlsx`);
      }
      if (!values.apply) console.log("Dry run: nothing written. Add --apply to write it.");
      else {
        const a = await applyImport(db.prisma, { ...by, role: "ADMIN" }, r.import.id, now, {
          onProgress: (n, total) => process.stdout.write(`\r  applied ${n}/${total}`),
        });
        process.stdout.write("\n");
        if (a.kind !== "applied") {
          console.error(`Apply ${a.kind}${a.kind === "failed" ? `: ${a.error}` : ""} (run again to resume)`);
          code = 1;
        } else {
          console.log(`Applied import #${a.import.id}.`);
          const queued = await queueImportNotices(db.prisma, tIn, await importNotices(db.prisma, a.import));
          if (queued) console.log(`${queued} notices queued in the outbox.`);
          if (a.import.kind === "STAFF") {
            const invites = await staffInvites(db.prisma, a.import, now);
            const username = await botUsername(config.botToken);
            writeFileSync(
              `${base}.undangan.xlsx`,
              await staffInvitesXlsx(invites, {
                botUsername: username ?? "<bot>",
                t,
                w: getWilayah(),
                formatDate: (d) => formatDateId(d, "Asia/Jakarta"),
              }),
            );
            console.log(`Invites: ${base}.undangan.xlsx${username ? "" : " (pass --bot <username> for the links)"}`);
          }
        }
      }
    }
  } finally {
    await db.close();
  }
} catch (e) {
  console.error(e instanceof ConfigError ? e.message : `Import failed: ${(e as Error).message}`);
  code = 1;
}
process.exit(code);
