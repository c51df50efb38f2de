import { Api, Context } from "grammy";
import { createI18n } from "../src/i18n.ts";
import { LocaleCache } from "../src/i18n.ts";
import { withRetries } from "../src/bot/index.ts";
import { BOT_INFO } from "../test/helpers/fake-api.ts";
const i18n = createI18n("id", new LocaleCache());
const update = { update_id: 1, message: { message_id: 1, date: 1, chat: { id: 5, type: "private", first_name: "a" }, from: { id: 5, is_bot: false, first_name: "a" }, text: "12,5 jt / 340 / 8 jt" } } as any;
const proto = new Api("1:X", { fetch: (async () => ({})) as any });
function hyd() {
  const api = new Api(proto.token, proto.options);
  api.config.use(async (prev, m, p, s) => prev(m, p, s));
  return new Context(update, api, BOT_INFO);
}
async function bench(name: string, f: () => Promise<unknown> | unknown, n = 50000) {
  for (let i = 0; i < 5000; i++) await f();
  const c0 = process.cpuUsage();
  for (let i = 0; i < n; i++) await f();
  const c = process.cpuUsage(c0);
  console.log(name, ((c.user + c.system) / n).toFixed(2), "µs");
}
await bench("hydrate", () => hyd());
await bench("hydrate+withRetries", () => withRetries(hyd().api));
const mw = i18n.middleware();
await bench("hydrate+i18n", () => mw(hyd() as any, async () => {}));
await bench("hydrate+i18n+retries+t", () => { const c = hyd() as any; withRetries(c.api); return mw(c, async () => { c.t("cancel-hint"); }); });
process.exit(0);
