// comlink leaves a call waiting forever when its worker dies (a script that failed to load,
// an uncaught error, memory exhausted). The worker's error events reject the calls waiting,
// and every later one, so the page can say so and start another worker.
import type { Remote } from 'comlink';

/** How a worker died: it threw, it sent what could not be read, it went silent, it was stopped. */
export type DeathCause = 'crashed' | 'unreadable' | 'silent' | 'stopped';

/** The error a dead worker's calls reject with: `death` says how it died, for the page to word. */
export class WorkerDeath extends Error {
  constructor(
    readonly death: DeathCause,
    message: string,
  ) {
    super(message);
    this.name = 'WorkerDeath';
  }
}

/** How the worker behind a rejected call died; null when the call failed some other way. */
export function deathOf(error: unknown): DeathCause | null {
  return error instanceof WorkerDeath ? error.death : null;
}

export interface WorkerGuard {
  /** `call`, rejected instead if the worker dies first (or already has). */
  guarded<T>(call: () => Promise<T>): Promise<T>;
  /** Rejects every waiting call with `error`, and all later ones. */
  die(error: WorkerDeath): void;
  /** Why the worker died; null while it lives. */
  readonly dead: WorkerDeath | null;
}

/** Watches `worker` (called `name` in messages); `onDeath` hears once that it died. */
export function guardWorker(
  worker: EventTarget,
  name: string,
  onDeath: (error: WorkerDeath) => void = () => {},
): WorkerGuard {
  let dead: WorkerDeath | null = null;
  const waiting = new Set<(error: Error) => void>();
  const die = (error: WorkerDeath) => {
    if (dead !== null) return;
    dead = error;
    for (const reject of waiting) reject(error);
    waiting.clear();
    onDeath(error);
  };
  worker.addEventListener('error', (event) => {
    const { message } = event as Event & { message?: string }; // an ErrorEvent
    die(new WorkerDeath('crashed', message || `the ${name} failed to load or crashed`));
  });
  worker.addEventListener('messageerror', () =>
    die(new WorkerDeath('unreadable', `the ${name} sent a message that could not be read`)),
  );
  return {
    guarded<T>(call: () => Promise<T>): Promise<T> {
      if (dead !== null) return Promise.reject(dead);
      return new Promise<T>((resolve, reject) => {
        waiting.add(reject);
        call()
          .then(resolve, reject)
          .finally(() => waiting.delete(reject));
      });
    },
    die,
    get dead() {
      return dead;
    },
  };
}

/**
 * `remote` with every method call guarded: a dead worker's calls reject, not hang. The method
 * is looked up only once the guard lets the call through: a stopped worker's proxy, released,
 * throws on any lookup. (`then` stays comlink's own, so the remote is not taken for a promise.)
 */
export function guardedRemote<T>(remote: Remote<T>, guard: WorkerGuard): Remote<T> {
  return new Proxy(remote as object, {
    get(target, key) {
      if (typeof key !== 'string' || key === 'then') return Reflect.get(target, key);
      return (...args: unknown[]) =>
        guard.guarded(() =>
          (Reflect.get(target, key) as (...a: unknown[]) => Promise<unknown>)(...args),
        );
    },
  }) as Remote<T>;
}
