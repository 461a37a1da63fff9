// Times triage inside the bot while the bench loads it:
//   node --import ./bench/triage-probe.mjs dist/server.js   (with TRIAGE_PROBE_OUT=file.json)
// It listens where src/replies/answer-message.ts publishes each assessment's time, and writes
// the p50 and p99 to TRIAGE_PROBE_OUT when the process ends. SIGUSR2 starts the count afresh,
// so the warm-up is left out. Plain JavaScript: the server runs compiled, without tsx.
import { subscribe } from "node:diagnostics_channel";
import { writeFileSync } from "node:fs";
import { createHistogram } from "node:perf_hooks";

const out = process.env.TRIAGE_PROBE_OUT;
if (!out) throw new Error("triage-probe: set TRIAGE_PROBE_OUT");
// Nanoseconds: a histogram takes whole numbers.
const times = createHistogram();
subscribe("akutlinje:triage", (micros) => times.record(Math.max(1, Math.round(Number(micros) * 1000))));
process.on("SIGUSR2", () => times.reset());
process.once("exit", () => {
  const us = (p) => Math.round(times.percentile(p) / 100) / 10;
  writeFileSync(out, JSON.stringify({ count: times.count, p50: us(50), p99: us(99) }));
});
