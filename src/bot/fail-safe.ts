import { maskPhone } from "../log/mask.js";
import { answerMessage } from "../replies/answer-message.js";
import { rank } from "../triage/types.js";
import type { BotDeps, Handled, InboundMessage } from "./deps.js";

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

// Whatever breaks while handling a message, the patient still gets the rules' answer, a red
// flag still reaches the doctor straight through the transport, and the message waits in
// the fallback log to be replayed into its conversation.
export function failSafe(handle: Handle, deps: BotDeps, isDoctor: (from: string) => boolean): Handle {
  return async (msg) => {
    try {
      return await handle(msg);
    } catch (err) {
      deps.log.error({ err: (err as Error).message, messageSid: msg.messageSid }, "message handling failed; fail-safe answer used");
      if (isDoctor(msg.from)) return { replies: ["Fejl: kommandoen kunne ikke udføres. Prøv igen, eller ring til klinikken."], facts: { outcome: "fail-safe" } };
      deps.fallback.add({ msg, at: deps.now() });
      const { assessment, reply } = answerMessage(msg.body);
      if (rank(assessment.level) >= rank("urgent") || msg.media.length > 0) {
        const body = `FEJLSIKRING: besked fra ${msg.from} (${assessment.level}) kunne ikke behandles normalt: "${msg.body.slice(0, 200)}"`;
        await deps.outbound.sendSms({ to: deps.config.doctorPhone, body }).catch((e: Error) => deps.log.error({ err: e.message, from: maskPhone(msg.from) }, "fail-safe page failed"));
      }
      return { replies: [reply.text], facts: { outcome: "fail-safe", triage: assessment.level } };
    }
  };
}
