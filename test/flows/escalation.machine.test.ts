import { initialTransition, transition } from "xstate";
import { describe, expect, it } from "vitest";
import type { CaseDraft } from "../../src/flows/effects.js";
import { escalationMachine, type CaseEvent } from "../../src/flows/escalation.machine.js";

const MIN = 60_000;
const draft = (level: CaseDraft["level"]): CaseDraft => ({ level, patient: "+4512345678", language: "da", summary: "x", findings: [], days: null, area: null, answers: {}, media: [] });
const open = (level: CaseDraft["level"], hasBackup = true) =>
  initialTransition(escalationMachine, { ref: "K1", draft: draft(level), at: 0, ackMs: { emergency: 5 * MIN, urgent: 15 * MIN }, digestAt: 10 * 60 * MIN, hasBackup, screenMs: 10 * MIN });
const kinds = (actions: { type: string; params?: unknown }[]) => actions.map((a) => `${a.type}:${(a.params as { to?: string }).to ?? ""}`);

describe("escalation machine (pure)", () => {
  it("pages at once and keeps an absolute deadline in its context", () => {
    const [s, actions] = open("emergency");
    expect(s.value).toBe("paged");
    expect(s.context.deadlineAt).toBe(5 * MIN);
    expect(kinds(actions)).toEqual(["page:doctor"]);
  });

  it("re-pages, calls, then pages the backup, one step per passed deadline", () => {
    let [s] = open("emergency");
    const steps: string[][] = [];
    for (const at of [5, 10, 15, 20].map((m) => m * MIN)) {
      const [next, actions] = transition(escalationMachine, s, { type: "timer.due", at });
      steps.push(kinds(actions));
      s = next;
    }
    expect(steps).toEqual([["page:doctor"], ["call:doctor"], ["page:backup", "call:doctor"], ["page:backup", "call:doctor"]]);
  });

  it("ignores a timer that fires before the deadline (a stale or early timer)", () => {
    const [s] = open("urgent");
    const [next, actions] = transition(escalationMachine, s, { type: "timer.due", at: 14 * MIN });
    expect(next.value).toBe("paged");
    expect(actions).toEqual([]);
  });

  it("can never be stuck after a restore: the deadline travels with the snapshot", () => {
    const [s] = open("emergency");
    const restored = escalationMachine.resolveState(JSON.parse(JSON.stringify({ value: s.value, context: s.context })));
    const [next, actions] = transition(escalationMachine, restored, { type: "timer.due", at: 60 * MIN });
    expect(next.value).toBe("repaged");
    expect(kinds(actions)).toEqual(["page:doctor"]);
  });

  it("stops at acknowledgement, and pages again when the patient's level rises to emergency", () => {
    let [s] = open("urgent");
    [s] = transition(escalationMachine, s, { type: "doctor.acked", at: MIN });
    expect(s.context.deadlineAt).toBeNull();
    const update: CaseEvent = { type: "case.update", at: 2 * MIN, level: "emergency", findings: ["breathing"], text: "kan ikke få luft", media: [], answers: {}, days: null, area: null };
    const [raised, actions] = transition(escalationMachine, s, update);
    expect(raised.value).toBe("paged");
    expect(raised.context.level).toBe("emergency");
    expect(kinds(actions)).toEqual(["page:doctor"]);
  });

  it("queues a review case for the digest and wakes no one", () => {
    const [s, actions] = open("review");
    expect(s.value).toBe("queued");
    expect(s.context.digestAt).toBe(10 * 60 * MIN);
    expect(actions).toEqual([]);
    expect(transition(escalationMachine, s, { type: "timer.due", at: 99 * 60 * MIN })[1]).toEqual([]);
  });

  it("forwards new patient messages on an alert case, but not on a review case", () => {
    const note: CaseEvent = { type: "case.update", at: MIN, level: "info", findings: [], text: "hej", media: [], answers: {}, days: null, area: null };
    expect(kinds(transition(escalationMachine, open("urgent")[0], note)[1])).toEqual(["notifyDoctor:"]);
    expect(transition(escalationMachine, open("review")[0], note)[1]).toEqual([]);
  });

  it("relays the doctor's text to the patient and counts it as an acknowledgement", () => {
    const [next, actions] = transition(escalationMachine, open("emergency")[0], { type: "doctor.relayed", at: MIN, text: "Jeg ringer nu" });
    expect(next.value).toBe("acknowledged");
    expect(actions[0]).toMatchObject({ type: "sendToPatient", params: { to: "+4512345678", text: "Jeg ringer nu" } });
  });
});
