import { parseDoctorCommand } from "../flows/commands.js";
import type { CaseDraft } from "../flows/effects.js";
import { maskPhone } from "../log/mask.js";
import { answerMessage } from "../replies/answer-message.js";
import { rank, type Assessment } from "../triage/types.js";
import type { CaseRunner } from "./cases.js";
import type { BotDeps, Handled, InboundMessage } from "./deps.js";
import { TurnFailed } from "./patient-handler.js";

type Handle = (msg: InboundMessage) => Promise<Handled>;

// Twilio gives up on a webhook after 15 s and retries it, and the retry would find the
// message already claimed. So the answer goes back within the budget, whatever still runs.
export function withinBudget(handle: Handle, deps: BotDeps, isDoctor: (from: string) => boolean): Handle {
  return async (msg) => {
    let timer: NodeJS.Timeout | undefined;
    const late = new Promise<Handled>((resolve) => {
      timer = setTimeout(() => {
        deps.log.warn({ messageSid: msg.messageSid }, "handling ran over the webhook budget; answered from triage alone");
        if (isDoctor(msg.from)) return resolve({ replies: [], facts: { outcome: "over-budget" } });
        const { assessment, reply } = answerMessage(msg.body);
        resolve({ replies: [reply.text], facts: { outcome: "over-budget", triage: assessment.level } });
      }, deps.config.webhookBudgetMs);
    });
    try {
      return await Promise.race([handle(msg), late]);
    } finally {
      clearTimeout(timer);
    }
  };
}

const draftFromRules = (msg: InboundMessage, a: Assessment): CaseDraft => ({
  level: a.level, patient: msg.from, language: a.language, summary: msg.body.slice(0, 300),
  findings: a.findings.map((f) => f.sign), days: a.daysSinceTreatment, area: a.area, answers: {}, media: msg.media,
});

// Whatever breaks while handling a message, the patient still gets the rules' answer, and the
// message waits in the fallback log to be replayed into its conversation. A red flag still
// becomes a case that escalates: the turn's own case if it got that far, else one the
// fail-safe opens with a spare number and pages straight through the transport. Its page
// names the case, so the doctor's OK acknowledges it, and the replay stores it (should the
// store not take it now) and carries the conversation on in it.
export function failSafe(handle: Handle, deps: BotDeps, isDoctor: (from: string) => boolean, cases: CaseRunner): Handle {
  const { log, fallback } = deps;
  return async (msg) => {
    try {
      return await handle(msg);
    } catch (err) {
      log.error({ err: (err as Error).message, messageSid: msg.messageSid }, "message handling failed; fail-safe answer used");
      const at = deps.now();
      if (isDoctor(msg.from)) return doctorFailSafe(msg, at);
      const { assessment, reply } = answerMessage(msg.body);
      const answer = (caseRef?: string): Handled => ({ replies: [reply.text], facts: { outcome: "fail-safe", triage: assessment.level, ...(caseRef ? { caseRef } : {}) } });
      if (err instanceof TurnFailed) {
        fallback.add({ msg, at, caseRef: err.caseRef });
        return answer(err.caseRef);
      }
      const alert = rank(assessment.level) >= rank("urgent");
      const opened = alert ? cases.openFailSafe(draftFromRules(msg, assessment), at) : null;
      if (opened) {
        const caseRef = opened.snapshot.context.ref;
        fallback.add({ msg, at, caseRef, caseRecord: opened.record });
        await cases.runFailSafe(opened);
        return answer(caseRef);
      }
      fallback.add({ msg, at });
      // A photo the bot could not file, or a red flag with no case number left: the doctor is
      // told now, and the replay opens the case.
      if (alert || msg.media.length > 0) {
        if (alert) log.error({ triage: assessment.level }, "no spare case number; the doctor is told without one");
        const body = `FEJLSIKRING: besked fra ${msg.from} (${assessment.level}) kunne ikke behandles normalt: "${msg.body.slice(0, 200)}"`;
        await deps.outbound.sendSms({ to: deps.onCall.lastKnown(at).doctor, body }).catch((e: Error) => log.error({ err: e.message, from: maskPhone(msg.from) }, "fail-safe page failed"));
      }
      return answer();
    }
  };

  // The doctor's OK is what stops the escalation: one the store cannot take now is kept and
  // applied once it is back.
  function doctorFailSafe(msg: InboundMessage, at: number): Handled {
    const command = parseDoctorCommand(msg.body);
    if (command.kind !== "ack") return { replies: ["Fejl: kommandoen kunne ikke udføres. Prøv igen, eller ring til klinikken."], facts: { outcome: "fail-safe", command: command.kind } };
    fallback.add({ msg, at, ack: command.ref });
    return {
      replies: [`Din kvittering for ${command.ref} er modtaget. Systemet har en fejl lige nu, så den gemmes, så snart det virker igen.`],
      facts: { outcome: "fail-safe", command: "ack", caseRef: command.ref },
    };
  }
}
