// The conversation kit: every wizard asks through these, nothing else.
//
//   const ask = asker(conv, ctx)   how a wizard asks: ask.buttons / ask.field / ask.menu / ask.pick /
//       ask.input take the questions below and return the value; `ask.ctx` is the context of the
//       update that answered last (`ask.reply(...)` replies with it), so no step passes ctx by hand
//   waitInput(conv, { promptId, accept, passThrough })  → Input   the one input waiter (see input.ts
//       for what passes through to other features: other buttons, commands, menu labels)
//   w(payload)                                           wizard button data ("~payload")
//   wizardData(prefix, fields) → { pack, payload, unpack }   typed wizard button data (pack = w(payload))
//   settle(ctx, text) / settleKeepText(ctx) / dropButtons(ctx, id)   after a press; old prompts
//   answerStale(ctx)                                     a press the step does not expect ("no longer valid")
//   askButtons(conv, ctx, { text, keyboard, choices, shown })        → { value: choice, ctx }
//   askField(conv, ctx, { text, parse, accept, keyboard, choices })  → { value: {kind:"value"|"button"}, ctx }
//       parse returns { ok, value } or { ok: false, error: i18nKey, vars }: the error is said and
//       the question asked again (the error text carries an example)
//   askMenu(conv, ctx, { view, onPress })                            → { value, ctx }
//       buttons that change the prompt in place (toggles, lists) until a press returns { done }
//   parseFullName(input) / checkFullName(text)          the full-name question's parser
//   askConsent(ask, frame)                               the UU PDP consent question → agreed
//   pickPaged(conv, ctx, { title, items, search, extra })            → { value: {kind:"picked"|"extra"}, ctx }
//       paged buttons, type-to-search (paged, counted; a search may say there were `more`),
//       "back to list"; `searchColumns` for long result labels
//
// The free functions below are what the asker calls. Every helper answers every callback query it
// receives, and returns the context of the update that answered, so the step replies in the right place.
export {
  type Input,
  type InputKind,
  type MessageInput,
  type WaitOptions,
  waitInput,
  w,
  isMenuLabel,
  WIZARD_PREFIX,
} from "./input.ts";
export { settle, settleKeepText, dropButtons, answerStale } from "./settle.ts";
export { askButtons, type Answered, type ButtonQuestion } from "./ask-buttons.ts";
export { askField, type FieldQuestion, type FieldAnswer, type Parsed } from "./ask-field.ts";
export {
  pickPaged,
  pageKeyboard,
  pageCount,
  type PickItem,
  type PickerQuestion,
  type PageInfo,
  type Picked,
  type SearchResult,
} from "./picker.ts";
export { wizardData, type WizardCodec } from "./wizard-data.ts";
export { askMenu, type MenuQuestion, type MenuStep } from "./ask-menu.ts";
export { asker, type Asker, type FieldValue } from "./asker.ts";
export { checkFullName, parseFullName } from "./full-name.ts";
export { askConsent } from "./ask-consent.ts";
