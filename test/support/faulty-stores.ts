import type { Stores } from "../../src/store/store.js";

/**
 * A store whose conversations can be made unreachable, for everyone or for some senders, and
 * brought back: the store failing mid-conversation, as when the database is down. Reads of
 * the transcript always work, so a test can see what reached the conversation.
 */
export function faultyStores(base: Stores) {
  let failing: ((sender: string) => boolean) | null = null;
  const down = async (): Promise<never> => { throw new Error("store unavailable"); };
  const stores: Stores = {
    ...base,
    conversations: {
      begin: (sender, options) => (failing?.(sender) ? down() : base.conversations.begin(sender, options)),
      get: (sender) => (failing?.(sender) ? down() : base.conversations.get(sender)),
      transcript: (sender) => base.conversations.transcript(sender),
    },
  };
  return {
    stores,
    breakFor(which: (sender: string) => boolean = () => true) { failing = which; },
    heal() { failing = null; },
  };
}
