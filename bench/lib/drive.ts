// Drives a bot with TestUsers and times every update: `sessions` chats, `inFlight` at a time.
import type { Bot } from "grammy";
import type { Update } from "grammy/types";
import { TestUser } from "../../test/helpers/test-user.ts";
import { FakeBotApi } from "../../test/helpers/fake-api.ts";
import { perform, type Step } from "./dialogues.ts";

export interface Driven {
  name: string;
  bot: Bot<any>;
  fake: FakeBotApi;
  real: boolean;
}

export interface Sample {
  updates: number;
  /** dialogues abandoned because an update failed (the expected button never came) */
  failed: number;
  ms: number;
  /** CPU time of this process while driving (the bot and the fake transport) */
  cpuMs: number;
  latencies: number[];
}

let updateId = 1;

export function newSample(): Sample {
  return { updates: 0, failed: 0, ms: 0, cpuMs: 0, latencies: [] };
}

export function userOf(d: Driven, chatId: number, sample: Sample): TestUser {
  const h = {
    fake: d.fake,
    async handle(update: object) {
      const t0 = performance.now();
      await d.bot.handleUpdate({ update_id: updateId++, ...update } as Update);
      sample.latencies.push(performance.now() - t0);
      sample.updates += 1;
    },
  };
  return new TestUser(h, { id: chatId, is_bot: false, first_name: "Siti", language_code: "id" });
}

/** Runs `chats.length` dialogues, `inFlight` at a time; adds to `sample`. */
export async function drive(d: Driven, steps: Step[], chats: number[], inFlight: number, sample: Sample) {
  let next = 0;
  const t0 = performance.now();
  const cpu0 = process.cpuUsage();
  await Promise.all(
    Array.from({ length: Math.min(inFlight, chats.length) }, async () => {
      while (next < chats.length) {
        try {
          await perform(userOf(d, chats[next++]!, sample), steps, d.real);
        } catch {
          sample.failed += 1;
        }
      }
    }),
  );
  sample.ms += performance.now() - t0;
  const cpu = process.cpuUsage(cpu0);
  sample.cpuMs += (cpu.user + cpu.system) / 1000;
  if (process.env.CPU_SPLIT)
    console.error(
      `cpu user ${(cpu.user / 1000 / sample.updates).toFixed(2)} sys ${(cpu.system / 1000 / sample.updates).toFixed(2)} ms/update`,
    );
  if (!d.real) d.fake.clear(); // the ceilings never look back
}
