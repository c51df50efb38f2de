// Words a pengurus typed on a returned report where a figure was asked: kept at once as their
// answer to the reviewer's note (a REPLIED event of the version they will send), so nothing typed
// is lost. The answer given when resending (submitReport's reply) comes later and wins.
import type { PrismaClient } from "../../generated/prisma/client.ts";
import { isActiveMember } from "./access.ts";

const REPLY_MIN = 3;
const REPLY_MAX = 500;

export async function keepReply(
  prisma: PrismaClient,
  input: { reportId: number; actorId: number; text: string; at: Date },
): Promise<boolean> {
  const text = input.text.replace(/\s+/g, " ").trim();
  if (text.length < REPLY_MIN || text.length > REPLY_MAX) return false;
  const r = await prisma.monthlyReport.findUnique({ where: { id: input.reportId } });
  if (!r || r.status !== "RETURNED" || !(await isActiveMember(prisma, input.actorId, r.coopId))) return false;
  await prisma.reportEvent.create({
    data: {
      reportId: r.id,
      actorId: input.actorId,
      action: "REPLIED",
      after: text,
      version: r.version + 1,
      at: input.at,
    },
  });
  return true;
}
