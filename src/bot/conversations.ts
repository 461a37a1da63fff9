import type { AnyMachineSnapshot, SnapshotFrom } from "xstate";
import { CONVERSATION_MACHINE_VERSION, conversationMachine, initialConversationContext } from "../flows/conversation.machine.js";
import type { ConversationRecord } from "../flows/records.js";
import type { Turn, TurnOptions } from "../store/store.js";
import { CLAIM_TTL_MS, type BotDeps } from "./deps.js";

type ConvSnapshot = SnapshotFrom<typeof conversationMachine>;
export const persist = (s: AnyMachineSnapshot) => ({ value: s.value as string, context: s.context });
const RATE_WINDOW_MS = 60_000;

/** A sender's turn, with the conversation restored into a snapshot the machine can move on. */
interface ConversationTurn {
  turn: Turn;
  snapshot: ConvSnapshot;
  /** Writes the new snapshot and the transcript, and ends the turn. */
  commit(snapshot: ConvSnapshot | null, entries: Parameters<Turn["commit"]>[1]): Promise<void>;
}

/** Starting a sender's turn and turning its stored record into a machine snapshot and back. */
export function conversationRecords({ config, stores, log }: BotDeps) {
  function restore(sender: string, record: ConversationRecord | null, at: number): ConvSnapshot {
    const fresh = (stopped = false) => {
      const context = initialConversationContext({ sender, at, idleMs: config.conversationIdleMinutes * 60_000, stopped });
      return conversationMachine.resolveState({ value: "idle", context }) as ConvSnapshot;
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
    return snapshot;
  }

  /** The sender's next turn (null: this MessageSid was handled already). */
  async function begin(sender: string, at: number, messageSid?: string): Promise<ConversationTurn | null> {
    const options: TurnOptions = { claimTtlMs: CLAIM_TTL_MS, rateWindowMs: RATE_WINDOW_MS, ...(messageSid ? { messageSid } : {}) };
    const turn = await stores.conversations.begin(sender, options);
    if (!turn) return null;
    const rev = turn.record?.rev ?? 0;
    return {
      turn,
      snapshot: restore(sender, turn.record, at),
      commit: (snapshot, entries) =>
        turn.commit(snapshot ? { version: CONVERSATION_MACHINE_VERSION, rev, snapshot: persist(snapshot) as ConversationRecord["snapshot"] } : null, entries),
    };
  }

  return { begin };
}

export type ConversationRecords = ReturnType<typeof conversationRecords>;
