// The outbox wake across processes (several workers or instances on one PostgreSQL): an
// interactive row enqueued in one process sends NOTIFY, and every other process's listener wakes
// its drain loop at once, so whichever holds the "outbox-drain" lease sends the row now instead
// of at its next poll (about a second). The payload is the sender's holder id, so a process
// ignores its own notifications (its loop was woken in-process already). If the listener
// connection is down, nothing is sent or heard and the poll covers it; PGlite needs none of this.
import type { Logger } from "../logger.ts";
import { listenChannel } from "../db/listen.ts";
import { setPeerWake, wakeFromPeer } from "./signal.ts";

const OUTBOX_WAKE_CHANNEL = "kdkmp_outbox_wake";

export interface PeerWake {
  connected(): boolean;
  stop(): Promise<void>;
}

export function startPeerWake(o: {
  databaseUrl: string;
  holder: string;
  logger: Logger;
  onListening?: () => void;
}): PeerWake {
  const listener = listenChannel({
    url: o.databaseUrl,
    channel: OUTBOX_WAKE_CHANNEL,
    logger: o.logger,
    onListening: o.onListening,
    onNotify: (from) => {
      if (from !== o.holder) wakeFromPeer();
    },
  });
  const unset = setPeerWake(() => listener.notify(o.holder));
  return {
    connected: () => listener.connected(),
    async stop() {
      unset();
      await listener.stop();
    },
  };
}
