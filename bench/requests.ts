import { readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import twilio from "twilio";

// The requests every target gets: Twilio-signed, a new sender and MessageSid each time, texts
// drawn from the labelled cases in the realistic mix of 40% questions, 30% expected effects,
// 20% review and 10% emergencies.
export const TOKEN = "bench-auth-token-0123456789";
export const PUBLIC = "https://akutlinje.bench";

interface Case { text: string; gold: string[] }
const root = fileURLToPath(new URL("..", import.meta.url));
export const cases: Case[] = readFileSync(join(root, "test/cases/triage-cases.jsonl"), "utf8").split("\n").filter(Boolean).map((l) => JSON.parse(l) as Case);
const pool = (level: string) => cases.filter((c) => c.gold.length === 1 && c.gold[0] === level).map((c) => c.text);
const MIX: Array<[number, string[]]> = [[0.4, pool("info")], [0.3, pool("expected")], [0.2, pool("review")], [0.1, pool("emergency")]];

/** The text of message number `seq`, so that any run of numbers follows the mix. */
export function textFor(seq: number): string {
  let r = (seq * 0.6180339887) % 1;
  let texts = MIX[0]![1];
  for (const [share, list] of MIX) {
    if (r < share) { texts = list; break; }
    r -= share;
  }
  return texts[seq % texts.length]!;
}

function body(seq: number): string {
  const fields = {
    From: `+45${String(seq).padStart(8, "0")}`, To: "+4593909978", Body: textFor(seq),
    MessageSid: `SM${seq.toString(16).padStart(32, "0")}`, NumMedia: "0", AccountSid: "AC" + "0".repeat(32),
  };
  return new URLSearchParams(fields).toString();
}

export interface SignedRequest { body: string; signature: string }

/** Request number `seq`: the same number always gives the same sender and MessageSid. */
export function signedRequest(seq: number): SignedRequest {
  const text = body(seq);
  return { body: text, signature: twilio.getExpectedTwilioSignature(TOKEN, `${PUBLIC}/sms`, Object.fromEntries(new URLSearchParams(text))) };
}
