import type { Logger } from "pino";
import type { Assist } from "../assist/openai-assist.js";
import type { Config } from "../config.js";
import type { MediaRef } from "../flows/records.js";
import type { MediaLinks } from "../media/media-links.js";
import type { JobQueues } from "../queue/job-queues.js";
import type { Stores } from "../store/store.js";
import type { TreatmentStore } from "../store/treatment-store.js";
import type { Outbound } from "../transport/outbound.js";
import type { FallbackLog } from "./fallback-log.js";
import type { OnCall } from "./on-call.js";

export interface InboundMessage {
  from: string;
  body: string;
  messageSid: string;
  media: MediaRef[];
}

/**
 * What became of a message, for the request's one log line: never the text or the number.
 * `outcome` says which path answered it.
 */
export interface HandledFacts {
  outcome: "patient" | "doctor" | "duplicate" | "fail-safe" | "over-budget";
  triage?: string;
  caseRef?: string | null;
  state?: string;
  media?: number;
  command?: string;
}

/** The texts to answer with (TwiML), and the facts for the log. */
export interface Handled {
  replies: string[];
  facts: HandledFacts;
}

export interface BotDeps {
  config: Config;
  stores: Stores;
  /** The clinic's treatments and their check-ins. */
  treatments: TreatmentStore;
  /** Sends with retries, straight out: for fallbacks and when the queue is down. */
  outbound: Outbound;
  now: () => number;
  log: Logger;
  /** Signed photo links; null in local mode, where the given media URL is used as it is. */
  links: MediaLinks | null;
  fallback: FallbackLog;
  /** Timers and sends: BullMQ on Redis, in-process in local mode. Without them, all runs inline. */
  jobs?: JobQueues;
  /** The raw transport, for queued sends (the queue does the retrying). */
  transport?: Outbound;
  /** The optional LLM assist (OPENAI_API_KEY); null or absent when off. */
  assist?: Assist | null;
  /** Who is on call, whose SMS are doctor's commands, and the opening hours: the console's rota, else the settings. */
  onCall: OnCall;
}

/** How long a MessageSid claim, a replay claim and a page's delivery record are kept. */
export const CLAIM_TTL_MS = 48 * 60 * 60 * 1000;
