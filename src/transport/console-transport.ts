import { appendFile } from "node:fs/promises";
import type { Outbound, OutboundCall, OutboundSms, SendResult } from "./outbound.js";

export interface OutboxLine {
  to: string;
  body: string;
  mediaUrls: string[];
  kind: "sms" | "call";
  at: string;
}

/** Local mode: every message or call is printed, and appended to OUTBOX_FILE when set. */
export class ConsoleTransport implements Outbound {
  constructor(
    private readonly print: (line: OutboxLine) => void,
    private readonly outboxFile: string | undefined,
    private readonly now: () => number,
  ) {}

  async sendSms(msg: OutboundSms): Promise<SendResult> {
    return this.emit({ to: msg.to, body: msg.body, mediaUrls: msg.mediaUrls ?? [], kind: "sms", at: new Date(this.now()).toISOString() });
  }

  async call(msg: OutboundCall): Promise<SendResult> {
    return this.emit({ to: msg.to, body: msg.say, mediaUrls: [], kind: "call", at: new Date(this.now()).toISOString() });
  }

  private async emit(line: OutboxLine): Promise<SendResult> {
    this.print(line);
    if (this.outboxFile) await appendFile(this.outboxFile, JSON.stringify(line) + "\n");
    return {};
  }
}

export function printReadably(line: OutboxLine): void {
  const media = line.mediaUrls.length ? `\n    [${line.mediaUrls.length} foto] ${line.mediaUrls.join(" ")}` : "";
  process.stdout.write(`\n>>> ${line.kind === "call" ? "OPKALD" : "SMS"} til ${line.to}\n    ${line.body}${media}\n`);
}
