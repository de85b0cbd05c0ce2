// Small multiples: each run's layer outputs side by side, one row per run, so initializers
// (or batch norm, or activations) can be compared at a glance: saturated, collapsed, alive.
import { useSampled } from '../../store/sampled';
import type { State } from '../../store/store';
import { HistogramBars } from '../charts/HistogramBars';
import { formatValue } from '../charts/format';
import { useT } from '../i18n/useT';
import { runColor } from './CompareCharts';
import { settingText } from './settingText';

const HISTOGRAM_MS = 1000;
const selectRuns = (s: State) => s.compare.runs;

export function CompareHistograms() {
  const t = useT();
  const runs = useSampled(selectRuns, HISTOGRAM_MS);
  if (!runs.some((r) => r.layers !== null)) return null;
  return (
    <div className="d-small-multiples">
      <h3>{t('compare.layerOutputs')}</h3>
      {runs.map((r, k) =>
        r.layers === null ? null : (
          <div key={k} className="d-multiple-row">
            <h4>
              <span className="d-legend-swatch" style={{ background: runColor(k) }} />{' '}
              {settingText(t, r.setting)}
            </h4>
            <div className="d-multiple-cells">
              {r.layers.map((layer, i) => (
                <div key={i}>
                  <span className="d-stat">
                    {t('compare.layerStd', { n: i + 1, std: formatValue(layer.std) })}
                  </span>
                  <HistogramBars
                    histogram={layer.histogram}
                    color={runColor(k)}
                    label={t('compare.layerLabel', {
                      run: settingText(t, r.setting),
                      n: i + 1,
                      mean: formatValue(layer.mean),
                      std: formatValue(layer.std),
                    })}
                  />
                </div>
              ))}
            </div>
          </div>
        ),
      )}
    </div>
  );
}
