import { createActor, type ActorScope, type AnyStateMachine, type EventFromLogic, type ExecutableActionsFrom, type InputFrom, type SnapshotFrom } from "xstate";

// xstate's transition()/initialTransition() build a throwaway actor on every call, and that
// actor computes the machine's initial state (context factory included) only to discard it:
// half the cost of a message. These two do the same pure computation over one inert scope per
// machine, built once. Safe because a transition is synchronous and our machines spawn no
// children, send nothing and defer nothing: the scope only collects the named effects.
interface Inert {
  scope: ActorScope<never, never>;
  sink: unknown[] | null;
}

const scopes = new WeakMap<AnyStateMachine, Inert>();

function inert(machine: AnyStateMachine): Inert {
  const known = scopes.get(machine);
  if (known) return known;
  const self = createActor(machine);
  const made: Inert = { sink: null, scope: null as never };
  made.scope = {
    self,
    system: self.system,
    id: "",
    sessionId: "",
    logger: () => undefined,
    defer: () => undefined,
    emit: () => undefined,
    stopChild: () => undefined,
    actionExecutor: (action: unknown) => void made.sink?.push(action),
  } as unknown as ActorScope<never, never>;
  scopes.set(machine, made);
  return made;
}

function collect<T>(machine: AnyStateMachine, run: (scope: ActorScope<never, never>) => T): [T, unknown[]] {
  const ctx = inert(machine);
  const actions: unknown[] = [];
  ctx.sink = actions;
  try {
    return [run(ctx.scope), actions];
  } finally {
    ctx.sink = null;
  }
}

/** The next snapshot and the effects to carry out, as xstate's transition() computes them. */
export function step<M extends AnyStateMachine>(machine: M, snapshot: SnapshotFrom<M>, event: EventFromLogic<M>): [SnapshotFrom<M>, ExecutableActionsFrom<M>[]] {
  const [next, actions] = collect(machine, (scope) => machine.transition(snapshot, event, scope as never));
  return [next as SnapshotFrom<M>, actions as ExecutableActionsFrom<M>[]];
}

/** The first snapshot and its effects, as xstate's initialTransition() computes them. */
export function start<M extends AnyStateMachine>(machine: M, input: InputFrom<M>): [SnapshotFrom<M>, ExecutableActionsFrom<M>[]] {
  const [first, actions] = collect(machine, (scope) => machine.getInitialSnapshot(scope as never, input));
  return [first as SnapshotFrom<M>, actions as ExecutableActionsFrom<M>[]];
}
