// The time source every layer takes as a dependency (tests pass a fixed or stepped one).
export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };
