import { existsSync } from "node:fs";
import { chromium, type Browser } from "playwright-core";

// Debian's chromium, driven by playwright-core: no browser download. Playwright starts it as
// the leader of its own process group and kills the group on close; the suite's leftover check
// (global-leftovers.ts) fails the run should any of it still be running after the last test.
export const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

// Without the background-networking flags Chromium keeps trying hosts that this closed network refuses.
const FLAGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--disable-default-apps", "--mute-audio"];

export async function launchChromium(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) throw new Error(`no Chromium at ${CHROMIUM}: install Debian's package (apt-get install chromium), as .ci/run does`);
  return chromium.launch({ executablePath: CHROMIUM, headless: true, args: FLAGS, timeout: 30_000 });
}
