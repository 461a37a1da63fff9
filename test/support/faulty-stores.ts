import type { Stores, Turn } from "../../src/store/store.js";

type Which = (sender: string) => boolean;

/**
 * A store that fails on demand, as when the database is down: its conversations for some
 * senders (breakFor), their turns' writes (failCommitsFor), or all of it (breakAll), until
 * heal(). Reading a transcript always works, so a test can see what reached a conversation;
 * the spare case numbers are the instance's own and need no store.
 */
export function faultyStores(base: Stores) {
  let unreachable: Which | null = null;
  let commitsFail: Which | null = null;
  let allDown = false;
  const down = async (): Promise<never> => { throw new Error("store unavailable"); };
  const guard = <A extends unknown[], R>(call: (...args: A) => Promise<R>) => (...args: A): Promise<R> => (allDown ? down() : call(...args));
  const failingCommits = (turn: Turn): Turn => ({ ...turn, commit: async () => { await turn.end(); return down(); } });

  const stores: Stores = {
    ...base,
    conversations: {
      async begin(sender, options) {
        if (allDown || unreachable?.(sender)) return down();
        const turn = await base.conversations.begin(sender, options);
        return turn && commitsFail?.(sender) ? failingCommits(turn) : turn;
      },
      get: (sender) => (allDown || unreachable?.(sender) ? down() : base.conversations.get(sender)),
      transcript: (sender) => base.conversations.transcript(sender),
    },
    cases: {
      nextNumber: guard(() => base.cases.nextNumber()),
      spareNumber: () => base.cases.spareNumber(),
      get: guard((ref) => base.cases.get(ref)),
      put: guard((record) => base.cases.put(record)),
      open: guard(() => base.cases.open()),
      due: guard((at) => base.cases.due(at)),
      closedSince: guard((at) => base.cases.closedSince(at)),
    },
    claims: { claim: guard((sid, ttl) => base.claims.claim(sid, ttl)) },
    lock: { run: (key, task) => (allDown ? down() : base.lock.run(key, task)) },
    deliveries: { remember: guard((sid, info, ttl) => base.deliveries.remember(sid, info, ttl)), lookup: guard((sid) => base.deliveries.lookup(sid)) },
    counters: { hit: guard((key, ms) => base.counters.hit(key, ms)) },
    ping: async () => !allDown && (await base.ping()),
  };
  return {
    stores,
    breakFor(which: Which = () => true) { unreachable = which; },
    failCommitsFor(which: Which) { commitsFail = which; },
    breakAll() { allDown = true; },
    heal() { unreachable = null; commitsFail = null; allDown = false; },
  };
}
