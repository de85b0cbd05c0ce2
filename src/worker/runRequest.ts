// What a run worker is sent, checked before anything runs: the worker trusts nothing it
// receives, and a document that would throw deep in the engine is refused here with the
// field it is about.
import { bool, num, record } from '../spec/check';
import { parseExperiment } from '../spec';
import type { RunRequest, TestRequest } from '../spec/protocol/runs';
import type { Experiment } from '../spec/types';

const RUN_FIELDS = ['base', 'experiment', 'test', 'statisticsMs', 'keepParams'];
const TEST_FIELDS = ['base', 'experiment', 'test'];

export function parseRunRequest(value: unknown): RunRequest {
  const raw = record(value, '', { owner: 'a run request', fields: RUN_FIELDS });
  return {
    ...parseShared(raw),
    statisticsMs: num(raw.statisticsMs, 'statisticsMs', { ge: 0 }),
    keepParams: bool(raw.keepParams, 'keepParams'),
  };
}

export function parseTestRequest(value: unknown): TestRequest {
  return parseShared(record(value, '', { owner: 'a test request', fields: TEST_FIELDS }));
}

function parseShared(raw: Record<string, unknown>): TestRequest {
  return {
    base: experiment(raw.base, 'base'),
    experiment: experiment(raw.experiment, 'experiment'),
    // The bounds of a search document's `test` (spec/search.ts).
    test: num(raw.test, 'test', { ge: 0, le: 0.5 }),
  };
}

/** The experiment's own message, said of which one it is (both have the same fields). */
function experiment(value: unknown, which: 'base' | 'experiment'): Experiment {
  try {
    return parseExperiment(value);
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    const name = which === 'base' ? 'base experiment (its data)' : 'experiment';
    throw new Error(`the run's ${name} is not valid: ${message}`, { cause: e });
  }
}
