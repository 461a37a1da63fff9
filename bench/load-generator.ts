// A load run in a process of its own:
//   node --import tsx bench/load-generator.ts URL SECONDS CONNECTIONS FIRST_SEQ [AMOUNT]
// With AMOUNT it sends exactly that many requests, however long they take, instead of running SECONDS.
// Signs its requests before it starts, so it spends the measured time sending, and its own
// garbage collection does not stall the process that reads the results. Prints one JSON line.
import autocannon from "autocannon";
import { signedRequest } from "./requests.js";

const [url, seconds, connections, first, count] = process.argv.slice(2);
const amount = count === undefined ? undefined : Number(count);
const duration = Number(seconds);
// More than the fastest target can take in that time, on any machine we know.
const signed = Array.from({ length: amount ?? Math.min(250_000, 12_000 * duration) }, (_, i) => signedRequest(Number(first) + i));
let next = 0;
const result = await autocannon({
  url: `${url}/sms`, connections: Number(connections),
  ...(amount ? { amount } : { duration }),
  requests: [{
    method: "POST",
    setupRequest: (req) => {
      const r = signed[next] ?? signedRequest(Number(first) + next);
      next++;
      return { ...req, path: "/sms", headers: { "content-type": "application/x-www-form-urlencoded", "x-twilio-signature": r.signature }, body: r.body };
    },
  }],
});
process.stdout.write(JSON.stringify({ rps: Math.round(result.requests.average), p50_ms: result.latency.p50, p99_ms: result.latency.p99, p999_ms: result.latency.p99_9, non2xx: result.non2xx, requests: result.requests.total, sent: next }) + "\n");
