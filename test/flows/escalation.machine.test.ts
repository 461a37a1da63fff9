import { initialTransition, transition } from "xstate";
import { describe, expect, it } from "vitest";
import type { CaseDraft } from "../../src/flows/effects.js";
import { escalationMachine, type CaseEvent } from "../../src/flows/escalation.machine.js";

const MIN = 60_000;
const draft = (level: CaseDraft["level"]): CaseDraft => ({ level, patient: "+4512345678", language: "da", summary: "x", findings: [], days: null, area: null, answers: {}, media: [] });
const open = (level: CaseDraft["level"], hasBackup = true, screen = false) =>
  initialTransition(escalationMachine, { ref: "K1", draft: { ...draft(level), screen }, at: 0, ackMs: { emergency: 5 * MIN, urgent: 15 * MIN }, digestAt: 10 * 60 * MIN, hasBackup, screenMs: 10 * MIN });
const answer = (screenAnswer: "yes" | "no" | "other", level: CaseDraft["level"], at = MIN): Extract<CaseEvent, { type: "case.update" }> =>
  ({ type: "case.update", at, level, findings: [], text: screenAnswer, media: [], answers: {}, days: null, area: null, screenAnswer });
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

  describe("a case opened with the red-flag screen", () => {
    it("waits for the answer until an absolute deadline, paging no one", () => {
      const [s, actions] = open("review", true, true);
      expect(s.value).toBe("screening");
      expect(s.context.deadlineAt).toBe(10 * MIN);
      expect(actions).toEqual([]);
      expect(transition(escalationMachine, s, { type: "timer.due", at: 9 * MIN })[1]).toEqual([]);
    });

    it("pages as urgent when no answer comes by the deadline, with the ack deadline after it", () => {
      const [next, actions] = transition(escalationMachine, open("review", true, true)[0], { type: "timer.due", at: 10 * MIN });
      expect(next.value).toBe("paged");
      expect(next.context.level).toBe("urgent");
      expect(next.context.screenAnswer).toBeNull();
      expect(next.context.deadlineAt).toBe(25 * MIN);
      expect(kinds(actions)).toEqual(["page:doctor"]);
    });

    it("pages an emergency at once on a yes", () => {
      const [next, actions] = transition(escalationMachine, open("review", true, true)[0], answer("yes", "emergency"));
      expect(next.value).toBe("paged");
      expect(next.context.level).toBe("emergency");
      expect(next.context.screenAnswer).toBe("yes");
      expect(kinds(actions)).toEqual(["page:doctor"]);
    });

    it("leaves the case at its own level on a no, at least review for the digest", () => {
      const [next, actions] = transition(escalationMachine, open("review", true, true)[0], answer("no", "info"));
      expect(next.value).toBe("queued");
      expect(next.context.level).toBe("review");
      expect(next.context.deadlineAt).toBeNull();
      expect(actions).toEqual([]);
    });

    it("keeps the higher level on anything else: urgent, paged now", () => {
      const [next, actions] = transition(escalationMachine, open("review", true, true)[0], answer("other", "expected"));
      expect(next.value).toBe("paged");
      expect(next.context.level).toBe("urgent");
      expect(kinds(actions)).toEqual(["page:doctor"]);
    });

    it("starts a screen of its own when a later message in a waiting case is screened", () => {
      const [queued] = open("review");
      const [next] = transition(escalationMachine, queued, { ...answer("other", "review", 2 * MIN), screenAnswer: undefined, screen: true });
      expect(next.value).toBe("screening");
      expect(next.context.deadlineAt).toBe(12 * MIN);
    });
  });

  it("relays the doctor's text to the patient and counts it as an acknowledgement", () => {
    const [next, actions] = transition(escalationMachine, open("emergency")[0], { type: "doctor.relayed", at: MIN, text: "Jeg ringer nu" });
    expect(next.value).toBe("acknowledged");
    expect(actions[0]).toMatchObject({ type: "sendToPatient", params: { to: "+4512345678", text: "Jeg ringer nu" } });
  });
});

describe("a level set by a person, with a reason", () => {
  const by = { name: "Dr. Hansen", via: "console" as const };
  const setLevel = (level: CaseDraft["level"], at = MIN): CaseEvent => ({ type: "staff.levelChanged", at, level, reason: "talt med patienten", by });

  it("raised to urgent on a case waiting for the digest, pages at once with a deadline at the new level", () => {
    const [s] = open("review");
    const [next, actions] = transition(escalationMachine, s, setLevel("urgent"));
    expect(next.value).toBe("paged");
    expect(next.context.deadlineAt).toBe(MIN + 15 * MIN);
    expect(kinds(actions)).toEqual(["page:doctor"]);
    expect(next.context.levelChanges).toEqual([{ at: MIN, from: "review", to: "urgent", reason: "talt med patienten", by }]);
  });

  it("lowered below urgent while paging, stops the escalation and is acknowledged by whoever lowered it", () => {
    const [s] = open("emergency");
    const [next, actions] = transition(escalationMachine, s, setLevel("review"));
    expect(next.value).toBe("acknowledged");
    expect(next.context.deadlineAt).toBeNull();
    expect(next.context.ackedBy).toEqual(by);
    expect(actions.filter((a) => a.type === "page" || a.type === "call")).toEqual([]);
  });

  it("raised on an acknowledged case, changes the level and pages no one", () => {
    const [s] = open("urgent");
    const [acked] = transition(escalationMachine, s, { type: "doctor.acked", at: MIN, by });
    const [next, actions] = transition(escalationMachine, acked, setLevel("emergency", 2 * MIN));
    expect(next.value).toBe("acknowledged");
    expect(next.context.level).toBe("emergency");
    expect(kinds(actions)).toEqual([]);
  });

  it("keeps the first acknowledger when a second OK comes", () => {
    const [s] = open("urgent");
    const [first] = transition(escalationMachine, s, { type: "doctor.acked", at: MIN, by });
    const [second] = transition(escalationMachine, first, { type: "doctor.acked", at: 2 * MIN, by: { name: "Dr. Berg", via: "sms" } });
    expect(second.context.ackedBy).toEqual(by);
    expect(second.context.ackedAt).toBe(MIN);
  });
});
