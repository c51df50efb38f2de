// Help requests end to end through the real bot: asking, routing fallbacks, the relay both ways
// (text, photo, document), statuses, closing and rating, and the bad-input cases.
import { categoryBtn, helpCb, pickCb, rateCb, skipFileBtn } from "../../src/bot/features/help-request/callback-data.ts";
import { describe, it, expect, beforeEach } from "vitest";
import { createHarness, type Harness } from "../helpers/harness.ts";
import { admin, callbackAnswers, callsTo, coopWithKetua, lastRelayedTo, staff, VILLAGES } from "./help-fixtures.ts";
import type { TestUser } from "../helpers/test-user.ts";

let h: Harness;
beforeEach(async () => {
  h = await createHarness();
});

async function ask(u: TestUser, text = "Bagaimana cara membuka rekening koperasi di bank?") {
  await u.send(h.t("menu-help-request"));
  await u.press(categoryBtn.pack("FINANCING"));
  await u.send(text);
}

const reqNo = "#PB-000001";

describe("help request: asking and routing", () => {
  it("goes to the coop's BA with a card, a photo, and a number for the pengurus at once", async () => {
    const ba = await staff(h, 2001, "BA", { name: "Budi Santoso", username: "budiba" });
    const { coop } = await coopWithKetua(
      h,
      VILLAGES.ambarawa,
      { telegramId: 5001, name: "Siti Aminah", phone: "+6281234567890" },
      { baId: ba.id },
    );
    const siti = h.user(5001, "Siti");
    const budi = h.user(2001, "Budi");
    await ask(siti);
    expect(siti.lastText()).toContain(h.t("help-ask-file"));
    await siti.sendPhoto("photo-rek-1", "buku tabungan");
    expect(siti.lastText()).toBe(h.t("help-created-ba", { no: reqNo, name: "Budi Santoso (@budiba)" }));

    const req = await h.prisma.helpRequest.findFirstOrThrow({ include: { messages: true } });
    expect(req).toMatchObject({
      coopId: coop.id,
      category: "FINANCING",
      status: "OPEN",
      routedRole: "BA",
      routedToId: ba.id,
    });
    expect(req.text).toBe("Bagaimana cara membuka rekening koperasi di bank?");
    const card = budi.lastText()!;
    expect(card).toContain(h.t("help-card-head-new", { no: reqNo }));
    expect(card).toContain(coop.name);
    expect(card).toContain("Ambarawa");
    expect(card).toContain("Siti Aminah");
    expect(card).toContain("+6281234567890");
    expect(card).toContain("WIB");
    expect(budi.buttons().map((b) => b.text)).toEqual([
      h.t("help-btn-take"),
      h.t("help-btn-reply"),
      h.t("help-btn-close"),
    ]);
    const photo = callsTo(h, 2001, "sendPhoto");
    expect(photo).toHaveLength(1);
    expect(photo[0]!.payload.photo).toBe("photo-rek-1");
    expect(photo[0]!.payload.caption).toContain("buku tabungan");
    // every copy recorded and delivered
    expect(req.messages.filter((m) => m.dstChatId === 2001n).every((m) => m.deliveredAt !== null)).toBe(true);
    expect(req.messages.map((m) => m.kind).sort()).toEqual(["CARD", "PHOTO", "PHOTO"]); // the original + its copy
  });

  it("without a BA goes to the PMO; without a PMO to the admins; with nobody it stays OPEN and says so", async () => {
    const pmo = await staff(h, 2101, "PMO", { name: "Pak PMO" });
    await coopWithKetua(h, VILLAGES.ambarawa, { telegramId: 5001 });
    await coopWithKetua(h, VILLAGES.pallima, { telegramId: 5002 }); // Kota Pontianak: no PMO there
    const s1 = h.user(5001);
    await ask(s1);
    await s1.press(skipFileBtn.pack());
    expect(s1.lastText()).toBe(h.t("help-created-pmo", { no: "#PB-000001", regency: "Kabupaten Kubu Raya" }));
    expect(h.user(2101).lastText()).toContain(h.t("help-card-head-new", { no: "#PB-000001" }));
    expect(
      h
        .user(2101)
        .buttons()
        .map((b) => b.text),
    ).toContain(h.t("help-btn-reassign"));
    expect((await h.prisma.helpRequest.findUniqueOrThrow({ where: { id: 1 } })).routedRole).toBe("PMO");

    // Pontianak: nobody at all yet
    const s2 = h.user(5002);
    await ask(s2);
    await s2.press(skipFileBtn.pack());
    expect(s2.lastText()).toBe(h.t("help-created-none", { no: "#PB-000002" }));
    const r2 = await h.prisma.helpRequest.findUniqueOrThrow({ where: { id: 2 } });
    expect([r2.status, r2.routedRole, r2.routedToId]).toEqual(["OPEN", "ADMIN", null]);
    expect(h.user(2101).texts().join("\n")).not.toContain("#PB-000002"); // not the Kubu Raya PMO's business

    // an admin appears: the next request of Pontianak goes to them
    await admin(h);
    await ask(s2, "Pertanyaan kedua tentang modal usaha gerai");
    await s2.press(skipFileBtn.pack());
    expect(s2.lastText()).toBe(h.t("help-created-admin", { no: "#PB-000003" }));
    expect(h.user(900001).lastText()).toContain("#PB-000003");
    expect(pmo.id).toBeGreaterThan(0);
  });

  it("falls through to the next tier when the BA cannot be reached (blocked the bot)", async () => {
    const ba = await staff(h, 2001, "BA");
    await staff(h, 2101, "PMO");
    await coopWithKetua(h, VILLAGES.ambarawa, { telegramId: 5001 }, { baId: ba.id });
    h.fake.fail(
      "sendMessage",
      { error_code: 403, description: "Forbidden: bot was blocked by the user" },
      { chatId: 2001 },
    );
    const s = h.user(5001);
    await ask(s);
    await s.press(skipFileBtn.pack());
    // the card is queued for the BA; the worker finds out (403) and the outcome hook sends it on
    expect(s.texts().at(-2)).toContain(reqNo);
    expect(s.lastText()).toBe(
      h.t("help-rerouted", {
        no: reqNo,
        from: h.t("help-rerouted-BA"),
        to: h.t("help-rerouted-PMO", { regency: "Kabupaten Kubu Raya" }),
      }),
    );
    expect(h.user(2101).lastText()).toContain(reqNo);
    expect((await h.prisma.user.findUniqueOrThrow({ where: { id: ba.id } })).blockedAt).not.toBeNull();
    const card = await h.prisma.helpMessage.findFirstOrThrow({ where: { dstChatId: 2001n } });
    expect(card.deliveredAt).toBeNull();
    expect(card.error).toContain("403");
    expect((await h.prisma.helpRequest.findUniqueOrThrow({ where: { id: 1 } })).routedRole).toBe("PMO");
  });

  it("a card the BA's chat cannot take (400 chat not found) fails, and the request goes on to the PMO", async () => {
    const ba = await staff(h, 2001, "BA");
    await staff(h, 2101, "PMO");
    await coopWithKetua(h, VILLAGES.ambarawa, { telegramId: 5001 }, { baId: ba.id });
    h.fake.fail("sendMessage", { error_code: 400, description: "Bad Request: chat not found" }, { chatId: 2001 });
    const s = h.user(5001);
    await ask(s);
    await s.press(skipFileBtn.pack());
    expect(s.lastText()).toBe(
      h.t("help-rerouted", {
        no: reqNo,
        from: h.t("help-rerouted-BA"),
        to: h.t("help-rerouted-PMO", { regency: "Kabupaten Kubu Raya" }),
      }),
    );
    const card = await h.prisma.helpMessage.findFirstOrThrow({ where: { dstChatId: 2001n } });
    expect([card.deliveredAt, card.error]).toEqual([null, "400 Bad Request: chat not found"]);
    expect((await h.prisma.outbox.findFirstOrThrow({ where: { key: `help:${card.id}` } })).status).toBe("FAILED");
    expect((await h.prisma.user.findUniqueOrThrow({ where: { id: ba.id } })).blockedAt).toBeNull(); // not a block
    const pmoCard = await h.prisma.helpMessage.findFirstOrThrow({ where: { dstChatId: 2101n, kind: "CARD" } });
    expect(pmoCard.deliveredAt).not.toBeNull();
    expect((await h.prisma.helpRequest.findUniqueOrThrow({ where: { id: 1 } })).routedRole).toBe("PMO");
  });

  it("bad input: too short, a sticker, text where a file is expected; staff and non-members are told what to do", async () => {
    const ba = await staff(h, 2001, "BA");
    await coopWithKetua(h, VILLAGES.ambarawa, { telegramId: 5001 }, { baId: ba.id });
    const s = h.user(5001);
    await s.command("mintabantuan");
    await s.send("tolong"); // text instead of a button
    expect(s.texts().at(-2)).toBe(h.t("help-use-buttons"));
    await s.press(categoryBtn.pack("LEGAL"));
    await s.send("izin?");
    expect(s.texts().at(-2)).toBe(h.t("help-text-short", { min: 10 }));
    await s.sendSticker();
    expect(s.texts().at(-2)).toBe(h.t("help-text-not-text"));
    await s.send("Kami perlu izin usaha untuk gerai sembako");
    await s.send("tidak ada");
    expect(s.texts().at(-2)).toBe(h.t("help-file-not-file"));
    await s.sendDocument("doc-izin", "izin.pdf");
    expect(s.lastText()).toContain("#PB-000001");
    expect(callsTo(h, 2001, "sendDocument")[0]!.payload.document).toBe("doc-izin");

    await h.user(2001).command("mintabantuan");
    expect(h.user(2001).lastText()).toBe(h.t("help-staff-hint"));
    const stranger = h.user(5999);
    await h.prisma.user.create({ data: { telegramId: 5999n, consentAt: new Date() } });
    await stranger.command("mintabantuan");
    expect(stranger.lastText()).toBe(h.t("help-need-membership"));
  });
});

async function setupTaken() {
  const ba = await staff(h, 2001, "BA", { name: "Budi" });
  const { coop, ketua } = await coopWithKetua(
    h,
    VILLAGES.ambarawa,
    { telegramId: 5001, name: "Siti" },
    { baId: ba.id },
  );
  const siti = h.user(5001, "Siti");
  const budi = h.user(2001, "Budi");
  await ask(siti);
  await siti.press(skipFileBtn.pack());
  await budi.press(h.t("help-btn-take").startsWith("✋") ? "hr:t:1" : "hr:t:1");
  return { ba, coop, ketua, siti, budi };
}

describe("help request: relay", () => {
  it("Ambil, then replies both ways (text, photo, document), threaded by reply-to or Balas", async () => {
    const { siti, budi } = await setupTaken();
    expect(callbackAnswers(h).at(-1)).toBe(h.t("help-taken", { no: reqNo }));
    expect(siti.lastText()).toBe(h.t("help-taken-to-requester", { no: reqNo, name: "Budi", role: h.t("role-BA") }));
    let req = await h.prisma.helpRequest.findUniqueOrThrow({ where: { id: 1 } });
    expect([req.status, req.assigneeId]).toEqual(["ASSIGNED", 1]);
    expect(budi.buttons().map((b) => b.data)).toEqual(["hr:r:1", "hr:c:1"]); // Ambil gone

    // BA: Balas, then a text and a photo go to the pengurus
    await budi.press(helpCb.pack("r", 1));
    expect(budi.lastText()).toBe(h.t("help-reply-now", { no: reqNo, name: "Siti" }));
    await budi.send("Siapkan akta pendirian dan NPWP koperasi.");
    expect(siti.lastText()).toBe(
      `${h.t("help-relay-from-helper", { no: reqNo, name: "Budi", role: h.t("role-BA") })}\nSiapkan akta pendirian dan NPWP koperasi.`,
    );
    expect(budi.lastText()).toBe(h.t("help-sent", { no: reqNo, names: "Siti" }));
    await budi.sendPhoto("contoh-formulir", "contoh formulir");
    const photoToSiti = callsTo(h, 5001, "sendPhoto").at(-1)!;
    expect(photoToSiti.payload.photo).toBe("contoh-formulir");
    expect(photoToSiti.payload.caption).toContain("contoh formulir");
    req = await h.prisma.helpRequest.findUniqueOrThrow({ where: { id: 1 } });
    expect(req.status).toBe("ANSWERED");
    expect(req.answeredAt).not.toBeNull();

    // pengurus: reply to the relayed message → the BA
    await siti.reply(await lastRelayedTo(h, 5001), "Baik, akta sudah ada. NPWP belum.");
    expect(budi.lastText()).toContain("Baik, akta sudah ada. NPWP belum.");
    expect(budi.lastText()).toContain(
      h.t("help-relay-from-requester", {
        no: reqNo,
        name: "Siti",
        coop: (await h.prisma.cooperative.findFirstOrThrow()).name,
      }),
    );
    // …and a document after Balas
    await siti.press(helpCb.pack("r", 1));
    await siti.sendDocument("akta-pdf", "akta.pdf", "akta pendirian");
    const doc = callsTo(h, 2001, "sendDocument").at(-1)!;
    expect(doc.payload.document).toBe("akta-pdf");
    expect(doc.payload.caption).toContain("akta pendirian");
    expect(siti.lastText()).toBe(h.t("help-sent", { no: reqNo, names: "Budi" }));

    const rows = await h.prisma.helpMessage.findMany({
      where: { requestId: 1, kind: { not: "CARD" } },
      orderBy: { id: "asc" },
    });
    expect(rows.map((r) => [r.direction, r.kind, r.deliveredAt !== null])).toEqual([
      ["TO_REQUESTER", "TEXT", true],
      ["TO_REQUESTER", "PHOTO", true],
      ["TO_HELPER", "TEXT", true],
      ["TO_HELPER", "DOCUMENT", true],
    ]);
  });

  it("a message that cannot be delivered is recorded and the sender is told (403 marks the person blocked)", async () => {
    const { budi } = await setupTaken();
    await budi.press(helpCb.pack("r", 1));
    h.fake.fail(
      "sendMessage",
      { error_code: 403, description: "Forbidden: bot was blocked by the user" },
      { chatId: 5001 },
    );
    await budi.send("Apakah sudah ada rekening?");
    expect(budi.lastText()).toBe(
      h.t("help-not-delivered-no-contact", { no: reqNo, failed: "Siti", reason: h.t("help-reason-blocked") }),
    );
    expect(budi.lastText()).not.toContain(": -");
    const row = await h.prisma.helpMessage.findFirstOrThrow({ where: { requestId: 1, direction: "TO_REQUESTER" } });
    expect(row.deliveredAt).toBeNull();
    expect(row.error).toContain("403");
    expect((await h.prisma.user.findUniqueOrThrow({ where: { telegramId: 5001n } })).blockedAt).not.toBeNull();
    // later messages are not even tried, but still recorded and reported
    const before = h.fake.calls.length;
    await budi.send("Halo?");
    expect(h.fake.calls.slice(before).filter((c) => Number(c.payload.chat_id) === 5001)).toHaveLength(0);
    expect(budi.lastText()).toContain("⚠️");
    expect(
      await h.prisma.helpMessage.count({ where: { requestId: 1, direction: "TO_REQUESTER", deliveredAt: null } }),
    ).toBe(2);
  });

  it("a plain message with no request chosen asks which one; picking sends it", async () => {
    const { siti, budi } = await setupTaken();
    await siti.send("Kapan bisa bertemu?");
    expect(siti.lastText()).toBe(h.t("help-pick-request"));
    expect(siti.buttons().map((b) => b.data)).toEqual(["hp:1"]);
    await siti.press(pickCb.pack(1));
    expect(budi.lastText()).toContain("Kapan bisa bertemu?");
    expect(siti.lastText()).toBe(h.t("help-sent", { no: reqNo, names: "Budi" }));
    // someone with no requests (a new user) is pointed to /start
    const other = h.user(5900);
    await other.send("halo");
    expect(other.lastText()).toBe(h.t("unknown-input-new"));
  });

  it("an album of 10 photos with no request chosen: asked once, all 10 photos relayed, one confirmation", async () => {
    const { siti } = await setupTaken();
    const before = h.fake.calls.length;
    for (let i = 1; i <= 10; i++) await siti.sendAlbumPhoto(`album-${i}`, "grp-1", i === 1 ? "Foto gudang" : undefined);
    const prompts = h.fake.calls.slice(before).filter((c) => c.payload.text === h.t("help-pick-request"));
    expect(prompts).toHaveLength(1);
    await siti.press(pickCb.pack(1));
    const photos = callsTo(h, 2001, "sendPhoto").map((c) => c.payload.photo);
    expect(photos).toEqual(Array.from({ length: 10 }, (_, i) => `album-${i + 1}`));
    expect(callsTo(h, 2001, "sendPhoto")[0]!.payload.caption).toContain("Foto gudang");
    const acks = h.fake.calls
      .slice(before)
      .filter((c) => c.payload.text === h.t("help-sent", { no: reqNo, names: "Budi" }));
    expect(acks).toHaveLength(1);
    expect(await h.prisma.helpMessage.count({ where: { requestId: 1, kind: "PHOTO", direction: "TO_HELPER" } })).toBe(
      10,
    );
  });

  it("a question saved before albums were kept (one pending message) is still sent on pick", async () => {
    const { siti, budi } = await setupTaken();
    const until = new Date(h.clock.now().getTime() + 60_000).toISOString();
    const value = JSON.stringify({ pending: { messageId: 77, kind: "TEXT", text: "Pesan lama", until } });
    await h.prisma.session.create({ data: { key: "relay:5001", value } });
    await siti.pressRaw(pickCb.pack(1), siti.lastMessageId());
    expect(budi.lastText()).toContain("Pesan lama");
  });

  it("Selesai → the pengurus rates 1–5 and comments; replies to the closed request are not relayed", async () => {
    const { siti, budi } = await setupTaken();
    await budi.press(helpCb.pack("c", 1));
    expect((await h.prisma.helpRequest.findUniqueOrThrow({ where: { id: 1 } })).status).toBe("CLOSED");
    expect(siti.lastText()).toBe(h.t("help-closed-ask-rating", { no: reqNo, name: "Budi" }));
    expect(siti.buttons().map((b) => b.data)).toEqual(["hrt:1:1", "hrt:1:2", "hrt:1:3", "hrt:1:4", "hrt:1:5"]);
    await siti.press(rateCb.pack(1, 4));
    expect(siti.lastText()).toBe(h.t("help-rated", { no: reqNo, rating: 4 }));
    expect(budi.lastText()).toBe(h.t("help-rating-to-helper", { no: reqNo, name: "Siti", rating: 4 }));
    await siti.send("Sangat membantu, terima kasih");
    expect(siti.lastText()).toBe(h.t("help-comment-thanks"));
    const req = await h.prisma.helpRequest.findUniqueOrThrow({ where: { id: 1 } });
    expect([req.rating, req.ratingComment]).toEqual([4, "Sangat membantu, terima kasih"]);
    // rating twice is refused politely
    await siti.pressRaw(rateCb.pack(1, 1), 1001);
    expect(callbackAnswers(h).at(-1)).toBe(h.t("help-already-rated", { no: reqNo, rating: 4 }));

    // a reply to an old message of the closed request
    const relayed = await lastRelayedTo(h, 2001);
    await budi.reply(relayed, "Satu hal lagi");
    expect(budi.lastText()).toBe(h.t("help-closed-reply", { no: reqNo }));
    expect(siti.texts().join("\n")).not.toContain("Satu hal lagi");
    // and an old button on it
    await budi.pressRaw(helpCb.pack("r", 1), relayed);
    expect(callbackAnswers(h).at(-1)).toBe(h.t("help-already-closed", { no: reqNo }));
  });

  it("the pengurus can close it themselves; the BA is told and the pengurus is asked for a rating", async () => {
    const { siti, budi } = await setupTaken();
    await siti.press(helpCb.pack("c", 1));
    expect(budi.lastText()).toBe(h.t("help-closed-by-requester", { no: reqNo, name: "Siti" }));
    expect(siti.lastText()).toBe(h.t("help-ask-rating", { no: reqNo }));
    await siti.press(rateCb.pack(1, 5));
    await siti.press(rateCb.pack(1, 0));
    expect(siti.lastText()).toBe(h.t("help-comment-skipped"));
    expect((await h.prisma.helpRequest.findUniqueOrThrow({ where: { id: 1 } })).rating).toBe(5);
  });
});

describe("help request: authorisation and stale buttons", () => {
  it("another BA cannot act on or see a request; forged data is refused and audited", async () => {
    await setupTaken();
    await staff(h, 2002, "BA", { name: "Ani" });
    const ani = h.user(2002);
    const forged = ["hr:t:1", "hr:c:1", "hr:v:1", "hrt:1:5", "hr:x:1", "hr:t:abc", "hrb:1:2", "hr:v:9999999999"];
    for (const data of [...forged, "hrb:1:2147483648"]) await ani.pressRaw(data, 1001); // ids beyond integer too
    expect(
      callbackAnswers(h)
        .slice(-9)
        .every((t) => t === h.t("error-not-allowed")),
    ).toBe(true);
    expect(await h.prisma.auditLog.count({ where: { action: "REFUSED", actorId: 3 } })).toBe(9);
    expect((await h.prisma.helpRequest.findUniqueOrThrow({ where: { id: 1 } })).status).toBe("ASSIGNED");
    await ani.command("permintaan", "PB-000001");
    expect(ani.lastText()).toBe(h.t("error-not-allowed"));
    await ani.command("permintaan");
    expect(ani.lastText()).toBe(h.t("help-list-empty-staff"));
    // a reply to someone else's relayed message is not relayed either
    await ani.reply(1001, "menyusup");
    expect(h.user(5001).texts().join("\n")).not.toContain("menyusup");
  });

  it("lists: the pengurus sees their own, the BA the open ones of their coops, each opens in detail", async () => {
    const { siti, budi } = await setupTaken();
    await siti.command("permintaan");
    expect(siti.lastText()).toContain(h.t("help-list-title-own", { count: 1 }));
    expect(siti.lastText()).toContain(reqNo);
    await budi.command("permintaan");
    expect(budi.lastText()).toContain(h.t("help-list-title-staff", { count: 1 }));
    await budi.press(helpCb.pack("v", 1));
    expect(budi.lastText()).toContain(h.t("help-card-head-view", { no: reqNo }));
    expect(budi.lastText()).toContain(h.t("help-status-ASSIGNED"));
    await budi.command("permintaan", "abc");
    expect(budi.lastText()).toBe(h.t("help-no-bad", { input: "abc" }));
  });
});
