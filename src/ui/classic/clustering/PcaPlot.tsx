// The scatter of PCA's first two components, with each axis's share of the variance beside
// it and the classes' names in a legend.
import { useEffect, useRef } from 'react';
import type { PcaResult } from '../../../spec/protocol/classic';
import { SIZE } from '../../boundary/plot';
import { formatPercent } from '../../charts/format';
import { useCanvasLabelPx } from '../../classroom/presentation';
import { useClassNames } from '../../i18n/useClassNames';
import { useT } from '../../i18n/useT';
import { drawPca } from './drawPca';
import { swatchStyle } from './marks';

export function PcaPlot({ result, dataset }: { result: PcaResult; dataset: string }) {
  const t = useT();
  const canvas = useRef<HTMLCanvasElement>(null);
  const labelPx = useCanvasLabelPx();
  const classNames = useClassNames(result.classNames);
  useEffect(() => {
    if (canvas.current !== null) drawPca(canvas.current, result, labelPx);
  }, [result, labelPx]);
  const axis = (n: number) => t('pca.axis', { n, share: formatPercent(result.shares[n - 1] ?? 0) });
  const name = t('pca.picture', { dataset, count: result.labels.length });
  return (
    <figure className="d-pca-figure">
      <div className="d-landscape-plot">
        <span className="d-landscape-y">{axis(2)}</span>
        <canvas
          ref={canvas}
          className="d-boundary-canvas"
          role="img"
          aria-label={name}
          style={{ width: SIZE, height: SIZE }}
        >
          {name}
        </canvas>
        <span className="d-landscape-x">{axis(1)}</span>
      </div>
      <figcaption className="d-legend">
        {classNames.map((className, k) => (
          <span key={k} className="d-legend-item">
            <span className="d-legend-swatch" style={swatchStyle(k)} />
            {className}
          </span>
        ))}
      </figcaption>
    </figure>
  );
}
