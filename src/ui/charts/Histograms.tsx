// Per layer, the distribution of its outputs on the probe batch and, for dense layers, of
// its weight gradients. Saturated tanh piles up at ±1, dead ReLUs collapse onto 0, and a
// gradient std shrinking layer by layer (3e-3, 4e-5, 6e-7…) is a vanishing gradient.
import { useShallow } from 'zustand/react/shallow';
import type { LayerStatistics } from '../../engine/probe';
import type { Distribution } from '../../engine/stats';
import type { LayerSpec } from '../../spec/types';
import { useStore } from '../../store/store';
import { formatScientific, formatValue } from './format';
import { HistogramBars } from './HistogramBars';

const OUTPUT_COLOR = '#0072B2'; // Okabe–Ito blue
const GRADIENT_COLOR = '#D55E00'; // Okabe–Ito vermillion

/** "dense 16 relu", "dropout 0.2": the layer as the builder shows it. */
export function describeLayer(spec: LayerSpec | undefined): string {
  if (spec === undefined) return '';
  switch (spec.type) {
    case 'dense':
      return `dense ${spec.units} ${spec.activation}`;
    case 'activation':
      return spec.activation;
    case 'batchnorm':
      return 'batchnorm';
    case 'dropout':
      return `dropout ${spec.rate}`;
  }
}

export function Histograms() {
  const { layers, specs } = useStore(
    useShallow((s) => ({ layers: s.layers, specs: s.experiment.model.layers })),
  );
  return (
    <section className="d-histograms">
      <h3>Activations and gradients</h3>
      {layers === null ? (
        <p className="d-placeholder">Layer statistics appear once training starts.</p>
      ) : (
        <div className="d-histogram-grid">
          {layers.map((stats, i) => (
            <LayerPanel key={i} index={i} spec={specs[i]} stats={stats} />
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
}

function LayerPanel({ index, spec, stats }: PanelProps) {
  const name = `Layer ${index + 1}`;
  const kind = describeLayer(spec);
  const { gradient } = stats;
  const outputs = `mean ${formatValue(stats.mean)}, std ${formatValue(stats.std)}`;
  return (
    <div className="d-layer-panel">
      <h4 className="d-layer-title">{kind ? `${name} · ${kind}` : name}</h4>
      <HistogramBars
        histogram={stats.histogram}
        color={OUTPUT_COLOR}
        label={`${name} outputs: ${outputs}`}
      />
      <p className="d-stat">
        outputs {outputs}
        <NonFinite distribution={stats} />
      </p>
      {gradient && (
        <>
          <HistogramBars
            histogram={gradient.histogram}
            color={GRADIENT_COLOR}
            label={`${name} weight gradients: std ${formatScientific(gradient.std)}`}
          />
          <p className="d-stat">
            weight gradients std {formatScientific(gradient.std)}
            <NonFinite distribution={gradient} />
          </p>
        </>
      )}
    </div>
  );
}

/** NaN and ±Infinity are left out of the histogram, so say how many there were. */
function NonFinite({ distribution }: { distribution: Distribution }) {
  if (!distribution.nonFinite) return null;
  return <span className="d-warning"> · {distribution.nonFinite} not finite</span>;
}
