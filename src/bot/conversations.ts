import type { AnyMachineSnapshot, SnapshotFrom } from "xstate";
import { CONVERSATION_MACHINE_VERSION, conversationMachine, initialConversationContext } from "../flows/conversation.machine.js";
import type { ConversationRecord } from "../flows/records.js";
import type { BotDeps } from "./deps.js";

export type ConvSnapshot = SnapshotFrom<typeof conversationMachine>;
export const persist = (s: AnyMachineSnapshot) => ({ value: s.value as string, context: s.context });

/** Loading and saving one sender's conversation, with the revision each write must name. */
export function conversationRecords({ config, stores, log }: BotDeps) {
  async function load(sender: string, at: number): Promise<{ snapshot: ConvSnapshot; rev: number }> {
    const record = await stores.conversations.get(sender);
    const rev = record?.rev ?? 0;
    const fresh = (stopped = false) => {
      const context = initialConversationContext({ sender, at, idleMs: config.conversationIdleMinutes * 60_000, stopped });
      return { snapshot: conversationMachine.resolveState({ value: "idle", context }) as ConvSnapshot, rev };
    };
    if (!record) return fresh();
    const stopped = Boolean(record.snapshot?.context?.stopped);
    if (record.version !== CONVERSATION_MACHINE_VERSION) {
      log.warn({ version: record.version }, "conversation from another machine version reset");
      return fresh(stopped);
    }
    let snapshot: ConvSnapshot;
    try {
      snapshot = conversationMachine.resolveState(record.snapshot as never) as ConvSnapshot;
    } catch {
      log.warn("unreadable conversation snapshot reset");
      return fresh(stopped);
    }
    // A conversation with an open case stays with the doctor; any other starts afresh when idle too long.
    if (snapshot.value === "idle" && at > snapshot.context.expiresAt) return fresh(stopped);
    return { snapshot, rev };
  }

  /** Writes the snapshot over the revision it was read at; returns the new revision. */
  async function save(sender: string, snapshot: ConvSnapshot, rev: number): Promise<number> {
    const record: ConversationRecord = { version: CONVERSATION_MACHINE_VERSION, rev, snapshot: persist(snapshot) as ConversationRecord["snapshot"] };
    await stores.conversations.put(sender, record);
    return rev + 1;
  }

  return { load, save };
}

export type ConversationRecords = ReturnType<typeof conversationRecords>;
