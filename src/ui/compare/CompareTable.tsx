// One row per run: where it ended, its best validation figure and when, how long it took.
import type { CompareRun } from '../../store/compareState';
import { useSampled } from '../../store/sampled';
import type { State } from '../../store/store';
import { formatPercent, formatSeconds, formatValue } from '../charts/format';
import { runColor } from './CompareCharts';

const TABLE_MS = 250;
const selectRuns = (s: State) => s.compare.runs;

const STATUS: Record<CompareRun['status'], string> = {
  queued: 'waiting',
  running: 'training',
  done: 'done',
  diverged: 'diverged',
  cancelled: 'cancelled',
  failed: 'failed',
};

export function CompareTable() {
  const runs = useSampled(selectRuns, TABLE_MS);
  if (runs.length === 0) return null;
  return (
    <table className="d-table">
      <caption>Summary</caption>
      <thead>
        <tr>
          <th scope="col">Run</th>
          <th scope="col">Status</th>
          <th scope="col">Epochs</th>
          <th scope="col">Final validation</th>
          <th scope="col">Best validation</th>
          <th scope="col">Epoch of best</th>
          <th scope="col">Time</th>
        </tr>
      </thead>
      <tbody>
        {runs.map((r, k) => {
          const last = r.epochs.at(-1);
          const best = r.summary?.best ?? null;
          return (
            <tr key={k}>
              <th scope="row">
                <span className="d-legend-swatch" style={{ background: runColor(k) }} /> {r.label}
              </th>
              <td title={r.message ?? undefined}>
                {STATUS[r.status]}
                {r.message !== null && r.status !== 'done' && (
                  <span className="d-sr-only">: {r.message}</span>
                )}
              </td>
              <td>{last?.epoch ?? 0}</td>
              <td>{last ? finalText(last.valAccuracy, last.valLoss) : '–'}</td>
              <td>{best ? bestText(best.metric, best.value) : '–'}</td>
              <td>{best?.epoch ?? '–'}</td>
              <td>{r.summary ? formatSeconds(r.summary.seconds) : '–'}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

function finalText(accuracy: number | null, loss: number | null): string {
  if (accuracy !== null) return formatPercent(accuracy);
  return loss !== null ? `loss ${formatValue(loss)}` : '–';
}

function bestText(metric: string, value: number): string {
  if (metric === 'valAccuracy') return formatPercent(value);
  return `${metric === 'valLoss' ? 'loss' : 'training loss'} ${formatValue(value)}`;
}
