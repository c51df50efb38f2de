// Optional photos of the month's activity (Telegram file_id kept). Each photo is saved at once;
// "Selesai" (or "Lewati" when there are none) ends the step. An album gets one reply.
import { InlineKeyboard } from "grammy";
import { addPhoto } from "../../../../services/reports/draft.ts";
import { type Env, nextInput, saveValues } from "../env.ts";
import { answerStale, dropButtons, settle } from "../../../kit/index.ts";
import type { StepOutcome } from "./numbers.ts";
import { photosDoneBtn } from "../callback-data.ts";

export async function photosStep(env: Env): Promise<StepOutcome> {
  const { t, conversation, view, me } = env;
  let count = view.photos;
  const doneKb = () =>
    new InlineKeyboard().text(count > 0 ? t("rep-photo-done") : t("rep-photo-skip"), photosDoneBtn.pack());
  const text = `${env.header} · ${t("rep-g-foto")}\n${t(count > 0 ? "rep-photo-ask-more" : "rep-photo-ask", { count })}`;
  let prompt = await env.ask.reply(text, { reply_markup: doneKb() });
  let lastAlbum: string | undefined;
  for (;;) {
    const input = await nextInput(env, prompt.message_id);
    if (input.kind === "button" && input.data === photosDoneBtn.payload()) {
      await settle(input.ctx, `${text}\n✅ ${count > 0 ? t("rep-photo-count", { count }) : t("rep-photo-none")}`);
      return saveValues(env, { foto: String(count) }, { quiet: true });
    }
    if (input.kind === "button") {
      await answerStale(input.ctx);
      continue;
    }
    if (input.kind === "photo") {
      const data = { reportId: view.reportId, actorId: me.id, fileId: input.fileId, caption: input.caption };
      const r = await conversation.external((octx) =>
        addPhoto(octx.deps.prisma, { ...data, at: octx.deps.clock.now() }),
      );
      if (r.kind === "locked" || r.kind === "forbidden") {
        await input.ctx.reply(r.kind === "forbidden" ? t("rep-not-member") : t("rep-locked", { by: t("rep-someone") }));
        return { kind: "locked" };
      }
      if (r.kind === "full") {
        await input.ctx.reply(t("rep-photo-full", { count: r.count }));
        continue;
      }
      count = r.count;
      const sameAlbum = input.album !== undefined && input.album === lastAlbum;
      lastAlbum = input.album;
      if (!sameAlbum) {
        await dropButtons(input.ctx, prompt.message_id);
        prompt = await input.ctx.reply(t("rep-photo-saved", { count }), { reply_markup: doneKb() });
      }
      continue;
    }
    await input.ctx.reply(t("rep-photo-use"));
    await dropButtons(input.ctx, prompt.message_id);
    prompt = await input.ctx.reply(text, { reply_markup: doneKb() });
  }
}
