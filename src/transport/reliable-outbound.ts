import type { Logger } from "pino";
import type { Outbound, OutboundCall, OutboundSms, SendResult } from "./outbound.js";

// Retries what can succeed on a second try: 429, 5xx, timeouts and dropped connections,
// with exponential backoff. A 4xx such as an invalid number is final at once.
export interface RetryOptions {
  attempts: number;
  baseDelayMs: number;
  sleep?: (ms: number) => Promise<void>;
}

export function isRetryable(err: unknown): boolean {
  const e = err as { status?: number; code?: string | number; message?: string };
  if (typeof e.status === "number") return e.status === 429 || e.status >= 500;
  return /timeout|ECONNRESET|ECONNREFUSED|ETIMEDOUT|ECONNABORTED|EAI_AGAIN|socket hang up|network/i.test(`${e.code ?? ""} ${e.message ?? ""}`);
}

export class ReliableOutbound implements Outbound {
  private readonly sleep: (ms: number) => Promise<void>;
  constructor(
    private readonly inner: Outbound,
    private readonly options: RetryOptions,
    private readonly log: Logger,
  ) {
    this.sleep = options.sleep ?? ((ms) => new Promise((r) => setTimeout(r, ms)));
  }

  sendSms(msg: OutboundSms): Promise<SendResult> {
    return this.retry("sms", () => this.inner.sendSms(msg));
  }

  call(msg: OutboundCall): Promise<SendResult> {
    return this.retry("call", () => this.inner.call(msg));
  }

  private async retry(kind: string, send: () => Promise<SendResult>): Promise<SendResult> {
    for (let attempt = 1; ; attempt++) {
      try {
        return await send();
      } catch (err) {
        const last = attempt >= this.options.attempts || !isRetryable(err);
        this.log.warn({ kind, attempt, status: (err as { status?: number }).status, final: last }, "outbound send failed");
        if (last) throw err;
        await this.sleep(this.options.baseDelayMs * 2 ** (attempt - 1));
      }
    }
  }
}
