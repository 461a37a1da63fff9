import { appendFile } from "node:fs/promises";
import type { Logger } from "pino";
import type { Outbound, OutboundCall, OutboundSms, SendResult } from "./outbound.js";

export interface OutboxLine {
  to: string;
  body: string;
  mediaUrls: string[];
  kind: "sms" | "call";
  at: string;
}

/**
 * Local mode: every message or call is printed, and appended to OUTBOX_FILE when set. The
 * printed line is the message; a file that cannot be written is logged, never a failed send
 * (that would set off the fallback call for a page that was in fact printed).
 */
export class ConsoleTransport implements Outbound {
  constructor(
    private readonly print: (line: OutboxLine) => void,
    private readonly outboxFile: string | undefined,
    private readonly now: () => number,
    private readonly log?: Logger,
  ) {}

  async sendSms(msg: OutboundSms): Promise<SendResult> {
    return this.emit({ to: msg.to, body: msg.body, mediaUrls: msg.mediaUrls ?? [], kind: "sms", at: new Date(this.now()).toISOString() });
  }

  async call(msg: OutboundCall): Promise<SendResult> {
    return this.emit({ to: msg.to, body: msg.say, mediaUrls: [], kind: "call", at: new Date(this.now()).toISOString() });
  }

  private async emit(line: OutboxLine): Promise<SendResult> {
    this.print(line);
    if (this.outboxFile) {
      await appendFile(this.outboxFile, JSON.stringify(line) + "\n").catch((err: NodeJS.ErrnoException) => this.log?.error({ err: err.code ?? err.message, kind: line.kind }, "OUTBOX_FILE not written"));
    }
    return {};
  }
}

export function printReadably(line: OutboxLine): void {
  const media = line.mediaUrls.length ? `\n    [${line.mediaUrls.length} foto] ${line.mediaUrls.join(" ")}` : "";
  process.stdout.write(`\n>>> ${line.kind === "call" ? "OPKALD" : "SMS"} til ${line.to}\n    ${line.body}${media}\n`);
}
