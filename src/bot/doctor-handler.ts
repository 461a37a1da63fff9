import { DOCTOR_HELP, parseDoctorCommand } from "../flows/commands.js";
import { listText } from "../flows/case-texts.js";
import type { CaseEvent } from "../flows/escalation.machine.js";
import { rank } from "../triage/types.js";
import type { CaseRunner } from "./cases.js";
import type { BotDeps, InboundMessage } from "./deps.js";

/** The doctor's commands: acknowledge, relay, close, list, help. Returns the reply. */
export function doctorHandler({ stores, now, log }: BotDeps, cases: CaseRunner) {
  return async function handleDoctor(msg: InboundMessage): Promise<string> {
    const command = parseDoctorCommand(msg.body);
    const at = now();
    log.info({ command: command.kind }, "doctor command");
    if (command.kind === "help") return DOCTOR_HELP;
    if (command.kind === "list") {
      const open = await stores.cases.open();
      const state = new Map(open.map((r) => [r.ref, r.snapshot.value]));
      return listText(open.map((r) => r.snapshot.context).sort((a, b) => rank(b.level) - rank(a.level)), (c) => {
        const s = state.get(c.ref);
        return s === "acknowledged" ? "(kvitteret)" : s === "queued" ? "(venter på gennemgang)" : "(ikke kvitteret)";
      });
    }
    const event: CaseEvent = command.kind === "ack" ? { type: "doctor.acked", at } : command.kind === "close" ? { type: "doctor.closed", at } : { type: "doctor.relayed", at, text: command.text };
    const next = await cases.update(command.ref, event);
    if (!next) return `Kender ikke sagen ${command.ref}. Skriv LISTE for åbne sager.`;
    if (command.kind === "ack") return `${command.ref} er kvitteret.`;
    if (command.kind === "close") return `${command.ref} er lukket. Botten svarer patienten igen.`;
    return `Sendt til patienten i ${command.ref}.`;
  };
}
