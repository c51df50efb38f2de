// One send: the Bot API call for a claimed row (a stored file is uploaded once, then reused by its
// file id), and its outcome recorded (outcomes.ts).
import { InputFile, type Api } from "grammy";
import type { PrismaClient } from "../generated/prisma/client.ts";
import { rawMethods } from "../lib/casts.ts";
import type { ClaimedRow } from "./claim.ts";
import type { DrainRun } from "./drain-run.ts";
import { recordFailure, recordSent } from "./outcomes.ts";

export async function sendRow(run: DrainRun, row: ClaimedRow, paidSlot: number | undefined): Promise<void> {
  try {
    let msg: SentMessage | undefined;
    try {
      // ⚠ the crash window: from here until the outcome has committed, Telegram may have delivered
      // the message while the row still says SENDING (see worker.ts's header: at most one per send slot)
      msg = await callApi(run.api, run.prisma, row);
    } finally {
      if (paidSlot !== undefined) run.state.paid.answered(paidSlot, run.clock.now().getTime());
    }
    await recordSent(run, row, msg?.message_id ?? null);
  } catch (e) {
    await recordFailure(run, row, e);
  }
}

type SentMessage = { message_id?: number; document?: { file_id: string }; photo?: Array<{ file_id: string }> };

async function callApi(api: Api, prisma: PrismaClient, claimed: ClaimedRow): Promise<SentMessage | undefined> {
  const chatId = Number(claimed.chatId);
  // the paid lane: Telegram's paid rate, by the one parameter that asks for it
  const row =
    claimed.lane === "paid" ? { ...claimed, payload: { ...claimed.payload, allow_paid_broadcast: true } } : claimed;
  if (row.method === "sendMessage") {
    const { text, ...other } = row.payload as { text: string } & Record<string, unknown>;
    return api.sendMessage(chatId, text, other);
  }
  const raw = rawMethods(api);
  if (row.attachmentId !== null && (row.method === "sendDocument" || row.method === "sendPhoto")) {
    // a stored file: upload it the first time, then reuse Telegram's file id for everyone else
    const a = await prisma.attachment.findUniqueOrThrow({ where: { id: row.attachmentId } });
    const field = row.method === "sendPhoto" ? "photo" : "document";
    const file = a.fileId ?? new InputFile(new Uint8Array(a.bytes), a.filename);
    const m = (await raw[row.method]!({ chat_id: chatId, ...row.payload, [field]: file })) as SentMessage;
    const fileId = m.document?.file_id ?? m.photo?.at(-1)?.file_id;
    if (!a.fileId && fileId)
      await prisma.attachment.updateMany({ where: { id: a.id, fileId: null }, data: { fileId } });
    return m;
  }
  const r = await raw[row.method]!({ chat_id: chatId, ...row.payload });
  return typeof r === "object" && r !== null ? r : undefined;
}
