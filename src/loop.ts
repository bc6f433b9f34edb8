/**
 * A background loop shared by the inbox workers and the outbox dispatcher: run a round; when it
 * found nothing, sleep until poked or until the poll interval passes (other processes may add
 * work). stop() lets the round in progress finish, so no work is abandoned half-way.
 */
import type { Logger } from 'pino';

export interface Loop {
  poke(): void;
  stop(): Promise<void>;
}

export function startLoop(opts: { name: string; round: () => Promise<number>; pollMs: number; concurrency?: number; log: Logger }): Loop {
  let stopping = false;
  const waiters = new Set<() => void>();
  const wakeAll = (): void => {
    for (const w of [...waiters]) w();
  };
  // One waiter per poke: a stored message needs one worker, and a worker that finds work keeps
  // going by itself; waking all of them would have them fight over two cores for one message.
  const wakeOne = (): void => {
    const first = waiters.values().next();
    if (!first.done) first.value();
  };
  const sleep = (): Promise<void> =>
    new Promise((resolve) => {
      const t = setTimeout(done, opts.pollMs);
      function done(): void {
        clearTimeout(t);
        waiters.delete(done);
        resolve();
      }
      waiters.add(done);
    });
  const one = async (): Promise<void> => {
    while (!stopping) {
      let n = 0;
      try {
        n = await opts.round();
      } catch (e) {
        opts.log.error({ err: e instanceof Error ? e.message : String(e) }, `${opts.name} round failed`);
      }
      if (!n && !stopping) await sleep();
    }
  };
  const loops = Array.from({ length: opts.concurrency ?? 1 }, one);
  return {
    poke: wakeOne,
    stop: async () => {
      stopping = true;
      wakeAll();
      await Promise.all(loops);
    },
  };
}

/** Runs rounds until one finds nothing; returns the total (tests, simulate). */
export async function drainRounds(round: () => Promise<number>): Promise<number> {
  let total = 0;
  for (;;) {
    const n = await round();
    if (!n) return total;
    total += n;
  }
}
