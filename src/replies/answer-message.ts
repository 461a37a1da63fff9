import { retrieve, type Retrieval } from "../knowledge/retrieve.js";
import { assess } from "../triage/assess.js";
import type { Assessment } from "../triage/types.js";
import { composeReply, type Reply, type ReplyContext } from "./compose-reply.js";

export interface Answer {
  assessment: Assessment;
  retrieval: Retrieval;
  reply: Reply;
}

/** The whole deterministic answer to one patient message: level, leaflet lookup and reply. */
export function answerMessage(text: string, ctx: ReplyContext = {}): Answer {
  const assessment = assess(text);
  const retrieval = retrieve(text);
  return { assessment, retrieval, reply: composeReply(assessment, retrieval, ctx) };
}
