// Group, supergroup and channel chats: the bot is a private-chat bot. The one-line hint it may post
// in a group is remembered in the audit log, so it is posted once per group, across restarts.
import type { PrismaClient } from "../generated/prisma/client.ts";

const HINT = { action: "GROUP_HINT", entity: "Chat" } as const;

/** True the first time it is asked for this chat (and records that it was). */
export async function firstGroupHint(prisma: PrismaClient, chatId: number, chatType: string): Promise<boolean> {
  const entityId = String(chatId);
  const seen = await prisma.auditLog.findFirst({ where: { ...HINT, entityId }, select: { id: true } });
  if (seen) return false;
  await prisma.auditLog.create({ data: { ...HINT, entityId, after: { chatType } } });
  return true;
}
