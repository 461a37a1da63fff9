import { closeSync, openSync } from "node:fs";
import { ConfigError, type Config } from "./config.js";

// The files the bot appends to while it runs. One it cannot write is reported at start-up,
// not found by the first emergency that needs it (the fail-safe's log during an outage).
export function checkWritableFiles(config: Config): void {
  const files: Record<string, string | undefined> = { FALLBACK_LOG: config.fallbackLog, OUTBOX_FILE: config.outboxFile };
  const problems: string[] = [];
  for (const [name, path] of Object.entries(files)) {
    if (!path) continue;
    try {
      closeSync(openSync(path, "a", 0o600));
    } catch (err) {
      problems.push(`${name} (${path}) cannot be written: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}; its directory must exist and be writable by the user the bot runs as`);
    }
  }
  if (problems.length) throw new ConfigError(problems.join("; "));
}
