// Retention purge (UU PDP): old relayed help texts blanked, old claims/tombstones/outbox/audit rows
// deleted; recent rows, unhandled inbox rows and the help requests' statistics are kept.
import { describe, it, expect, beforeAll } from "vitest";
import { testDb } from "../helpers/db.ts";
import { createHarness } from "../helpers/harness.ts";
import { seedCoop } from "../features/report-seed.ts";
import { runRetentionPurge } from "../../src/jobs/retention.ts";
import { appJobs } from "../../src/jobs/index.ts";

const DAY = 86_400_000;
beforeAll(() => testDb()); // open + migrate once, under the hook timeout

describe("retention purge", () => {
  it("applies each retention period and keeps what is still needed", async () => {
    const h = await createHarness();
    const now = h.clock.now();
    const ago = (d: number) => new Date(now.getTime() - d * DAY);
    const { coop, members } = await seedCoop(h, {
      units: ["GERAI_SEMBAKO"],
      members: [{ tg: 9301, name: "Siti Aminah" }],
    });
    const req = (closedDaysAgo: number | null) =>
      h.prisma.helpRequest.create({
        data: {
          coopId: coop.id,
          requesterId: members[0]!.id,
          category: "LEGAL",
          text: "Nomor AHU kami ditolak",
          routedRole: "BA",
          dueAt: ago(500),
          status: closedDaysAgo === null ? "OPEN" : "CLOSED",
          closedAt: closedDaysAgo === null ? null : ago(closedDaysAgo),
          rating: 5,
          messages: {
            create: {
              fromUserId: members[0]!.id,
              direction: "IN",
              kind: "text",
              text: "isi pesan pribadi",
              srcChatId: 9301n,
              srcMessageId: 1,
            },
          },
        },
      });
    const old = await req(400);
    const recent = await req(10);
    const open = await req(null);
    await h.prisma.auditLog.createMany({
      data: [
        { action: "REFUSED", entity: "X", at: ago(400) },
        { action: "REFUSED", entity: "X", at: ago(10) },
        { action: "ROLE_SET", entity: "User", at: ago(400) },
        { action: "ROLE_SET", entity: "User", at: ago(6 * 365) },
      ],
    });
    await h.prisma.outbox.createMany({
      data: [
        { key: "a", chatId: 1n, payload: { text: "x" }, status: "SENT", createdAt: ago(40) },
        { key: "b", chatId: 1n, payload: { text: "x" }, status: "SENT", createdAt: ago(5) },
        { key: "c", chatId: 1n, payload: { text: "x" }, status: "PENDING", createdAt: ago(40) },
      ],
    });
    await h.prisma.session.createMany({
      data: [
        { key: "webhook:1", value: "done", updatedAt: ago(4) },
        { key: "webhook:2", value: "done", updatedAt: ago(1) },
        { key: "inbox:1", value: "", updatedAt: ago(2) },
        { key: "inbox:2", value: '{"update_id":2}', updatedAt: ago(30) },
      ],
    });

    const counts = await runRetentionPurge(h.prisma, now);
    expect(counts).toMatchObject({ claims: 1, inbox: 1, outbox: 1, audit: 2 });
    const texts = async (id: number) =>
      (await h.prisma.helpMessage.findMany({ where: { requestId: id } })).map((m) => m.text);
    expect(await texts(old.id)).toEqual([null]);
    expect((await h.prisma.helpRequest.findUniqueOrThrow({ where: { id: old.id } })).text).toBe("");
    expect((await h.prisma.helpRequest.findUniqueOrThrow({ where: { id: old.id } })).rating).toBe(5);
    expect(await texts(recent.id)).toEqual(["isi pesan pribadi"]);
    expect(await texts(open.id)).toEqual(["isi pesan pribadi"]);
    expect((await h.prisma.auditLog.findMany({ orderBy: { at: "asc" } })).map((a) => a.action)).toEqual([
      "ROLE_SET",
      "REFUSED",
    ]);
    expect((await h.prisma.session.findMany({ orderBy: { key: "asc" } })).map((s) => s.key)).toEqual([
      "inbox:2",
      "webhook:2",
    ]);
  }, 90_000);

  it("is scheduled daily", () => {
    const job = appJobs({} as never).find((j) => j.name === "retention-purge");
    expect(job?.cron).toBe("17 2 * * *");
  });
});
