import { appendFileSync, readFileSync, writeFileSync } from "node:fs";
import type { Logger } from "pino";
import type { CaseRecord } from "../flows/records.js";
import type { InboundMessage } from "./deps.js";

export interface FallbackEntry {
  msg: InboundMessage;
  at: number;
  /** The case already opened for this message: its conversation carries on in it. */
  caseRef?: string;
  /** That case as the fail-safe opened it, to be stored if the store did not take it then. */
  caseRecord?: CaseRecord;
  /** A doctor's acknowledgement of this case that the store could not take. */
  ack?: string;
}

// Messages that could not be handled normally (the store was down, say). They were answered
// by the fail-safe; here they wait to be replayed into their conversations once the store is
// back. Kept in a local file as well, so a restart does not lose them. Holds message text:
// the file belongs on the same protected disk as the rest of the health data.
// The file is a copy for restarts: when it cannot be written, the entries are kept in memory
// and the error is logged, so a full or read-only disk never costs a patient the answer.
export class FallbackLog {
  private entries: FallbackEntry[] = [];

  constructor(private readonly file: string | undefined, private readonly log: Logger) {
    if (!file) return;
    try {
      this.entries = readFileSync(file, "utf8").split("\n").filter(Boolean).map((l) => JSON.parse(l) as FallbackEntry);
    } catch {
      this.entries = [];
    }
  }

  add(entry: FallbackEntry): void {
    this.entries.push(entry);
    this.write(() => appendFileSync(this.file!, JSON.stringify(entry) + "\n", { mode: 0o600 }));
  }

  /** Notes the case a failed replay opened, so the next replay carries on in it. */
  attachCase(entry: FallbackEntry, caseRef: string): void {
    entry.caseRef = caseRef;
    this.rewrite();
  }

  pending(): FallbackEntry[] {
    return [...this.entries];
  }

  remove(done: FallbackEntry): void {
    this.entries = this.entries.filter((e) => e !== done && e.msg.messageSid !== done.msg.messageSid);
    this.rewrite();
  }

  private rewrite(): void {
    this.write(() => writeFileSync(this.file!, this.entries.map((e) => JSON.stringify(e) + "\n").join(""), { mode: 0o600 }));
  }

  private write(to: () => void): void {
    if (!this.file) return;
    try {
      to();
    } catch (err) {
      this.log.error({ err: (err as NodeJS.ErrnoException).code ?? (err as Error).message, pending: this.entries.length }, "fallback log not written; its messages are kept in memory only");
    }
  }
}
