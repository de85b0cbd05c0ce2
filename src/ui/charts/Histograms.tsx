// Per layer, the distribution of its outputs on the probe batch and, for dense layers, of
// its weight gradients. Saturated tanh piles up at ±1, dead ReLUs collapse onto 0, and a
// gradient std shrinking layer by layer (3e-3, 4e-5, 6e-7…) is a vanishing gradient.
import type { Distribution, LayerStatistics } from '../../spec/protocol/statistics';
import type { LayerSpec } from '../../spec/types';
import { useSampled } from '../../store/sampled';
import { useStore, type State } from '../../store/store';
import { describeLayer } from '../builder/layerNames';
import { useT } from '../i18n/useT';
import { formatScientific, formatValue } from './format';
import { HistogramBars } from './HistogramBars';
import { flagText, useLayerFlags } from '../coach/layerFlags';

const OUTPUT_COLOR = '#0072B2'; // Okabe–Ito blue
const GRADIENT_COLOR = '#D55E00'; // Okabe–Ito vermillion

const selectLayers = (s: State) => s.layers;
const HISTOGRAM_MS = 250;
const HISTOGRAM_PHASE = 600;

export function Histograms() {
  const t = useT();
  const specs = useStore((s) => s.experiment.model.layers);
  // After the training charts and the per-class view (useSampled's phase): an epoch's end
  // brings all of them, and drawn in one task they would hold up a frame.
  const layers = useSampled(selectLayers, HISTOGRAM_MS, HISTOGRAM_PHASE);
  const flags = useLayerFlags();
  return (
    <section className="d-histograms">
      <h3>{t('histograms.heading')}</h3>
      {layers === null ? (
        <p className="d-placeholder">{t('histograms.empty')}</p>
      ) : (
        <div className="d-histogram-grid">
          {layers.map((stats, i) => (
            <LayerPanel
              key={i}
              index={i}
              spec={specs[i]}
              stats={stats}
              flag={flagText(t, flags, [i])}
            />
          ))}
        </div>
      )}
    </section>
  );
}

interface PanelProps {
  index: number;
  spec: LayerSpec | undefined;
  stats: LayerStatistics;
  /** What the coach found in this layer ("dead units"), or null. */
  flag: string | null;
}

function LayerPanel({ index, spec, stats, flag }: PanelProps) {
  const t = useT();
  const name = t('common.layer', { n: index + 1 });
  const kind = describeLayer(t, spec);
  const { gradient } = stats;
  const outputs = t('histograms.meanStd', {
    mean: formatValue(stats.mean),
    std: formatValue(stats.std),
  });
  return (
    <div className={flag ? 'd-layer-panel d-flagged' : 'd-layer-panel'}>
      <h4 className="d-layer-title">{kind ? `${name} · ${kind}` : name}</h4>
      {flag && (
        <p className="d-flag" role="note">
          {t('coach.layerMark', { found: flag })}
        </p>
      )}
      <HistogramBars
        histogram={stats.histogram}
        color={OUTPUT_COLOR}
        label={t('histograms.outputsLabel', { layer: name, stats: outputs })}
      />
      <p className="d-stat">
        {t('histograms.outputs', { stats: outputs })}
        <NonFinite distribution={stats} />
      </p>
      {gradient && (
        <>
          <HistogramBars
            histogram={gradient.histogram}
            color={GRADIENT_COLOR}
            label={t('histograms.gradientsLabel', {
              layer: name,
              std: formatScientific(gradient.std),
            })}
          />
          <p className="d-stat">
            {t('histograms.gradients', { std: formatScientific(gradient.std) })}
            <NonFinite distribution={gradient} />
          </p>
        </>
      )}
    </div>
  );
}

/** NaN and ±Infinity are left out of the histogram, so say how many there were. */
function NonFinite({ distribution }: { distribution: Distribution }) {
  const t = useT();
  if (!distribution.nonFinite) return null;
  return (
    <span className="d-warning">
      {' · '}
      {t('histograms.nonFinite', { count: distribution.nonFinite })}
    </span>
  );
}
