// Metric histories as CSV (RFC 4180): a header line, then one record per row, lines ending
// in CRLF; a field with a comma, a quote or a line break is quoted, its quotes doubled. A
// value that does not apply (no validation part, regression's accuracy) is an empty cell.
import type { EpochPoint } from '../../spec/protocol/training';

export type Cell = string | number | null;

export function toCsv(rows: readonly (readonly Cell[])[]): string {
  return rows.map((row) => row.map(field).join(',') + '\r\n').join('');
}

function field(value: Cell): string {
  const text = value === null ? '' : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

const EPOCH_COLUMNS = ['epoch', 'loss', 'accuracy', 'valLoss', 'valAccuracy'] as const;

function epochCells(e: EpochPoint): Cell[] {
  return [e.epoch, e.loss, e.accuracy, e.valLoss, e.valAccuracy];
}

/** One row per epoch: the losses and accuracies over the whole training and validation parts. */
export function epochsCsv(epochs: readonly EpochPoint[]): string {
  return toCsv([EPOCH_COLUMNS, ...epochs.map(epochCells)]);
}

/** One row per optimizer step kept: the loss of that step's minibatch. */
export function stepsCsv(steps: readonly (readonly [number, number])[]): string {
  return toCsv([['step', 'loss'], ...steps]);
}

/** One row per run and epoch, the run named by its label. */
export function runsCsv(runs: readonly { label: string; epochs: readonly EpochPoint[] }[]): string {
  return toCsv([
    ['run', ...EPOCH_COLUMNS],
    ...runs.flatMap((r) => r.epochs.map((e) => [r.label, ...epochCells(e)])),
  ]);
}
