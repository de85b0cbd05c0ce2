// One k-means run as the section shows it, under its name and what its last step did: on
// 2-input data the points in their clusters with the centroids; on images each centroid as
// an image (the mean of its cluster's pictures); on other data each cluster's size.
import { useEffect, useRef } from 'react';
import type { KMeansData, KMeansPicture } from '../../../spec/protocol/classic';
import { SIZE } from '../../boundary/plot';
import { useCanvasLabelPx } from '../../classroom/presentation';
import { paintImage } from '../../pictures/pixels';
import { useT } from '../../i18n/useT';
import { drawKMeans } from './drawKMeans';
import { clusterSizes, lastStepLine, pictureName, startName } from './kmeansWords';
import { swatchStyle } from './marks';

interface Props {
  data: KMeansData;
  run: KMeansPicture;
  k: number;
}

export function KMeansRun({ data, run, k }: Props) {
  const t = useT();
  return (
    <figure className="d-kmeans-run">
      <div className="d-chart-header">
        <h3>{startName(t, run.start)}</h3>
        <span className="d-progress">
          {t('kmeans.progress', { placed: run.placed, k, steps: run.steps })}
        </span>
      </div>
      {data.points !== null && data.view !== null ? (
        <Scatter data={data} run={run} k={k} />
      ) : data.image !== null && data.pixelRange !== null ? (
        <Centroids data={data} run={run} k={k} />
      ) : (
        <Sizes run={run} k={k} />
      )}
      <figcaption className="d-kmeans-line">{lastStepLine(t, run, k)}</figcaption>
      {run.chances !== null && data.points !== null && (
        <p className="d-legend-note">{t('kmeans.chancesKey')}</p>
      )}
    </figure>
  );
}

function Scatter({ data, run, k }: Props) {
  const t = useT();
  const canvas = useRef<HTMLCanvasElement>(null);
  const labelPx = useCanvasLabelPx();
  useEffect(() => {
    if (canvas.current !== null) drawKMeans(canvas.current, data, run, labelPx);
  }, [data, run, labelPx]);
  const name = pictureName(t, run, k);
  return (
    <canvas
      ref={canvas}
      className="d-boundary-canvas"
      role="img"
      aria-label={name}
      style={{ width: SIZE, height: SIZE }}
    >
      {name}
    </canvas>
  );
}

/** Each centroid placed so far as an image, with its cluster's colour and size. */
function Centroids({ data, run, k }: Props) {
  const t = useT();
  const sizes = clusterSizes(run, k);
  return (
    <div className="d-kmeans-images" role="img" aria-label={pictureName(t, run, k)}>
      {Array.from({ length: run.placed }, (_, c) => (
        <div key={c} className="d-kmeans-image">
          <CentroidImage data={data} centroids={run.centroids} index={c} />
          <span className="d-legend-item">
            <span className="d-legend-swatch" style={swatchStyle(c)} />
            {run.assignment[0] === -1 ? '' : sizes[c]}
          </span>
        </div>
      ))}
    </div>
  );
}

function CentroidImage({
  data,
  centroids,
  index,
}: {
  data: KMeansData;
  centroids: Float32Array;
  index: number;
}) {
  const canvas = useRef<HTMLCanvasElement>(null);
  const [, height, width] = data.image!;
  useEffect(() => {
    if (canvas.current === null || data.image === null || data.pixelRange === null) return;
    paintImage(canvas.current, centroids, index * data.features, data.image, data.pixelRange);
  }, [data, centroids, index]);
  return <canvas ref={canvas} width={width} height={height} className="d-kmeans-pixels" />;
}

/** Data with neither a plane nor pictures: how many points each cluster holds. */
function Sizes({ run, k }: Omit<Props, 'data'>) {
  const t = useT();
  const sizes = clusterSizes(run, k);
  const assigned = run.assignment.length > 0 && run.assignment[0] !== -1;
  return (
    <table className="d-table d-kmeans-sizes">
      {/* Named as the other pictures are; the line above the table says it already. */}
      <caption className="d-sr-only">{pictureName(t, run, k)}</caption>
      <thead>
        <tr>
          <th scope="col">{t('kmeans.cluster')}</th>
          <th scope="col">{t('kmeans.points')}</th>
        </tr>
      </thead>
      <tbody>
        {sizes.map((size, c) => (
          <tr key={c}>
            <th scope="row">
              <span className="d-legend-item">
                <span className="d-legend-swatch" style={swatchStyle(c)} />
                {c + 1}
              </span>
            </th>
            <td>{c < run.placed && assigned ? size : '–'}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
