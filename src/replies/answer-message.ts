import { channel } from "node:diagnostics_channel";
import { localTime } from "../clinic/opening-hours.js";
import { retrieve, type Retrieval } from "../knowledge/retrieve.js";
import { toGsm } from "../text/gsm.js";
import { tokenize } from "../text/tokenize.js";
import { assess } from "../triage/assess.js";
import { readWithTreatment, type TreatmentContext, type TreatmentReading } from "../triage/treatment-rules.js";
import { daysSinceNamedDay } from "../triage/time-clues.js";
import { rank, type Assessment } from "../triage/types.js";
import { composeReply, type Reply, type ReplyContext } from "./compose-reply.js";
import { treatmentNotes } from "./treatment-words.js";

export interface Answer {
  assessment: Assessment;
  retrieval: Retrieval;
  reply: Reply;
  /** True when the engine failed and the fail-safe answer was used instead. */
  failSafe?: boolean;
  /** What the patient's treatment record added, when there is one. */
  treatment?: TreatmentReading;
}

const FAIL_SAFE_TEXT =
  "Ring 112, hvis du har svært ved at synke, tale eller trække vejret. Din besked er sendt videre til lægen, som kontakter dig. " +
  "If you have trouble swallowing, speaking or breathing, call 112. Your message has been passed to the doctor.";

/**
 * The whole deterministic answer to one patient message: level, leaflet lookup and reply.
 * `at`, when the message was written, lets a weekday or a date in it count as days.
 * `treatment`, the clinic's record of the sender's latest treatment, lets the treatment rules
 * (src/triage/treatment-rules.ts) raise the level and choose the leaflet's words.
 */
export function answerMessage(text: string, ctx: ReplyContext = {}, at?: number, treatment?: TreatmentContext | null): Answer {
  try {
    const retrieval = retrieve(text);
    // A treatment had, told in the words or on the clinic's record: read once, and only if asked.
    let treated: boolean | undefined;
    const treatedAlready = () => (treated ??= (treatment != null && at !== undefined && treatment.treatedAt <= at) || TREATED_ALREADY.test(tokenize(text).folded));
    const own = askedBefore(wantedTreated(assessAt(text, at), retrieval, treatedAlready), retrieval, treatedAlready);
    const reading = treatment && at !== undefined ? readWithTreatment(own, text, treatment, at) : null;
    const assessment = reading?.assessment ?? own;
    const reply = composeReply(assessment, retrieval, ctx, reading ? treatmentNotes(reading.words, treatment!) : undefined);
    return { assessment, retrieval, reply, ...(reading ? { treatment: reading } : {}) };
  } catch {
    return failSafeAnswer();
  }
}

// A question about what a treatment can do for something ("hollow under-eyes and thin lips:
// filler or skinbooster?", "kan botox hjælpe på mine hængende mundvige?") names the thing to be
// treated, not a reaction to a treatment had. Only below urgent, only when neither the words nor
// the clinic's record tell of a treatment already had; the findings are then answered as asked.
const WHAT_TREATS = new Set(["other-treatments", "treatment-areas"]);
const TREATED_ALREADY = /\b(?:efter (?:botox|behandling|behandlingen|min behandling)|behandling af|siden (?:behandlingen|botox)|fik (?:botox|lavet|behandlet)|blev behandlet|har faet botox|dage siden|uger siden|had (?:botox|it done|my)|after (?:the|my) (?:treatment|botox|injections)|since (?:the|my) (?:treatment|botox)|days ago|weeks ago|injected|behandlet (?:i|for|pa))\b/;

function wantedTreated(a: Assessment, r: Retrieval, treatedAlready: () => boolean): Assessment {
  const asksWhatTreats = r.routes.some((route) => route.topic && WHAT_TREATS.has(route.topic)) || r.routes.some((route) => route.id === "other-use");
  if (!asksWhatTreats || !a.isQuestion || a.screen || (a.level !== "expected" && a.level !== "review")) return a;
  if (treatedAlready()) return a;
  return { ...a, level: "info", ownLevel: "info", findings: [], asked: [...a.asked, ...a.findings], missingInfo: [] };
}

// Whether someone with an illness may be treated at all ("min mor har KOL og sover med ilt, må
// hun få botox?") tells of the illness, not of a reaction: the clinic answers it. Only a screen
// for an unplaced statement is so explained, never a vital function told with a change, and
// only while neither the words nor the clinic's record tell of a treatment already had.
function askedBefore(a: Assessment, r: Retrieval, treatedAlready: () => boolean): Assessment {
  if (!a.isQuestion || a.screen?.reason !== "unplaced" || rank(a.ownLevel) >= rank("urgent")) return a;
  if (!r.routes.some((route) => route.overrides) || treatedAlready()) return a;
  return { ...a, level: a.ownLevel, screen: null };
}

// The bench's probe (bench/triage-probe.mjs) listens here to time triage inside the loaded
// server, in microseconds; with nobody listening it costs one check.
const triageTimes = channel("akutlinje:triage");

function timedAssess(text: string): Assessment {
  if (!triageTimes.hasSubscribers) return assess(text);
  const started = performance.now();
  const assessment = assess(text);
  triageTimes.publish((performance.now() - started) * 1000);
  return assessment;
}

// "i tirsdags", "since Tuesday", "d. 3/11" count from the day the message was written, in
// Copenhagen. The rules read days from words, as they read "3 dage siden"; so those days are
// read with the message, as a line of their own, and the rules settle what they mean.
function assessAt(text: string, at: number | undefined): Assessment {
  const assessment = timedAssess(text);
  if (at === undefined) return assessment;
  const named = daysSinceNamedDay(tokenize(text).folded, localTime(at));
  if (named === null || named <= (assessment.daysSinceTreatment ?? -1)) return assessment;
  return timedAssess(`${text}\n${named} ${assessment.language === "da" ? "dage siden" : "days ago"}`);
}

/**
 * Used when the engine itself throws: the message cannot be read, so it is treated as
 * urgent (a person looks at it tonight) and the patient gets the 112 advice in both languages.
 */
export function failSafeAnswer(): Answer {
  return {
    assessment: { level: "urgent", findings: [], language: "da", missingInfo: [], asked: [], isQuestion: false, daysSinceTreatment: null, area: null, screen: null, ownLevel: "urgent", about: "self" },
    retrieval: { route: null, routes: [], sources: [], answered: false, smallTalk: null },
    reply: { text: toGsm(FAIL_SAFE_TEXT), answered: false, sources: [] },
    failSafe: true,
  };
}
