// The signal from enqueue to the drain loop: a new interactive row should go out now, not at the
// next poll tick, and a bulk batch being sent should let it through first. In this process it is
// a plain callback; other processes on the same PostgreSQL hear it through peer-wake.ts (NOTIFY).
type Listener = () => void;
const listeners = new Set<Listener>();
let generation = 0;
let peers: (() => void) | undefined;

function wakeHere(): void {
  generation += 1;
  for (const l of listeners) l();
}

/** Called by enqueue when interactive rows were added: wakes this process's loop and the peers'. */
export function wakeOutbox(): void {
  wakeHere();
  peers?.();
}

/** Another process enqueued interactive rows (its NOTIFY arrived): wake this process's loop only. */
export function wakeFromPeer(): void {
  wakeHere();
}

/** How wakes reach other processes (peer-wake.ts); returns the function that removes it. */
export function setPeerWake(fn: () => void): () => void {
  peers = fn;
  return () => {
    if (peers === fn) peers = undefined;
  };
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
