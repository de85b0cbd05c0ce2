// The page's one classic-methods worker (worker/classic.worker.ts), shared by the view's
// sections (the classifiers, k-means, PCA, the curse), started on first use. A worker that
// died is replaced on the next call; the call that saw it die rejects with why.
import { startClassicWorker, type ClassicWorker } from '../worker/clients';

let worker: ClassicWorker | null = null;

export function classicWorker(): ClassicWorker {
  worker ??= startClassicWorker(() => (worker = null));
  return worker;
}
