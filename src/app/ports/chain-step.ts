/**
 * What a request on the platform's queue cost: the push requests made and the events in them,
 * counting what the consumers of those events push in turn. A job that runs as a chain of queue
 * events spends it from what Forge allows per invocation tree and per minute (app/queue-chain.ts).
 */
export interface QueueCost {
  pushes: number;
  events: number;
}

export const NO_COST: QueueCost = { pushes: 0, events: 0 };

export const addCosts = (a: QueueCost, b: QueueCost): QueueCost => ({
  pushes: a.pushes + b.pushes,
  events: a.events + b.events,
});

/** The next step of a chained job: what its tree may still push, and when it is due. */
export interface ChainStep {
  /** Push requests the step, and every step and request after it in the same tree, may make. */
  allowance: number;
  delayInSeconds: number;
}
