// A run worker of the pool (pool.ts): a thin adapter over RunJob, served through the
// bridge. Requests arrive as plain JSON and are validated here again (the worker trusts
// nothing it is sent); updates go out through one long-lived callback. They hold no typed
// arrays (histograms and parameters are plain arrays), so there is nothing to move.
import type { DatasetFileReader } from '../engine/data/dataset';
import { statusUpdate, type RunUpdate } from '../spec/protocol/runs';
import { isFinalStatus } from '../spec/protocol/runStatus';
import { serve } from './bridge';
import { createDefer } from './defer';
import { RunJob } from './runJob';
import { parseRunRequest, parseTestRequest } from './runRequest';

function jobs(read: DatasetFileReader) {
  /** The page's callback: a comlink proxy, so a call returns once the page has handled it. */
  let listener: ((update: RunUpdate) => unknown) | null = null;
  const job = new RunJob({ read, now: () => performance.now(), defer: createDefer() });

  return {
    /** The page's one update callback (a comlink proxy), for good. */
    subscribe(onUpdate: (update: RunUpdate) => void): void {
      listener = onUpdate;
    },
    /**
     * Trains the request's experiment, its updates going to the subscribed callback; settles
     * once the run is over. It waits for the page to acknowledge the final update: the update
     * travels on the callback's port and this answer on the worker's, and messages on two
     * ports may arrive in either order, so the page has the whole run before this settles.
     */
    start(request: unknown): Promise<void> {
      return new Promise((resolve) => {
        const send = (update: RunUpdate) => {
          const received = listener?.(update);
          if (isFinalStatus(update.status)) {
            void Promise.resolve(received).then(
              () => resolve(),
              () => resolve(), // the page's callback threw: the run is over all the same
            );
          }
        };
        try {
          job.start(parseRunRequest(request), send);
        } catch (e) {
          const message = e instanceof Error ? e.message : String(e);
          send(statusUpdate('failed', { key: 'pool.requestRefused', vars: { message } }));
        }
      });
    },
    cancel: () => job.cancel(),
    evaluateTest: (request: unknown) => job.evaluateTest(parseTestRequest(request)),
  };
}

export type RunApi = ReturnType<typeof jobs>;

serve(jobs);
