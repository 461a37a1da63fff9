import { appendFileSync, readFileSync, writeFileSync } from "node:fs";
import type { InboundMessage } from "./bot.js";

export interface FallbackEntry {
  msg: InboundMessage;
  at: number;
}

// Messages that could not be handled normally (the store was down, say). They were answered
// by the fail-safe; here they wait to be replayed into their conversations once the store is
// back. Kept in a local file as well, so a restart does not lose them. Holds message text:
// the file belongs on the same protected disk as the rest of the health data.
export class FallbackLog {
  private entries: FallbackEntry[] = [];

  constructor(private readonly file: string | undefined) {
    if (!file) return;
    try {
      this.entries = readFileSync(file, "utf8").split("\n").filter(Boolean).map((l) => JSON.parse(l) as FallbackEntry);
    } catch {
      this.entries = [];
    }
  }

  add(entry: FallbackEntry): void {
    this.entries.push(entry);
    if (this.file) appendFileSync(this.file, JSON.stringify(entry) + "\n", { mode: 0o600 });
  }

  pending(): FallbackEntry[] {
    return [...this.entries];
  }

  remove(done: FallbackEntry): void {
    this.entries = this.entries.filter((e) => e !== done && e.msg.messageSid !== done.msg.messageSid);
    if (this.file) writeFileSync(this.file, this.entries.map((e) => JSON.stringify(e) + "\n").join(""), { mode: 0o600 });
  }
}
