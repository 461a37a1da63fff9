import { channel } from "node:diagnostics_channel";
import { localTime } from "../clinic/opening-hours.js";
import { retrieve, type Retrieval } from "../knowledge/retrieve.js";
import { toGsm } from "../text/gsm.js";
import { tokenize } from "../text/tokenize.js";
import { assess } from "../triage/assess.js";
import { daysSinceNamedDay } from "../triage/time-clues.js";
import type { Assessment } from "../triage/types.js";
import { composeReply, type Reply, type ReplyContext } from "./compose-reply.js";

export interface Answer {
  assessment: Assessment;
  retrieval: Retrieval;
  reply: Reply;
  /** True when the engine failed and the fail-safe answer was used instead. */
  failSafe?: boolean;
}

const FAIL_SAFE_TEXT =
  "Ring 112, hvis du har svært ved at synke, tale eller trække vejret. Din besked er sendt videre til lægen, som kontakter dig. " +
  "If you have trouble swallowing, speaking or breathing, call 112. Your message has been passed to the doctor.";

/**
 * The whole deterministic answer to one patient message: level, leaflet lookup and reply.
 * `at`, when the message was written, lets a weekday or a date in it count as days.
 */
export function answerMessage(text: string, ctx: ReplyContext = {}, at?: number): Answer {
  try {
    const assessment = assessAt(text, at);
    const retrieval = retrieve(text);
    return { assessment, retrieval, reply: composeReply(assessment, retrieval, ctx) };
  } catch {
    return failSafeAnswer();
  }
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
