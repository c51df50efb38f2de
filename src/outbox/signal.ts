// An in-process signal from enqueue to the drain loop: a new interactive row should go out now,
// not at the next poll tick, and a bulk batch being sent should let it through first.
type Listener = () => void;
const listeners = new Set<Listener>();
let generation = 0;

/** Called by enqueue when interactive rows were added. */
export function wakeOutbox(): void {
  generation += 1;
  for (const l of listeners) l();
}

/** Subscribe (the drain loop); returns the unsubscribe function. */
export function onOutboxWake(l: Listener): () => void {
  listeners.add(l);
  return () => listeners.delete(l);
}

/** Increases on every wake: a worker compares it to see whether interactive rows arrived meanwhile. */
export function wakeGeneration(): number {
  return generation;
}
