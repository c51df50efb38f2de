// When the bot calls setWebhook, updates are POSTed to its URL one at a time, in order, with
// the X-Telegram-Bot-Api-Secret-Token header; failures are retried with a growing pause.
// A JSON reply carrying a `method` (a "webhook reply") is executed like an API call.
import type { SimState } from "./state.ts";
import type { SimLogger } from "./types.ts";

export class WebhookDelivery {
  private running = false;
  private stopped = false;
  private wake: (() => void) | undefined;

  constructor(
    private state: SimState,
    private call: (method: string, params: Record<string, unknown>) => Promise<void>,
    private logger?: SimLogger,
  ) {
    state.updates.onPush(() => this.kick());
  }

  kick(): void {
    this.wake?.();
    if (!this.running && !this.stopped && this.state.webhook && this.state.updates.pendingCount > 0) void this.loop();
  }

  stop(): void {
    this.stopped = true;
    this.wake?.();
  }

  private pause(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const timer = setTimeout(done, ms);
      timer.unref();
      function done() {
        clearTimeout(timer);
        resolve();
      }
      this.wake = done;
    });
  }

  private async loop(): Promise<void> {
    this.running = true;
    let failures = 0;
    try {
      while (!this.stopped && this.state.webhook && this.state.updates.pendingCount > 0) {
        const hook = this.state.webhook;
        const update = this.state.updates.peek(1)[0]!;
        try {
          const res = await fetch(hook.url, {
            method: "POST",
            headers: {
              "content-type": "application/json",
              ...(hook.secretToken ? { "x-telegram-bot-api-secret-token": hook.secretToken } : {}),
            },
            body: JSON.stringify(update),
            signal: AbortSignal.timeout(60_000),
          });
          const text = await res.text();
          if (!res.ok) throw new Error(`HTTP ${res.status}`);
          this.state.updates.confirm(update.update_id + 1);
          failures = 0;
          await this.webhookReply(text);
        } catch (e) {
          failures++;
          this.logger?.info(
            { url: hook.url, err: (e as Error).message, failures },
            "simulator: webhook delivery failed, retrying",
          );
          await this.pause(Math.min(500 * 2 ** failures, 30_000));
        }
      }
    } finally {
      this.running = false;
      this.wake = undefined;
    }
  }

  private async webhookReply(text: string): Promise<void> {
    let body: unknown;
    try {
      body = JSON.parse(text);
    } catch {
      return;
    }
    if (body && typeof body === "object" && typeof (body as { method?: unknown }).method === "string") {
      const { method, ...params } = body as Record<string, unknown>;
      await this.call(method as string, params);
    }
  }
}
