// One asker per wizard run: it asks through the kit's helpers and keeps the context of the update
// that answered last, so a wizard never passes a ctx from step to step by hand. Its only state is
// that context; it is rebuilt on every replay of the conversation, as the kit's waits are replayed.
//
//   const ask = asker(conversation, ctx);
//   const yes = await ask.buttons({ text, keyboard, choices });   // → the choice
//   const n = await ask.field({ text, parse });                    // → { kind: "value" | "button" }
//   await ask.reply(text);                                         // replies where the user is now
import type { Message } from "grammy/types";
import type { Conv, ConvCtx } from "../context.ts";
import { type Input, type WaitOptions, waitInput } from "./input.ts";
import { type ButtonQuestion, askButtons } from "./ask-buttons.ts";
import { type FieldQuestion, askField } from "./ask-field.ts";
import { type MenuQuestion, askMenu } from "./ask-menu.ts";
import { type Picked, type PickerQuestion, pickPaged } from "./picker.ts";

export type FieldValue<T, C extends string> = { kind: "value"; value: T } | { kind: "button"; choice: C };

type ReplyArgs = Parameters<ConvCtx["reply"]>;

export interface Asker {
  readonly conversation: Conv;
  /** the context of the latest update the wizard took (the start, or the last answer) */
  readonly ctx: ConvCtx;
  /** message id of the prompt the last question was answered on (undefined before any) */
  readonly promptId: number | undefined;
  /** a question answered by one of its buttons (askButtons) */
  buttons<C extends string>(q: ButtonQuestion<C>): Promise<C>;
  /** a parsed answer or one of the prompt's buttons; bad input is told and asked again (askField) */
  field<T, C extends string = never>(q: FieldQuestion<T, C>): Promise<FieldValue<T, C>>;
  /** a typed answer only (no buttons on the prompt): the parsed value (askField without choices) */
  typed<T>(q: Omit<FieldQuestion<T, never>, "choices" | "shown">): Promise<T>;
  /** buttons that change the prompt in place until one ends it (askMenu) */
  menu<R>(q: MenuQuestion<R>): Promise<R>;
  /** a paged list with type-to-search (pickPaged) */
  pick(q: PickerQuestion): Promise<Picked>;
  /** the next input for a prompt the step sent itself (waitInput) */
  input(opts?: WaitOptions): Promise<Input>;
  /** replies with the current context */
  reply(...args: ReplyArgs): Promise<Message.TextMessage>;
}

class KitAsker implements Asker {
  readonly conversation: Conv;
  #ctx: ConvCtx;
  #promptId: number | undefined;

  constructor(conversation: Conv, ctx: ConvCtx) {
    this.conversation = conversation;
    this.#ctx = ctx;
  }

  get ctx(): ConvCtx {
    return this.#ctx;
  }

  get promptId(): number | undefined {
    return this.#promptId;
  }

  #took<V>(a: { value: V; ctx: ConvCtx; promptId: number }): V {
    this.#ctx = a.ctx;
    this.#promptId = a.promptId;
    return a.value;
  }

  async buttons<C extends string>(q: ButtonQuestion<C>): Promise<C> {
    return this.#took(await askButtons(this.conversation, this.#ctx, q));
  }

  async field<T, C extends string = never>(q: FieldQuestion<T, C>): Promise<FieldValue<T, C>> {
    return this.#took(await askField(this.conversation, this.#ctx, q));
  }

  async typed<T>(q: Omit<FieldQuestion<T, never>, "choices" | "shown">): Promise<T> {
    const a = await this.field<T>(q);
    // without choices askField returns only parsed values (a press on the prompt is answered stale)
    if (a.kind !== "value") throw new Error("kit: a typed question returned a button");
    return a.value;
  }

  async menu<R>(q: MenuQuestion<R>): Promise<R> {
    return this.#took(await askMenu(this.conversation, this.#ctx, q));
  }

  async pick(q: PickerQuestion): Promise<Picked> {
    return this.#took(await pickPaged(this.conversation, this.#ctx, q));
  }

  async input(opts?: WaitOptions): Promise<Input> {
    const input = await waitInput(this.conversation, opts);
    this.#ctx = input.ctx;
    return input;
  }

  reply(...args: ReplyArgs): Promise<Message.TextMessage> {
    return this.#ctx.reply(...args);
  }
}

/** The asker of one wizard run, starting at the context the conversation was entered with. */
export function asker(conversation: Conv, ctx: ConvCtx): Asker {
  return new KitAsker(conversation, ctx);
}
