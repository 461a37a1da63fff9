import { DOCTOR_HELP, LEVEL_HELP, parseDoctorCommand, type DoctorCommand } from "../flows/commands.js";
import { alreadyAckedText, levelOutcome, levelSetText, listText } from "../flows/case-texts.js";
import type { Actor } from "../flows/records.js";
import type { CaseEvent } from "../flows/escalation.machine.js";
import { rank } from "../triage/types.js";
import type { CaseRunner } from "./cases.js";
import { relayedText } from "./relay-texts.js";
import type { BotDeps, Handled, InboundMessage } from "./deps.js";

/** The doctor's commands: acknowledge, relay, close, list, help. */
export function doctorHandler(deps: BotDeps, cases: CaseRunner) {
  return async function handleDoctor(msg: InboundMessage): Promise<Handled> {
    const command = parseDoctorCommand(msg.body);
    const reply = await carryOut(command, deps.now(), await sender(msg.from));
    return { replies: [reply], facts: { outcome: "doctor", command: command.kind, ...("ref" in command ? { caseRef: command.ref } : {}) } };
  };

  /** Who wrote: the staff member with this number, else the doctor or the backup of the settings. */
  async function sender(from: string): Promise<Actor> {
    const phone = from.replace(/^whatsapp:/, "");
    const member = await deps.onCall.staffByPhone(phone).catch(() => null);
    return { name: member?.name ?? (phone === deps.config.backupPhone ? "Backup" : "Lægen"), via: "sms", ...(member ? { id: member.id } : {}) };
  }

  async function carryOut(command: DoctorCommand, at: number, by: Actor): Promise<string> {
    const { stores } = deps;
    if (command.kind === "help") return DOCTOR_HELP;
    if (command.kind === "levelUnclear") return LEVEL_HELP;
    if (command.kind === "list") {
      const open = await stores.cases.open();
      const state = new Map(open.map((r) => [r.ref, r.snapshot.value]));
      return listText(open.map((r) => r.snapshot.context).sort((a, b) => rank(b.level) - rank(a.level)), (c) => {
        const s = state.get(c.ref);
        return s === "acknowledged" ? "(kvitteret)" : s === "queued" ? "(venter på gennemgang)" : s === "screening" ? "(venter på patientens JA/NEJ)" : "(ikke kvitteret)";
      });
    }
    // A second OK (or the backup's after the doctor's) learns that someone has the case already.
    if (command.kind === "ack") {
      const record = await stores.cases.get(command.ref);
      if (record?.snapshot.value === "acknowledged") return alreadyAckedText(command.ref, record.snapshot.context.ackedAt, at);
      if (record?.snapshot.value === "closed") return `${command.ref} er allerede lukket.`;
    }
    const event: CaseEvent = command.kind === "ack" ? { type: "doctor.acked", at, by }
      : command.kind === "close" ? { type: "doctor.closed", at, by }
      : command.kind === "level" ? { type: "staff.levelChanged", at, level: command.level, reason: command.reason, by }
      : { type: "doctor.relayed", at, text: command.text, by };
    const moved = await cases.update(command.ref, event);
    if (!moved) return `Kender ikke sagen ${command.ref}. Skriv LISTE for åbne sager.`;
    if (moved.from === "closed") return `${command.ref} er allerede lukket.`;
    // Two OKs at once: the case lock lets one through, and the other learns it came second.
    if (command.kind === "ack" && moved.from === "acknowledged") return alreadyAckedText(command.ref, moved.snapshot.context.ackedAt, at);
    if (command.kind === "ack") return `${command.ref} er kvitteret.`;
    if (command.kind === "close") return `${command.ref} er lukket. Botten svarer patienten igen.`;
    if (command.kind === "level") return levelSetText(command.ref, moved.snapshot.context.level, levelOutcome(moved.from, moved.snapshot.value as string));
    return relayedText(command.ref, moved.relayed ?? "as-written");
  }
}
