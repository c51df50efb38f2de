// /kunjungan on the conversation kit: every step's bad input gets a clear message and the step is
// asked again, every press is answered; the saved row; the coop list (most recent first); scope.
import { describe, it, expect, beforeEach } from "vitest";
import { createHarness, type Harness } from "../helpers/harness.ts";
import type { TestUser } from "../helpers/test-user.ts";
import { answers, coop, people } from "./fixtures.ts";

let h: Harness;
beforeEach(async () => {
  h = await createHarness();
});

let seq = 900_000;
async function sendLocation(u: TestUser, lat: number, lng: number) {
  await h.handle({
    message: {
      message_id: seq++,
      date: 0,
      chat: { id: u.id, type: "private", first_name: "x" },
      from: u.from,
      location: { latitude: lat, longitude: lng },
    },
  } as never);
}

async function seed() {
  const p = await people(h);
  const alpha = await coop(h, 5001, p.budi.id, "Koperasi Alpha");
  const beta = await coop(h, 5002, p.budi.id, "Koperasi Beta");
  const gamma = await coop(h, 5003, p.ani.id, "Koperasi Gamma");
  // Budi last logged a contact with Beta: Beta comes first in his list
  await h.prisma.visit.create({
    data: {
      coopId: beta.coop.id,
      baId: p.budi.id,
      at: new Date("2026-11-01T17:00:00Z"),
      kind: "CALL",
      topic: "USAHA",
      note: "Telepon rutin",
    },
  });
  return { ...p, alpha, beta, gamma };
}

const asked = (u: TestUser) => u.texts().slice(-2);
const step = (n: number, total: number, key: string, vars?: Record<string, string | number>) =>
  `${h.t("vis-step", { step: n, total })}\n${h.t(key, vars)}`;

describe("/kunjungan", () => {
  it("walks every step, re-asks on every kind of bad input, answers every press and saves the visit", async () => {
    const { alpha, budi } = await seed();
    const u = h.user(2001);
    let presses = 0;
    const press = async (label: string) => {
      presses += 1;
      await u.press((l) => l === label);
    };
    await u.command("kunjungan");
    expect(u.lastText()).toBe(step(1, 8, "vis-ask-coop", { page: 1, pages: 1 }));
    expect(u.buttons().map((b) => b.text)).toEqual(["Koperasi Beta", "Koperasi Alpha"]); // most recent first, Gamma is Ani's
    await u.send("a");
    expect(asked(u)).toEqual([h.t("vis-search-short"), step(1, 8, "vis-ask-coop", { page: 1, pages: 1 })]);
    await u.send("zzz");
    expect(u.texts().at(-2)).toBe(h.t("vis-search-none", { query: "zzz" }));
    await u.send("alp");
    await press("Koperasi Alpha");

    // 2. date
    const dateQ = step(2, 8, "vis-ask-date");
    expect(u.lastText()).toBe(dateQ);
    for (const [typed, key] of [
      ["31/02", "vis-date-format"],
      ["besok", "vis-date-future"],
      ["1/1/2025", "vis-date-too-old"],
      ["kapan-kapan", "vis-date-format"],
    ] as const) {
      await u.send(typed);
      expect(asked(u)).toEqual([h.t(key, { days: 60 }), dateQ]);
    }
    await u.sendPhoto();
    expect(asked(u)).toEqual([h.t("vis-date-format"), dateQ]);
    await u.send("20/11");

    // 3. kind (buttons only)
    const kindQ = step(3, 8, "vis-ask-kind");
    expect(u.lastText()).toBe(kindQ);
    await u.send("kunjungan");
    expect(asked(u)).toEqual([h.t("kit-use-buttons"), kindQ]);
    await press(h.t("vis-kind-VISIT"));

    // 4. topic
    expect(u.buttons().map((b) => b.text)).toEqual(
      ["KELEMBAGAAN", "USAHA", "KEUANGAN", "SIMKOPDES", "PEMBIAYAAN", "LAHAN", "LAINNYA"].map((k) =>
        h.t(`vis-topic-${k}`),
      ),
    );
    await press(h.t("vis-topic-KEUANGAN"));

    // 5. note
    const noteQ = step(5, 8, "vis-ask-note", { max: 300 });
    expect(u.lastText()).toBe(noteQ);
    await u.send("ab");
    expect(asked(u)).toEqual([h.t("vis-note-short"), noteQ]);
    await u.send("x".repeat(301));
    expect(asked(u)).toEqual([h.t("vis-note-long", { length: 301, max: 300 }), noteQ]);
    await u.sendSticker();
    expect(asked(u)).toEqual([h.t("vis-note-text"), noteQ]);
    await u.send("  Membahas   pembukuan gerai  ");

    // 6. follow-up
    const followQ = step(6, 8, "vis-ask-follow");
    for (const [typed, key] of [
      ["hari ini", "vis-follow-past"],
      ["kemarin", "vis-follow-past"],
      ["32/12", "vis-follow-format"],
      ["1/1/2028", "vis-follow-too-far"],
    ] as const) {
      await u.send(typed);
      expect(asked(u)).toEqual([h.t(key, { days: 180 }), followQ]);
    }
    await u.send("1/12");

    // 7. photo
    const photoQ = step(7, 8, "vis-ask-photo");
    expect(u.lastText()).toBe(photoQ);
    await u.send("foto nanti");
    expect(asked(u)).toEqual([h.t("vis-photo-expected"), photoQ]);
    await u.sendDocument();
    expect(asked(u)).toEqual([h.t("vis-photo-expected"), photoQ]);
    await u.sendPhoto("visit-photo");

    // 8. location
    const locQ = step(8, 8, "vis-ask-location");
    await u.send("Sungai Raya");
    expect(asked(u)).toEqual([h.t("vis-location-expected"), locQ]);
    await sendLocation(u, 51.5, -0.1);
    expect(asked(u)).toEqual([h.t("vis-location-outside"), locQ]);
    await sendLocation(u, -0.05, 109.4);

    const v = await h.prisma.visit.findFirstOrThrow({ where: { coopId: alpha.coop.id } });
    expect(v).toMatchObject({
      baId: budi.id,
      kind: "VISIT",
      topic: "KEUANGAN",
      note: "Membahas pembukuan gerai",
      photoFileId: "visit-photo",
      latitude: -0.05,
      longitude: 109.4,
    });
    expect(v.at.toISOString()).toBe("2026-11-19T17:00:00.000Z"); // 20 Nov 00:00 WIB
    expect(v.followUpAt!.toISOString()).toBe("2026-12-01T01:00:00.000Z"); // 1 Dec 08:00 WIB
    expect(u.lastText()).toContain(h.t("vis-saved-follow", { date: "1 Desember 2026", zone: "WIB" }));
    const calls = h.fake.byMethod("answerCallbackQuery");
    expect(calls).toHaveLength(presses);
    expect(answers(h).every((t) => t === "")).toBe(true);
  });

  it("a call has 6 steps (no photo or pin); 'Hari ini' and 'Tidak perlu' buttons; the saved message opens the history", async () => {
    const { beta } = await seed();
    const u = h.user(2001);
    await u.command("kunjungan");
    await u.press((l) => l === "Koperasi Beta");
    await u.press((l) => l === h.t("vis-btn-today"));
    await u.press((l) => l === h.t("vis-kind-CALL"));
    expect(u.lastText()).toBe(step(4, 6, "vis-ask-topic"));
    await u.press((l) => l === h.t("vis-topic-SIMKOPDES"));
    await u.send("Bantu login SIMKOPDES");
    await u.press((l) => l === h.t("vis-btn-no-follow"));
    const v = await h.prisma.visit.findFirstOrThrow({
      where: { coopId: beta.coop.id, kind: "CALL", topic: "SIMKOPDES" },
    });
    expect(v.at.toISOString()).toBe("2026-11-23T17:00:00.000Z");
    expect(v.followUpAt).toBeNull();
    await u.press((l) => l === h.t("vis-btn-history"));
    const hist = u.lastText()!;
    expect(hist.split("\n")[0]).toBe(h.t("vis-hist-title", { coop: "Koperasi Beta", count: 2, from: 1, to: 2 }));
    expect(hist).toContain(
      h.t("vis-line", {
        date: "24 November 2026",
        kind: h.t("vis-kind-CALL"),
        topic: h.t("vis-topic-SIMKOPDES"),
        note: "Bantu login SIMKOPDES",
      }),
    );
    // the BA's own visit list (from /koperasiku) leads to each coop's history
    await u.command("koperasiku");
    await u.press((l) => l === h.t("ov-btn-my-visits"));
    expect(u.lastText()!.split("\n")[0]).toBe(h.t("vis-ba-title", { name: "Budi", count: 2, from: 1, to: 2 }));
    expect(u.buttons().map((b) => b.data)).toEqual([`ov:hi:${beta.coop.id}:0`]);
    await u.press(`ov:hi:${beta.coop.id}:0`);
    expect(u.lastText()!.split("\n")[0]).toBe(
      h.t("vis-hist-title", { coop: "Koperasi Beta", count: 2, from: 1, to: 2 }),
    );
  });

  it("scope: only BAs log visits, only for their own coops; histories only in scope", async () => {
    const { gamma, alpha, ani } = await seed();
    await h.user(5001).command("kunjungan");
    expect(h.user(5001).lastText()).toBe(h.t("vis-only-ba"));
    const budi = h.user(2001);
    await budi.pressRaw(`ov:k:${gamma.coop.id}:0`, 1001); // Ani's coop
    await budi.pressRaw(`ov:h:${gamma.coop.id}:0`, 1001);
    await budi.pressRaw(`ov:V:${ani.id}:0`, 1001); // another BA's visits
    await budi.pressRaw("ov:u:0:0", 1001); // supervisors only
    await h.user(2101).pressRaw(`ov:k:${alpha.coop.id}:0`, 1001); // a PMO does not log
    await h.user(2102).pressRaw(`ov:h:${alpha.coop.id}:0`, 1001); // PMO of another kab/kota
    expect(answers(h)).toEqual(Array(6).fill(h.t("error-not-allowed")));
    // the PMO of the kab/kota may read Budi's history of a coop and Ani's visits
    const pmo = h.user(2101);
    await pmo.pressRaw(`ov:V:${ani.id}:0`, 1001);
    expect(pmo.lastText()).toBe(h.t("vis-ba-empty", { name: "Ani" }));
    // a BA's coop reassigned mid-wizard: nothing is saved
    await budi.command("kunjungan");
    await budi.press((l) => l === "Koperasi Alpha");
    await budi.press((l) => l === h.t("vis-btn-today"));
    await budi.press((l) => l === h.t("vis-kind-ONLINE"));
    await budi.press((l) => l === h.t("vis-topic-USAHA"));
    await budi.send("Rapat daring rencana usaha");
    await h.prisma.cooperative.update({ where: { id: alpha.coop.id }, data: { assignedBaId: ani.id } });
    await budi.press((l) => l === h.t("vis-btn-no-follow"));
    expect(budi.lastText()).toBe(h.t("vis-failed"));
    expect(await h.prisma.visit.count({ where: { coopId: alpha.coop.id } })).toBe(0);
  });

  it("the PMO's /kunjungan shows this month's visits per BA", async () => {
    await seed();
    const pmo = h.user(2101);
    await pmo.command("kunjungan");
    const text = pmo.lastText()!;
    expect(text.split("\n")[0]).toBe(h.t("vis-per-ba-title", { month: "November 2026", area: "Kabupaten Kubu Raya" }));
    expect(text).toContain(
      h.t("vis-per-ba-line", { n: 1, name: "Budi", visits: 0, calls: 1, online: 0, coops: 1, stale: 1 }),
    );
    expect(text).toContain(
      h.t("vis-per-ba-line", { n: 2, name: "Ani", visits: 0, calls: 0, online: 0, coops: 0, stale: 1 }),
    );
  });
});
