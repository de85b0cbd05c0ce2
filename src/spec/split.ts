// How many samples a document's fractions hold out: the validation part (`validation`) and a
// search's test part (`test`). The rule is the document's, so validation can refuse a split
// that leaves nothing before any data exists; the engine (engine/data/split.ts) draws which
// samples they are.

/**
 * Samples held out for validation: Math.round(n·fraction), raised to at least 1 and capped
 * so that training keeps at least 1 sample; 0 for fraction 0 or a single sample.
 */
export function validationCount(n: number, fraction: number): number {
  if (fraction === 0) return 0;
  return Math.max(0, Math.min(Math.max(Math.round(n * fraction), 1), n - 1));
}

/**
 * Samples a search holds out for its one final test (extension): Math.round(n·fraction),
 * at least 1, and capped so that 2 samples remain for the training and validation parts.
 */
export function testCount(n: number, fraction: number): number {
  if (fraction === 0) return 0;
  return Math.max(0, Math.min(Math.max(Math.round(n * fraction), 1), n - 2));
}
