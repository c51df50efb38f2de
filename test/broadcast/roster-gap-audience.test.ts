// "Rostered, not yet joined" as a broadcast audience: the BAs of official coops not on the bot,
// within the region and the sender's scope; report/stage filters do not apply; a bad flag is refused.
import { describe, it, expect, beforeEach } from "vitest";
import type { Harness } from "../helpers/harness.ts";
import {
  audienceUserIds,
  countAudience,
  type AudienceFilter,
  type Sender,
} from "../../src/services/broadcasts/index.ts";
import { broadcastHarness, type BroadcastFixture } from "./fixtures.ts";
import { rosterCoop } from "../helpers/roster.ts";
import { staff } from "../features/help-fixtures.ts";

let h: Harness;
let f: BroadcastFixture;
let baJoined: { id: number };
beforeEach(async () => {
  ({ h, f } = await broadcastHarness());
  baJoined = await staff(h, 2003, "BA", { name: "BA semua bergabung" });
  const coop = await h.prisma.cooperative.findFirstOrThrow({ where: { villageCode: "61.12.05.2010" } });
  await rosterCoop(h, { villageCode: "61.12.05.2010", name: coop.name, coopId: coop.id, assignedBaId: baJoined.id });
  await rosterCoop(h, { villageCode: "61.12.05.2015", name: "Koperasi Medan Mas", assignedBaId: f.ba.id });
  await rosterCoop(h, { villageCode: "61.71.03.1002", name: "Koperasi Pontianak", assignedBaId: f.baPontianak.id });
  await rosterCoop(h, { villageCode: "61.12.01.2003", name: "Koperasi tanpa BA" });
}, 180_000);

const ids = (...users: Array<{ id: number }>) => users.map((u) => u.id).sort((a, b) => a - b);
const who = (sender: Sender, filter: AudienceFilter) => audienceUserIds(h.prisma, sender, filter, "id");

describe("broadcast audience: rostered, not yet joined", () => {
  it("reaches only the BAs of rostered coops not on the bot, by region and within the sender's scope", async () => {
    expect(await who(f.adm, { roles: [], rosterGap: true })).toEqual(ids(f.ba, f.baPontianak));
    expect(await who(f.adm, { roles: ["BA"], region: "61.12", rosterGap: true })).toEqual(ids(f.ba));
    expect(await who(f.pmo, { roles: [], rosterGap: true })).toEqual(ids(f.ba));
    expect(await who(f.adm, { roles: ["PENGURUS", "PMO"], rosterGap: true })).toEqual([]);
    expect(await who(f.adm, { roles: [], rosterGap: true, report: { period: "2026-10", status: "NONE" } })).toEqual(
      ids(f.ba, f.baPontianak),
    );
    expect(await countAudience(h.prisma, f.adm, { roles: [], rosterGap: "yes" }, "id")).toEqual({
      ok: false,
      reason: "invalid",
    });
  });
});
