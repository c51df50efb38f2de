// Issue 24.5: the bot is a private-chat bot. In groups, supergroups and channels no wizard, callback,
// command or relay runs; a group gets one line, once, pointing to the private chat; a callback from a
// group is answered with a short refusal and audited.
import { describe, it, expect, beforeEach } from "vitest";
import type { MessageEntity } from "grammy/types";
import { createHarness, type Harness } from "../helpers/harness.ts";

let h: Harness;
let seq = 1;
const GROUP = { id: -100777, type: "supergroup" as const, title: "Grup Koperasi" };
const ADMIN = { id: 900001, is_bot: false, first_name: "Admin" };
const now = () => Math.floor(Date.now() / 1000);
const groupMsg = (text: string, entities?: MessageEntity[]) => ({
  message: { message_id: seq++, date: now(), chat: GROUP, from: ADMIN, text, ...(entities ? { entities } : {}) },
});
const sentTo = (chatId: number) =>
  h.fake.calls.filter((c) => c.payload.chat_id !== undefined && Number(c.payload.chat_id) === chatId);

beforeEach(async () => {
  h = await createHarness();
});

describe("groups and channels", () => {
  it("a group message and a command with @botname: one hint line with the t.me link, once per group", async () => {
    await h.handle(groupMsg("/audit@kdkmp_test_bot u1", [{ type: "bot_command", offset: 0, length: 21 }]));
    await h.handle(groupMsg("halo semua"));
    await h.handle(groupMsg("/rekap", [{ type: "bot_command", offset: 0, length: 6 }]));
    const sent = sentTo(GROUP.id);
    expect(sent.map((c) => c.method)).toEqual(["sendMessage"]);
    expect(sent[0]!.payload.text).toBe(h.t("chat-private-only", { link: "https://t.me/kdkmp_test_bot" }));
    expect(await h.prisma.user.count()).toBe(0); // nobody registered by talking in a group
    expect(await h.prisma.session.count()).toBe(0);
  });

  it("the hint is remembered across a restart of the bot", async () => {
    await h.handle(groupMsg("halo"));
    const h2 = await createHarness({ keepDb: true });
    await h2.handle(groupMsg("halo lagi"));
    expect(h2.fake.calls.filter((c) => c.method === "sendMessage")).toEqual([]);
  });

  it("a callback on a group message is refused with a short answer and audited, nothing else runs", async () => {
    await h.handle({
      callback_query: {
        id: "cb1",
        from: ADMIN,
        chat_instance: "g1",
        data: "rpr:r:1:1",
        message: {
          message_id: 5,
          date: now(),
          chat: GROUP,
          from: { id: 1, is_bot: true, first_name: "bot" },
          text: "",
        },
      },
    });
    expect(h.fake.calls.map((c) => c.method)).toEqual(["answerCallbackQuery"]);
    expect(h.fake.calls[0]!.payload.text).toBe(h.t("chat-private-only-button"));
    const refused = await h.prisma.auditLog.findMany({ where: { action: "REFUSED", entity: "Chat" } });
    expect(refused.map((r) => r.entityId)).toEqual([String(GROUP.id)]);
    expect(await h.prisma.session.count()).toBe(0);
  });

  it("channel_post, edited_message and my_chat_member in a group get no reply at all", async () => {
    const channel = { id: -100888, type: "channel" as const, title: "Kanal" };
    await h.handle({ channel_post: { message_id: seq++, date: now(), chat: channel, text: "/audit" } });
    await h.handle({ edited_message: { ...groupMsg("/cari x").message, edit_date: now() } });
    await h.handle({
      my_chat_member: {
        chat: GROUP,
        from: ADMIN,
        date: now(),
        old_chat_member: { status: "left", user: { id: 7000000001, is_bot: true, first_name: "bot" } },
        new_chat_member: { status: "member", user: { id: 7000000001, is_bot: true, first_name: "bot" } },
      },
    });
    expect(h.fake.calls).toEqual([]);
    expect(await h.prisma.user.count()).toBe(0);
  });
});
