// The network as TensorFlow Playground draws it: a column of nodes per layer with units,
// edges coloured by the weight's sign and thickened by its size, and, for 2-input data,
// each unit's node a small picture of what it responds to over the plotted window.
import { useEffect, useMemo, useRef } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { countParameters } from '../../spec';
import { isImage, sizeOf } from '../../spec/layers';
import type { ModelSpec } from '../../spec/types';
import type { DataSummary } from '../../spec/protocol/training';
import { useStore } from '../../store/store';
import { describeLayer } from '../builder/layerNames';
import { inputText } from '../builder/network';
import type { Translator } from '../i18n/translate';
import { className } from '../i18n/classNames';
import { useT } from '../i18n/useT';
import { DiagramEdges } from './DiagramEdges';
import { DiagramColumn } from './DiagramColumn';
import { flagText, useLayerFlags } from '../coach/layerFlags';
import { DiagramKey } from './DiagramKey';
import { DiagramTags } from './DiagramTags';
import { FeatureMaps } from './FeatureMaps';
import { layoutDiagram, sizesFor } from './layout';
import { inputImages, paintUnits, type Placement } from './unitImages';

/** The input ramps' resolution: they are smooth, so any small grid will do. */
const RAMP_RESOLUTION = 16;

/** "Network diagram: 2 inputs, dense 16 relu, dense 2 softmax, 354 parameters". */
export function diagramLabel(t: Translator, model: ModelSpec): string {
  const layers = model.layers.map((layer) => describeLayer(t, layer));
  return t('diagram.label', {
    parts: [inputText(t, model.inputs), ...layers].join(t('common.listSeparator')),
    parameters: countParameters(model),
  });
}

function inputNames(model: ModelSpec, data: DataSummary | null): string[] {
  const inputs = sizeOf(model.inputs);
  if (data !== null && data.featureNames.length === inputs) return [...data.featureNames];
  return Array.from({ length: inputs }, (_, i) => `x${i + 1}`);
}

function outputNames(model: ModelSpec, data: DataSummary | null, t: Translator): string[] {
  const units = model.layers.filter((l) => l.type === 'dense').at(-1)?.units;
  if (data === null || data.task !== 'classification' || data.classNames.length !== units)
    return [];
  return data.classNames.map((name) => className(t, name));
}

/**
 * An image network is shown as one sample through its layers (FeatureMaps); any other as
 * columns of units joined by their weights.
 */
export function NetworkDiagram() {
  const t = useT();
  const images = useStore((s) => isImage(s.experiment.model.inputs));
  if (!images) return <ColumnDiagram />;
  return (
    <div className="d-diagram">
      <h3>{t('diagram.heading')}</h3>
      <FeatureMaps />
    </div>
  );
}

function ColumnDiagram() {
  const t = useT();
  const { model, data, network } = useStore(
    useShallow((s) => ({ model: s.experiment.model, data: s.data, network: s.network })),
  );
  const flags = useLayerFlags();
  const heatmaps = model.inputs === 2;
  const names = useMemo(() => inputNames(model, data), [model, data]);
  const classes = useMemo(() => outputNames(model, data, t), [model, data, t]);
  const layout = useMemo(
    () => layoutDiagram(model, sizesFor(heatmaps, names, classes), t),
    [model, heatmaps, names, classes, t],
  );
  // The inputs' ramps never change: encoded once.
  const ramps = useMemo(() => (heatmaps ? inputImages(RAMP_RESOLUTION) : []), [heatmaps]);
  const units = useRef<HTMLCanvasElement>(null);
  useEffect(() => {
    const canvas = units.current;
    if (canvas === null || network === null || !heatmaps) return;
    const placements: Placement[] = layout.columns.flatMap((column) =>
      column.dense === null || column.output === null
        ? []
        : column.ys.map((y, unit) => ({
            layer: column.output!,
            unit,
            x: column.x,
            y: y - layout.sizes.node / 2,
            size: layout.sizes.node,
          })),
    );
    paintUnits(canvas, network, placements);
  }, [network, heatmaps, layout]);
  const dpr = typeof window === 'undefined' ? 1 : window.devicePixelRatio || 1;

  const { columns, sizes } = layout;
  const node = sizes.node;
  const flagged = (column: (typeof columns)[number]) =>
    flagText(t, flags, [column.dense, column.output]);
  // The coach's marks, said to a screen reader too: the picture is one image to it.
  const marks = columns
    .filter((c) => flagged(c) !== null)
    .map((c) => t('coach.diagramMark', { layer: c.title, found: flagged(c)! }));
  const label = [diagramLabel(t, model), ...marks].join(' ');

  return (
    <div className="d-diagram">
      <h3>{t('diagram.heading')}</h3>
      <div className="d-diagram-scroll">
        <svg
          className="d-diagram-svg"
          role="img"
          aria-label={label}
          width={layout.width}
          height={layout.height}
          viewBox={`0 0 ${layout.width} ${layout.height}`}
        >
          {columns.map((column, k) => (
            <DiagramTags
              key={k}
              column={column}
              next={columns[k + 1]}
              layout={layout}
              part="band"
            />
          ))}
          {columns.slice(1).map((column, k) => (
            <DiagramEdges
              key={k}
              from={columns[k]}
              to={column}
              weights={network?.weights[column.dense!] ?? null}
              node={node}
            />
          ))}
          {columns.map((column, k) => (
            <DiagramTags
              key={k}
              column={column}
              next={columns[k + 1]}
              layout={layout}
              part="tags"
            />
          ))}
          {heatmaps && (
            // The units' pictures, painted on one canvas under their outlines (see paintUnits).
            <foreignObject x={0} y={0} width={layout.width} height={layout.height}>
              <canvas
                ref={units}
                width={Math.round(layout.width * dpr)}
                height={Math.round(layout.height * dpr)}
                data-width={layout.width}
                style={{ width: layout.width, height: layout.height, display: 'block' }}
              />
            </foreignObject>
          )}
          {columns.map((column, k) => (
            <DiagramColumn
              key={k}
              column={column}
              node={node}
              heatmaps={heatmaps}
              pictures={column.dense === null ? ramps : undefined}
              painted={column.dense !== null && network !== null}
              names={k === 0 ? names : classes}
              side={k === 0 ? 'left' : k === columns.length - 1 ? 'right' : null}
              flag={flagged(column)}
              describe={(unit) =>
                column.dense === null
                  ? t('diagram.input', { n: unit + 1, name: names[unit] })
                  : t(
                      k === columns.length - 1 && classes[unit] !== undefined
                        ? 'diagram.outputUnit'
                        : 'diagram.unit',
                      {
                        title: column.title,
                        detail: column.detail,
                        n: unit + 1,
                        name: classes[unit] ?? '',
                      },
                    )
              }
            />
          ))}
        </svg>
      </div>
      <DiagramKey>
        {t(network === null ? 'diagram.noWeights' : 'diagram.lineWidth')}
        {heatmaps && ` · ${t('diagram.squares')}`}
      </DiagramKey>
    </div>
  );
}
