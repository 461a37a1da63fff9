import { answerMessage } from "../src/replies/answer-message.js";
import { assess } from "../src/triage/assess.js";
import type { Level } from "../src/triage/types.js";

export const levelOf = (text: string): Level => assess(text).level;
export const signsOf = (text: string): string[] => assess(text).findings.map((f) => f.sign);
export const replyTo = (text: string) => answerMessage(text).reply;
