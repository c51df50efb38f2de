// /impor and roster files sent in chat (issue 20): templates, download via getFile, dry run with
// its problems and rejected-rows file, Terapkan/Batal checked against role and scope.
import { describe, it, expect, beforeEach } from "vitest";
import { createHarness, type Harness } from "../helpers/harness.ts";
import { admin, coopWithKetua, staff } from "./help-fixtures.ts";
import { COOP_HEADER, ahu, xlsxOf } from "../helpers/roster-files.ts";
import { importCb } from "../../src/bot/features/imports/callback-data.ts";
import { helpCb } from "../../src/bot/features/help-request/callback-data.ts";

let h: Harness;
beforeEach(async () => {
  h = await createHarness();
});

const COOPS = [
  COOP_HEADER,
  ["Koperasi Desa Merah Putih Durian", ahu(1), "61.12.03.2007"],
  ["Koperasi Desa Merah Putih Salah", ahu(3), "61.12.03.9999"],
];

const docsTo = (chatId: number) => h.fake.byMethod("sendDocument").filter((c) => Number(c.payload.chat_id) === chatId);

describe("/impor in chat", () => {
  it("explains the three kinds and sends a template per kind to a Dinas officer", async () => {
    await staff(h, 3001, "DINAS", { provinceCode: "61" });
    const u = h.user(3001);
    await u.command("impor");
    expect(h.fake.textsTo(3001)[0]).toBe(h.t("imp-intro"));
    expect(docsTo(3001).map((c) => c.payload.document.filename)).toEqual([
      "templat-koperasi.xlsx",
      "templat-pendamping.xlsx",
      "templat-penugasan.xlsx",
    ]);
  });

  it("refuses (and audits) a Dinas officer without a province, and is not for pengurus", async () => {
    await staff(h, 3002, "DINAS", { provinceCode: "" });
    await h.user(3002).command("impor");
    expect(h.fake.textsTo(3002)).toEqual([h.t("error-not-allowed")]);
    expect(await h.prisma.auditLog.count({ where: { action: "REFUSED", entity: "Import" } })).toBe(1);
    await staff(h, 3003, "PENGURUS");
    await h.user(3003).command("impor");
    expect(docsTo(3003)).toHaveLength(0);
  });

  it("downloads a sent file, shows the dry run with its problems and a rejected-rows file, applies on Terapkan", async () => {
    await staff(h, 3001, "DINAS", { provinceCode: "61" });
    const u = h.user(3001);
    await u.sendFile("kdkmp kubu raya.xlsx", await xlsxOf(COOPS));
    expect(h.fake.byMethod("getFile")).toHaveLength(1);
    expect(h.fake.byMethod("downloadFile")).toHaveLength(1);
    const text = h.fake.textsTo(3001).at(-1)!;
    expect(text).toContain("Baris 3: kode desa 61.12.03.9999 tidak ada");
    expect(text).toContain("Baru: 1 · Berubah: 0 · Tetap: 0 · Ditolak: 1");
    expect(text.length).toBeLessThanOrEqual(600);
    expect(docsTo(3001).map((c) => c.payload.document.filename)).toEqual(["ditolak-impor-1.xlsx"]);
    expect(await h.prisma.rosterCoop.count()).toBe(0);
    await u.press((l) => l === h.t("btn-imp-apply"));
    expect(h.fake.byMethod("answerCallbackQuery")).toHaveLength(1);
    expect(h.fake.textsTo(3001).at(-1)).toBe(
      h.t("imp-applied", { id: 1, new: 1, updated: 0, rejected: 1, notices: 0, kind: "COOPS" }),
    );
    expect(await h.prisma.rosterCoop.count()).toBe(1);
    // the same file again: nothing to change
    await u.sendFile("kdkmp kubu raya.xlsx", await xlsxOf(COOPS));
    expect(h.fake.textsTo(3001).at(-1)).toContain("Baru: 0 · Berubah: 0 · Tetap: 1");
  });

  it("Batal cancels; a button of another province's officer or forged data is refused and audited", async () => {
    await staff(h, 3001, "DINAS", { provinceCode: "61" });
    await staff(h, 3009, "DINAS", { provinceCode: "73" });
    const u = h.user(3001);
    await u.sendFile("k.xlsx", await xlsxOf(COOPS));
    await h.user(3009).pressRaw(importCb.pack("a", 1), 1);
    await h.user(3009).pressRaw("imp:a:abc", 1);
    expect(await h.prisma.auditLog.count({ where: { action: "REFUSED", entity: "Import" } })).toBe(2);
    expect((await h.prisma.import.findUniqueOrThrow({ where: { id: 1 } })).status).toBe("VALIDATED");
    await u.press((l) => l === h.t("btn-imp-cancel"));
    expect(h.fake.textsTo(3001).at(-1)).toBe(h.t("imp-cancelled", { id: 1 }));
    await u.pressRaw(importCb.pack("a", 1), 1);
    expect(await h.prisma.rosterCoop.count()).toBe(0);
  });

  it("sends a staff import's personal invites as a file", async () => {
    await admin(h);
    const u = h.user(900001);
    await u.sendFile(
      "pendamping.xlsx",
      await xlsxOf([
        ["Nama", "No HP", "Peran", "Kode Wilayah"],
        ["Budi Santoso", "081298765432", "BA", "61.12"],
      ]),
    );
    await u.press((l) => l === h.t("btn-imp-apply"));
    const doc = docsTo(900001).at(-1)!;
    expect(doc.payload.document.filename).toBe("undangan-impor-1.xlsx");
    expect(doc.payload.caption).toBe(h.t("imp-invites-caption", { n: 1 }));
    expect(await h.prisma.invite.count()).toBe(1);
  });

  it("leaves documents from others (and other file types) alone", async () => {
    await staff(h, 3003, "BA");
    await h.user(3003).sendFile("daftar.xlsx", await xlsxOf(COOPS));
    await admin(h);
    await h.user(900001).sendFile("surat.pdf", Buffer.from("%PDF-1.4"));
    expect(h.fake.byMethod("getFile")).toHaveLength(0);
    expect(await h.prisma.import.count()).toBe(0);
  });

  it("an applied assignments file tells each BA once and each coop's pengurus once, through the outbox", async () => {
    await admin(h);
    await staff(h, 4001, "BA", { name: "Ani Pendamping", phone: "+6281200001111" });
    const a = await coopWithKetua(h, "61.12.03.2007", { telegramId: 5001 });
    const b = await coopWithKetua(h, "61.12.03.2010", { telegramId: 5002 });
    const u = h.user(900001);
    await u.sendFile(
      "penugasan.xlsx",
      await xlsxOf([
        ["HP BA", "Kode Desa"],
        ["081200001111", "61.12.03.2007"],
        ["081200001111", "61.12.03.2010"],
      ]),
    );
    await u.press((l) => l === h.t("btn-imp-apply"));
    expect(h.fake.textsTo(4001)).toEqual([
      h.t("imp-notice-ba", { count: 2, coops: `${a.coop.name}, ${b.coop.name}`, more: 0 }),
    ]);
    for (const [id, c] of [
      [5001, a.coop],
      [5002, b.coop],
    ] as const)
      expect(h.fake.textsTo(id)).toEqual([
        h.t("imp-notice-board", { coop: c.name, ba: "Ani Pendamping", phone: "+6281200001111" }),
      ]);
    expect(h.fake.textsTo(900001).at(-1)).toContain("3 pesan dikirim");
  });
});

describe("roster files in a help request's thread", () => {
  it("an admin's .xlsx after Balas goes to the requester, not into an import", async () => {
    const a = await admin(h);
    const { coop, ketua } = await coopWithKetua(h, "61.12.03.2007", { telegramId: 5001 });
    const req = await h.prisma.helpRequest.create({
      data: {
        coopId: coop.id,
        requesterId: ketua.id,
        category: "OTHER",
        text: "Minta contoh daftar anggota",
        status: "ASSIGNED",
        assigneeId: a.id,
        routedRole: "ADMIN",
        routedToId: a.id,
        dueAt: new Date("2026-12-01T00:00:00Z"),
        takenAt: new Date("2026-11-24T03:00:00Z"),
      },
    });
    const u = h.user(Number(a.telegramId));
    await u.pressRaw(helpCb.pack("r", req.id), 1);
    await u.sendFile("contoh anggota.xlsx", await xlsxOf(COOPS));
    expect(await h.prisma.import.count()).toBe(0);
    expect(docsTo(5001)).toHaveLength(1);
  });
});

describe("assignments import in chat: help requests follow the coop", () => {
  it("an open request of the old BA is handed to the new BA as a card, like /tugaskan", async () => {
    const a = await admin(h);
    const old = await staff(h, 4002, "BA", { name: "Lama" });
    await staff(h, 4001, "BA", { name: "Baru", phone: "+6281200001111" });
    const x = await coopWithKetua(h, "61.12.03.2007", { telegramId: 5001 }, { baId: old.id });
    const req = await h.prisma.helpRequest.create({
      data: {
        coopId: x.coop.id,
        requesterId: x.ketua.id,
        category: "LEGAL",
        text: "Cara mengurus NIB koperasi",
        routedRole: "BA",
        routedToId: old.id,
        dueAt: new Date("2026-12-01T00:00:00Z"),
      },
    });
    const u = h.user(Number(a.telegramId));
    await u.sendFile(
      "penugasan.xlsx",
      await xlsxOf([
        ["HP BA", "Kode Desa"],
        ["081200001111", "61.12.03.2007"],
      ]),
    );
    await u.press((l) => l === h.t("btn-imp-apply"));
    expect((await h.prisma.helpRequest.findUniqueOrThrow({ where: { id: req.id } })).routedToId).not.toBe(old.id);
    expect(h.fake.textsTo(4001).join("\n")).toContain("Cara mengurus NIB koperasi");
  });
});
