// The audience query on a fixture: each filter alone and combined, the sender's scope, and the
// people who are never reached.
import { describe, it, expect, beforeEach } from "vitest";
import type { Harness } from "../helpers/harness.ts";
import {
  audienceUserIds,
  countAudience,
  type AudienceFilter,
  type Sender,
} from "../../src/services/broadcasts/index.ts";
import { broadcastHarness, PERIOD, type BroadcastFixture } from "./fixtures.ts";

let h: Harness;
let f: BroadcastFixture;
// the first harness of a worker builds the database (slow on a busy machine)
beforeEach(async () => {
  ({ h, f } = await broadcastHarness());
}, 180_000);

const ids = (...users: Array<{ id: number }>) => users.map((u) => u.id).sort((a, b) => a - b);
const who = (sender: Sender, filter: AudienceFilter) => audienceUserIds(h.prisma, sender, filter, "id");

describe("broadcast audience", () => {
  it("reaches everyone consented and reachable when unfiltered; never the blocked, erased or unconsented", async () => {
    const k = f.ketua;
    const all = ids(
      f.pmo,
      f.pmoPontianak,
      f.pmoMakassar,
      f.dinas,
      f.dinasSulsel,
      f.ba,
      f.baPontianak,
      f.bendahara,
      k.ambarawa,
      k.batuAmpar,
      k.kualaMandor,
      k.pallima,
      k.bakung,
    );
    expect(await who(f.adm, { roles: [] })).toEqual(all);
    expect(await countAudience(h.prisma, f.adm, { roles: [] }, "id")).toEqual({ ok: true, count: all.length });
  });

  it("filters by role, ketua only, region (province, kab/kota, kecamatan) and language", async () => {
    const k = f.ketua;
    expect(await who(f.adm, { roles: ["PENGURUS"], region: "61.12" })).toEqual(
      ids(k.ambarawa, k.batuAmpar, k.kualaMandor, f.bendahara),
    );
    expect(await who(f.adm, { roles: ["KETUA"], region: "61.12" })).toEqual(
      ids(k.ambarawa, k.batuAmpar, k.kualaMandor),
    );
    expect(await who(f.adm, { roles: ["KETUA"], region: "61.12.05" })).toEqual(ids(k.ambarawa, k.batuAmpar));
    expect(await who(f.adm, { roles: ["BA", "PMO"], region: "61" })).toEqual(
      ids(f.ba, f.baPontianak, f.pmo, f.pmoPontianak),
    );
    expect(await who(f.adm, { roles: ["DINAS"], region: "73.71" })).toEqual(ids(f.dinasSulsel));
    expect(await who(f.adm, { roles: ["PENGURUS"], lang: "en" })).toEqual(ids(f.bendahara));
  });

  it("filters by report status for a period and by readiness stage, combined with the rest", async () => {
    const k = f.ketua;
    // "belum lapor Oktober": no report or a draft
    expect(await who(f.adm, { roles: ["KETUA"], report: { period: PERIOD, status: "NONE" } })).toEqual(
      ids(k.kualaMandor, k.bakung),
    );
    expect(await who(f.adm, { roles: ["KETUA"], report: { period: PERIOD, status: "RETURNED" } })).toEqual(
      ids(k.batuAmpar),
    );
    // BA and PMO responsible for a coop that has not reported, in Kalimantan Barat
    expect(
      await who(f.adm, { roles: ["BA", "PMO"], region: "61", report: { period: PERIOD, status: "NONE" } }),
    ).toEqual(ids(f.ba, f.pmo));
    expect(await who(f.adm, { roles: ["PENGURUS"], stage: "LEGAL" })).toEqual(ids(k.ambarawa, f.bendahara));
    expect(await who(f.adm, { roles: ["PENGURUS"], stage: "LEGAL", lang: "id" })).toEqual(ids(k.ambarawa));
  });

  it("keeps a PMO inside their kab/kota and Dinas inside their province; pengurus and BA cannot broadcast", async () => {
    const k = f.ketua;
    expect(await who(f.pmo, { roles: [] })).toEqual(
      ids(f.pmo, f.ba, k.ambarawa, k.batuAmpar, k.kualaMandor, f.bendahara),
    );
    expect(await countAudience(h.prisma, f.pmo, { roles: [], region: "61.71" }, "id")).toEqual({
      ok: false,
      reason: "out_of_scope",
    });
    expect(await countAudience(h.prisma, f.pmo, { roles: [], region: "61" }, "id")).toEqual({
      ok: false,
      reason: "out_of_scope",
    });
    expect(await who(f.dinas, { roles: ["PMO", "DINAS"] })).toEqual(ids(f.pmo, f.pmoPontianak, f.dinas));
    expect(await countAudience(h.prisma, f.dinas, { roles: [], region: "73" }, "id")).toEqual({
      ok: false,
      reason: "out_of_scope",
    });
    expect(await countAudience(h.prisma, f.ba, { roles: [] }, "id")).toEqual({ ok: false, reason: "not_allowed" });
    expect(await countAudience(h.prisma, k.ambarawa, { roles: [] }, "id")).toEqual({
      ok: false,
      reason: "not_allowed",
    });
    expect(await countAudience(h.prisma, f.adm, { roles: ["NOPE"], region: "x" }, "id")).toEqual({
      ok: false,
      reason: "invalid",
    });
  });
});
