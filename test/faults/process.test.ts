// The real bot as a process against the simulator's Bot API:
// - kill -9 in the middle of a monthly report: what was answered before is kept and the wizard
//   goes on after the restart; the logs of the whole run carry update_id/chat/user ids and no
//   token, phone number or report figure (and that check is shown to catch each of those);
// - kill -9 in the middle of a broadcast: after the restart every recipient has it, a second copy
//   only where a send was in flight at the kill (the one window of src/outbox/worker.ts), and the
//   admin's progress message and final report are right;
// - SIGTERM while start-up waits for a Bot API that never answers: the process exits 0 at once and
//   releases the data directory's lock (D1).
import { describe, it, expect, afterAll } from "vitest";
import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync, existsSync } from "node:fs";
import http from "node:http";
import { tmpdir } from "node:os";
import path from "node:path";
import { startSimulator, type Simulator } from "../../src/simulator/index.ts";
import { defaultPersonas } from "../../src/simulator/launch.ts";
import { openDatabase } from "../../src/db/open.ts";
import { seedDemo, pengurusList } from "../../src/seed/demo.ts";
import { CONSENT_TEXT_VERSION } from "../../src/services/users.ts";
import { exitOf, killAllChildren, simChat, startBotProcess, until, type PageMessage } from "./helpers.ts";
import { logProblems } from "./log-check.ts";

const dirs: string[] = [];
afterAll(() => {
  killAllChildren();
  dirs.forEach((d) => rmSync(d, { recursive: true, force: true }));
});
const tempDir = () => {
  const d = mkdtempSync(path.join(tmpdir(), "kdkmp-fault-"));
  dirs.push(d);
  return d;
};
/** a simulator with a token shaped like a real one, so the log check looks for a real secret */
const simulator = () =>
  startSimulator({
    port: 0,
    token: `7000000001:AA${randomBytes(16).toString("base64url")}`,
    personas: defaultPersonas({ adminTelegramIds: [] }),
  });
const botEnv = (sim: Simulator, dataDir: string, extra: Record<string, string> = {}) => ({
  BOT_TOKEN: sim.token,
  TELEGRAM_API_ROOT: sim.apiRoot,
  DATA_DIR: dataDir,
  LOG_LEVEL: "debug",
  ...extra,
});
/** a failure with the end of the bot's log attached */
const withLog = (e: unknown, bot: { log(): string }) =>
  Object.assign(e as Error, { message: `${(e as Error).message}\n--- bot log ---\n${bot.log().slice(-3000)}` });
const started = (bot: { log(): string }, what: string) => until(() => /bot started/.test(bot.log()) || undefined, what);

describe("fault: the real process", () => {
  it("kill -9 mid-report keeps the answers and resumes; logs carry ids and no secrets, phones or figures", async () => {
    const dataDir = tempDir();
    const db = await openDatabase({ dataDir });
    await seedDemo(db.prisma, { now: () => new Date() });
    const budi = pengurusList().find((p) => p.coop === 0)!;
    const phones = (await db.prisma.user.findMany({ where: { phone: { not: null } }, select: { phone: true } })).map(
      (u) => u.phone!,
    );
    await db.close();
    const sim = await simulator();
    const env = botEnv(sim, dataDir);
    let logs = "";
    let bot = startBotProcess(env);
    try {
      await started(bot, "start");
      const chat = await simChat(sim, { user_id: Number(budi.telegramId) });
      await chat.send("/lapor");
      await chat.waitFor((m) => !!m.text?.includes("Laporan bulanan"), "the report intro");
      await chat.waitFor((m) => !!m.text?.startsWith("Langkah 1 dari 6"), "step 1");
      const n = await chat.botCount();
      await chat.send("Rp 12.500.000 / 340 / 8 jt");
      await chat.waitFor((m) => !!m.text?.startsWith("✅ Tersimpan"), "the first answers saved", n);
      bot.kill("SIGKILL");
      await exitOf(bot);
      logs += bot.log();

      bot = startBotProcess(env);
      await started(bot, "restart after kill -9");
      const m = await chat.botCount();
      await chat.send("/lapor");
      const intro = await chat.waitFor(
        (x) => !!x.text?.includes("Laporan bulanan"),
        "the report intro after the restart",
        m,
      );
      expect(intro.text).toContain("Melanjutkan laporan yang sedang diisi (3 isian tersimpan)");
      const next = await chat.waitFor((x) => !!x.text?.startsWith("Langkah "), "the next step after the restart", m);
      expect(next.text).toMatch(/^Langkah 2 dari 6 · 💰 Simpan pinjam/);
      const k = await chat.botCount();
      await chat.send("9.876.543 / 25 / 30 jt / 120 jt / 4 jt");
      const saved = await chat.waitFor(
        (x) => !!x.text?.startsWith("✅ Tersimpan"),
        "step 2 saved after the restart",
        k,
      );
      expect(saved.text).toContain("Rp9.876.543");
      bot.kill("SIGTERM");
      expect((await exitOf(bot)).code).toBe(0);
    } catch (e) {
      throw withLog(e, bot);
    } finally {
      logs += bot.log();
      bot.kill("SIGKILL");
      await sim.close();
    }
    const db2 = await openDatabase({ dataDir });
    const values = await db2.prisma.reportValue.findMany({
      where: { field: { in: ["gerai.omzet", "sp.omzet"] } },
      select: { field: true, intValue: true },
    });
    await db2.close();
    expect(values.map((v) => `${v.field}=${v.intValue}`)).toEqual(
      expect.arrayContaining(["gerai.omzet=12500000", "sp.omzet=9876543"]),
    );

    // the logs of both runs: every line about an update carries its ids; nothing secret or personal
    expect(logProblems(logs, { token: sim.token, phones, figures: [/12\.?500\.?000/, /9\.?876\.?543/] })).toEqual([]);
    const lines = logs.split("\n").filter((l) => l.startsWith("{"));
    console.log(`log lines: ${lines.length}, about updates: ${lines.filter((l) => l.includes('"update_id"')).length}`);
  }, 180_000);

  it("the log check catches a line without ids, the token, a phone number and a typed figure", () => {
    const s = { token: "7000000001:AAsecretPart", phones: ["+6281200000001"], figures: [/12\.?500\.?000/] };
    const line = (o: object) => JSON.stringify({ level: 20, time: 1796012500000123, ...o });
    const clean = [
      line({ update_id: 5, chat_id: 7, user_id: 7, msg: "update handled" }),
      line({ msg: "bot started" }),
    ].join("\n");
    expect(logProblems(clean, s)).toEqual([]);
    expect(logProblems(line({ msg: "bot started" }), s)).toEqual(["no log line about an update"]);
    expect(logProblems(`${clean}\n${line({ update_id: 6, msg: "update failed" })}`, s)).toEqual([
      '"update failed" (update 6) without chat_id, user_id',
    ]);
    expect(logProblems(`${clean}\nGET /botAAsecretPart/getMe`, s)).toEqual(["the bot token's secret"]);
    expect(logProblems(`${clean}\n${line({ contact: "081200000001" })}`, s)).toEqual(["a phone number (0812…)"]);
    expect(logProblems(`${clean}\n${line({ text: "Rp 12.500.000 / 340" })}`, s)).toEqual([
      "a typed figure (12\\.?500\\.?000)",
    ]);
  });

  it("kill -9 mid-broadcast: every recipient gets it, a second copy only where a send was in flight; the admin's report is right", async () => {
    const N = 60;
    const ADMIN = 5_300_000_000;
    const recipients = Array.from({ length: N }, (_, i) => ADMIN + 1 + i);
    const dataDir = tempDir();
    const db = await openDatabase({ dataDir });
    const now = new Date();
    const consent = { locale: "id", consentAt: now, consentVersion: CONSENT_TEXT_VERSION };
    await db.prisma.user.create({
      data: { telegramId: BigInt(ADMIN), fullName: "Admin Uji", role: "ADMIN", ...consent },
    });
    await db.prisma.user.createMany({
      data: recipients.map((id, i) => ({
        telegramId: BigInt(id),
        fullName: `Petugas Dinas ${i + 1}`,
        role: "DINAS" as const,
        provinceCode: "61",
        ...consent,
      })),
    });
    await db.close();
    const sim = await simulator();
    for (const id of [ADMIN, ...recipients]) sim.state.openChat({ id, first_name: `Uji${id - ADMIN}` }); // only opened chats receive
    const TEXT = "Rapat koordinasi koperasi Kamis 10.00 WIB di kantor Dinas.";
    const received = (id: number) =>
      [...sim.state.chats.get(id)!.messages.values()].filter(
        (m) => m.msg.from.id === sim.state.bot.id && m.msg.text === TEXT,
      ).length;
    const delivered = () => recipients.reduce((n, id) => n + received(id), 0);
    // 9 broadcast messages a second (the bulk lane's share of 10): about 7 s for the whole group
    const env = botEnv(sim, dataDir, { OUTBOX_RATE: "10" });
    let logs = "";
    let bot = startBotProcess(env);
    try {
      await started(bot, "start");
      const admin = await simChat(sim, { user_id: ADMIN });
      /** presses the button labelled `label` on the newest bot message that has it */
      const press = async (label: string) => {
        const has = (m: PageMessage) => !!m.inline_keyboard?.flat().some((b) => b.text === label);
        const m = await until(async () => (await admin.botMessages()).filter(has).at(-1), `a button "${label}"`);
        const before = await admin.botCount();
        await admin.press(m.message_id, m.inline_keyboard!.flat().find((b) => b.text === label)!.callback_data!);
        return before;
      };
      await admin.send("/siaran");
      const n = await admin.botCount();
      await admin.waitFor((m) => !!m.text?.includes("Kirim isi siaran"), "the compose step");
      await admin.send(TEXT);
      const menu = await admin.waitFor((m) => !!m.text?.includes("Jumlah penerima saat ini"), "the audience menu", n);
      expect(menu.text).toContain(`Jumlah penerima saat ini: ${N} orang.`);
      await press("➡️ Lanjut");
      await press("Tidak perlu");
      await press("Kirim sekarang");
      const beforeSend = await press("📣 Kirim siaran");
      const progress = await admin.waitFor(
        (m) => !!m.text?.startsWith("📣 Siaran #"),
        "the progress message",
        beforeSend,
      );
      const id = /#(\d+)/.exec(progress.text!)![1]!;

      // kill -9 part-way through the group
      await until(() => delivered() >= N / 3 || undefined, "a third of the broadcast delivered", 60_000);
      bot.kill("SIGKILL");
      await exitOf(bot);
      logs += bot.log();
      const atKill = delivered();
      const dbAtKill = await openDatabase({ dataDir });
      const rows = await dbAtKill.prisma.outbox.findMany({
        where: { key: { startsWith: `bc:${id}:` } },
        select: { chatId: true, status: true },
      });
      await dbAtKill.close();
      // claimed (SENDING) rows: the batch being sent, some possibly accepted by the Bot API already
      const claimed = new Set(rows.filter((r) => r.status === "SENDING").map((r) => Number(r.chatId)));
      const sentAtKill = rows.filter((r) => r.status === "SENT").length;
      console.log(
        `at the kill: ${atKill} delivered, ${sentAtKill} rows SENT, ${claimed.size} SENDING, of ${rows.length}`,
      );
      expect(rows.length).toBe(N);
      expect(sentAtKill).toBeGreaterThan(0);
      expect(atKill).toBeLessThan(N); // part-way: the rest is sent by the next process

      bot = startBotProcess(env);
      await started(bot, "restart after kill -9");
      // the dead process's claims are freed at start-up (not after their 2-minute lease)
      if (claimed.size)
        expect(bot.log()).toMatch(
          new RegExp(`"outbox":${claimed.size},"msg":"released the leases and outbox claims of the previous run"`),
        );
      const final = await admin.waitFor(
        (m) => !!m.text?.startsWith(`✅ Siaran #${id} selesai.`),
        "the final report",
        0,
        90_000,
      );
      // the final report is queued only once no row of the group is left to send: counts are final
      const counts = recipients.map(received);
      const twice = recipients.filter((_r, i) => counts[i]! > 1);
      console.log(
        `after the restart: ${delivered()} delivered to ${N}; twice: ${twice.length} (claimed at the kill: ${claimed.size})`,
      );
      expect(recipients.filter((_r, i) => counts[i] === 0)).toEqual([]); // no one missed
      expect(Math.max(...counts)).toBe(1 + (twice.length > 0 ? 1 : 0)); // never more than twice
      for (const r of twice) expect(claimed.has(r)).toBe(true); // a second copy only where a send was in flight
      expect(twice.length).toBeLessThanOrEqual(8); // at most one per send slot (the worker's concurrency, 8)
      expect(final.text).toBe(`✅ Siaran #${id} selesai.\nTerkirim: ${N} dari ${N} · Gagal: 0 · Memblokir bot: 0`);
      const mine = await admin.botMessages();
      expect(mine.filter((m) => m.text?.startsWith(`✅ Siaran #${id} selesai.`))).toHaveLength(1);
      const progressNow = mine.filter((m) => m.text?.startsWith("📣 Siaran #"));
      expect(progressNow.map((m) => m.message_id)).toEqual([progress.message_id]); // the one progress message, edited
      expect(progressNow[0]!.text).toContain(
        `📣 Siaran #${id} (selesai)\nTerkirim: ${N} · Gagal: 0 · Memblokir bot: 0\nTersisa: 0 dari ${N}`,
      );
      bot.kill("SIGTERM");
      expect((await exitOf(bot)).code).toBe(0);
    } catch (e) {
      throw withLog(e, bot);
    } finally {
      logs += bot.log();
      bot.kill("SIGKILL");
      await sim.close();
    }
    const db2 = await openDatabase({ dataDir });
    const statuses = await db2.prisma.outbox.groupBy({
      by: ["status"],
      where: { key: { startsWith: "bc:" } },
      _count: true,
    });
    await db2.close();
    expect(statuses.map((s) => [s.status, s._count])).toEqual([["SENT", N]]);
    expect(logProblems(logs, { token: sim.token, phones: [], figures: [] })).toEqual([]);
  }, 180_000);

  it.skipIf(!!process.env.SKIP_SIGTERM)(
    "SIGTERM during start-up (Bot API never answers) exits at once and releases the lock",
    async () => {
      const dataDir = tempDir();
      const hang = http.createServer(() => undefined); // accepts, never answers
      await new Promise<void>((r) => hang.listen(0, "127.0.0.1", r));
      const root = `http://127.0.0.1:${(hang.address() as { port: number }).port}`;
      try {
        const bot = startBotProcess({ BOT_TOKEN: "123456:TEST-token", TELEGRAM_API_ROOT: root, DATA_DIR: dataDir });
        await until(() => /database ready/.test(bot.log()) || undefined, "database ready");
        expect(existsSync(path.join(dataDir, "bot.lock"))).toBe(true);
        const t0 = Date.now();
        bot.kill("SIGTERM");
        const exit = await exitOf(bot);
        console.log(`SIGTERM during start-up: exit ${exit.code} after ${Date.now() - t0} ms`);
        expect(exit.code).toBe(0);
        expect(existsSync(path.join(dataDir, "bot.lock"))).toBe(false);
      } finally {
        hang.closeAllConnections();
        hang.close();
      }
    },
    200_000,
  );
});
