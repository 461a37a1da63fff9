import { initialTransition, transition } from "xstate";
import { describe, expect, it } from "vitest";
import { contactPhrases } from "../../src/clinic/contact-phrases.js";
import { parseOpeningHours } from "../../src/clinic/opening-hours.js";
import { conversationMachine, type ConversationEvent } from "../../src/flows/conversation.machine.js";
import type { CaseDraft } from "../../src/flows/effects.js";
import { escalationMachine, type CaseEvent } from "../../src/flows/escalation.machine.js";
import { start, step } from "../../src/flows/step.js";

const AT = Date.parse("2026-11-26T20:00:00Z");
const MIN = 60_000;
const contact = contactPhrases(parseOpeningHours("mon-fri 08:00-16:00"), AT);
const sms = (text: string): ConversationEvent => ({ type: "sms.received", at: AT, text, media: [], contact });
const plain = (actions: { type: string; params?: unknown }[]) => actions.map((a) => ({ type: a.type, params: a.params }));
const draft: CaseDraft = { level: "emergency", patient: "+4512345678", language: "da", summary: "x", findings: [], days: null, area: null, answers: {}, media: [] };
const caseInput = { ref: "K1", draft, at: 0, ackMs: { emergency: 5 * MIN, urgent: 15 * MIN }, digestAt: 600 * MIN, hasBackup: true, screenMs: 10 * MIN };

// step()/start() replace xstate's transition()/initialTransition() in the hot path; they must
// compute exactly the same snapshots and effects, message after message.
describe("step and start", () => {
  it("walk a conversation exactly as transition() does", () => {
    const input = { sender: "+4512345678", at: AT, idleMs: 60 * MIN };
    let [ours, ourFirst] = start(conversationMachine, input);
    let [theirs, theirFirst] = initialTransition(conversationMachine, input);
    expect(ours.context).toEqual(theirs.context);
    expect(plain(ourFirst)).toEqual(plain(theirFirst));
    const events: ConversationEvent[] = [sms("Hvad koster det?"), sms("Jeg har hovedpine"), sms("3"), { type: "case.opened", ref: "K9" }, sms("Nu hænger øjenlåget"), { type: "keyword.stop", at: AT }, { type: "case.closed", ref: "K9" }];
    for (const event of events) {
      const [a, aActions] = step(conversationMachine, ours, event);
      const [b, bActions] = transition(conversationMachine, theirs, event);
      expect(a.value).toEqual(b.value);
      expect(a.context).toEqual(b.context);
      expect(plain(aActions)).toEqual(plain(bActions));
      [ours, theirs] = [a, b];
    }
    expect(ours.value).toBe("idle");
  });

  it("walk an escalation through its deadlines exactly as transition() does", () => {
    let [ours, ourFirst] = start(escalationMachine, caseInput);
    let [theirs, theirFirst] = initialTransition(escalationMachine, caseInput);
    expect(plain(ourFirst)).toEqual(plain(theirFirst));
    const events: CaseEvent[] = [5, 10, 15].map((m) => ({ type: "timer.due", at: m * MIN }) as CaseEvent);
    for (const event of events) {
      const [a, aActions] = step(escalationMachine, ours, event);
      const [b, bActions] = transition(escalationMachine, theirs, event);
      expect(a.value).toEqual(b.value);
      expect(a.context).toEqual(b.context);
      expect(plain(aActions)).toEqual(plain(bActions));
      expect(aActions.length).toBeGreaterThan(0);
      [ours, theirs] = [a, b];
    }
  });

  it("keeps no effects over from one step to the next", () => {
    const [first] = start(conversationMachine, { sender: "+4587654321", at: AT, idleMs: 60 * MIN });
    const [, emergency] = step(conversationMachine, first, sms("Jeg kan ikke trække vejret"));
    const [, question] = step(conversationMachine, first, sms("Hvad er botox?"));
    expect(emergency.map((a) => a.type)).toContain("openCase");
    expect(question.map((a) => a.type)).toEqual(["reply"]);
  });
});
