// The diagram of an image network: one sample followed through every layer, as CNN
// Explainer shows a fixed net, but live while this one trains. The chosen sample first (a
// picture of the samples panel, or a drawn digit), then each layer: an image-shaped output
// as one small map per channel, a convolution's filters as weight pictures beside its maps,
// a flat output as one bar per unit, and the output layer's classes with their
// probabilities. Blue is positive and orange negative, as on the rest of the diagram; maps of
// one layer share one scale, so a weak channel looks weak.
import { useEffect, useMemo, useRef } from 'react';
import { useShallow } from 'zustand/react/shallow';
import {
  isImage,
  layerShapes,
  shapeText,
  sizeOf,
  type ImageShape,
  type Shape,
} from '../../spec/layers';
import type { SampleTrace } from '../../spec/protocol/training';
import type { Conv2dSpec, LayerSpec } from '../../spec/types';
import { useStore } from '../../store/store';
import { describeLayer } from '../builder/layerNames';
import { flagText, useLayerFlags } from '../coach/layerFlags';
import { useClassNames } from '../i18n/useClassNames';
import { useT } from '../i18n/useT';
import { paintImage, paintSigned, partSamples } from '../pictures/pixels';
import { DiagramKey } from './DiagramKey';
import { largestMagnitude, NEGATIVE, POSITIVE } from './unitImages';

/** Channels (and filters) drawn per layer: more would not fit a row; the rest are counted. */
const CHANNELS_SHOWN = 16;
/** Units drawn as bars for a flat hidden layer. */
const UNITS_SHOWN = 32;

export function FeatureMaps() {
  const t = useT();
  const { model, data, network } = useStore(
    useShallow((s) => ({ model: s.experiment.model, data: s.data, network: s.network })),
  );
  const shapes = useMemo(() => layerShapes(model), [model]);
  const flags = useLayerFlags();
  const classNames = useClassNames(data?.classNames);
  const trace = network?.trace ?? null;
  const image = isImage(model.inputs) ? model.inputs : null;
  if (image === null) return null;
  // A trace of the network before an edit (another shape somewhere) waits for this one's.
  const current =
    trace !== null &&
    trace.outputs.length === shapes.length &&
    shapes.every(({ output }, i) => trace.outputs[i].length === sizeOf(output));
  if (trace === null || !current) {
    return <p className="d-placeholder">{t('maps.waiting')}</p>;
  }
  const last = shapes.length - 1;
  return (
    <div className="d-maps" role="group" aria-label={t('maps.label')}>
      <ChosenInput trace={trace} image={image} />
      {shapes.map(({ layer, output }, i) => {
        const n = i + 1;
        const title = t('maps.layer', {
          n,
          layer: describeLayer(t, layer),
          shape: shapeText(output),
        });
        const weights = layer.type === 'conv2d' ? (network?.weights[i] ?? null) : null;
        // What the coach found in this layer, marked on its caption (and said with it).
        const flag = flagText(t, flags, [i]);
        const caption = flag ? `${title} · ${t('coach.layerMark', { found: flag })}` : title;
        return (
          <figure
            key={i}
            className={flag ? 'd-maps-layer d-flagged' : 'd-maps-layer'}
            aria-label={caption}
          >
            <figcaption>{caption}</figcaption>
            {weights !== null && (
              <Filters
                layer={layer as Conv2dSpec}
                weights={weights}
                n={n}
                input={shapes[i].input}
              />
            )}
            {isImage(output) ? (
              <Channels values={trace.outputs[i]} shape={output} n={n} />
            ) : i === last &&
              model.loss === 'cross_entropy' &&
              data !== null &&
              data.classNames.length === trace.outputs[i].length ? (
              <Classes values={trace.outputs[i]} names={classNames} />
            ) : (
              <Units values={trace.outputs[i]} n={n} layer={layer} />
            )}
          </figure>
        );
      })}
      <DiagramKey>{t('maps.key')}</DiagramKey>
    </div>
  );
}

/** The sample the maps are of: its picture and, for a data sample, where it comes from. */
function ChosenInput({ trace, image }: { trace: SampleTrace; image: ImageShape }) {
  const t = useT();
  const data = useStore((s) => s.data);
  const classNames = useClassNames(data?.classNames);
  const canvas = useRef<HTMLCanvasElement>(null);
  const { choice } = trace;
  const size = image[0] * image[1] * image[2];
  const samples = choice.kind === 'point' && data !== null ? partSamples(data, choice.part) : null;
  const points = choice.kind === 'drawn' ? choice.input : samples?.points;
  const offset = choice.kind === 'drawn' ? 0 : choice.index * size;
  // The drawn digit on the data's own scale, so both look alike.
  const range = data?.pixelRange ?? null;
  useEffect(() => {
    if (canvas.current && points && range && points.length >= offset + size) {
      paintImage(canvas.current, points, offset, image, range);
    }
  }, [points, offset, size, image, range]);
  const truth =
    choice.kind === 'point' && samples !== null && choice.index < samples.labels.length
      ? (classNames[samples.labels[choice.index]] ?? '')
      : '';
  const name =
    choice.kind === 'drawn'
      ? t('maps.drawn')
      : t('maps.sample', { n: choice.index + 1, part: t(`part.${choice.part}`), truth });
  return (
    <figure className="d-maps-layer d-maps-input" aria-label={name}>
      <figcaption>{name}</figcaption>
      <canvas
        ref={canvas}
        width={image[2]}
        height={image[1]}
        className="d-map-canvas d-map-input"
        role="img"
        aria-label={name}
      />
    </figure>
  );
}

/** Each channel of an image-shaped output as a map, all on the layer's one scale. */
function Channels({ values, shape, n }: { values: Float32Array; shape: ImageShape; n: number }) {
  const t = useT();
  const [channels, height, width] = shape;
  const shown = Math.min(channels, CHANNELS_SHOWN);
  const scale = largestMagnitude(values);
  return (
    <div className="d-maps-row" role="group" aria-label={t('maps.channels', { n })}>
      {Array.from({ length: shown }, (_, c) => (
        <Plane
          key={c}
          values={values}
          offset={c * height * width}
          height={height}
          width={width}
          scale={scale}
          label={t('maps.channel', { c: c + 1, n })}
        />
      ))}
      {channels > shown && (
        <span className="d-maps-more">{t('diagram.more', { count: channels - shown })}</span>
      )}
    </div>
  );
}

/**
 * A convolution's filters as weight pictures: each filter's kernel on a one-channel input,
 * else its mean over its input channels (the row says so): one picture per filter either way.
 */
function Filters({
  layer,
  weights,
  n,
  input,
}: {
  layer: Conv2dSpec;
  weights: Float32Array;
  n: number;
  input: Shape;
}) {
  const t = useT();
  const [kh, kw] = layer.kernelSize;
  const channels = isImage(input) ? input[0] : 1;
  const area = kh * kw;
  const perFilter = channels * area;
  // One picture per filter: its only channel, or the mean over its channels.
  const pictures = useMemo(() => {
    const out = new Float32Array(layer.filters * area);
    for (let f = 0; f < layer.filters; f++) {
      for (let p = 0; p < area; p++) {
        let sum = 0;
        for (let c = 0; c < channels; c++) sum += weights[f * perFilter + c * area + p];
        out[f * area + p] = sum / channels;
      }
    }
    return out;
  }, [weights, layer.filters, area, channels, perFilter]);
  const shown = Math.min(layer.filters, CHANNELS_SHOWN);
  const scale = largestMagnitude(pictures);
  return (
    <div className="d-maps-row d-maps-filters" role="group" aria-label={t('maps.filters', { n })}>
      <span className="d-maps-note">
        {t(channels === 1 ? 'maps.filtersKey' : 'maps.filtersMean', { channels })}
      </span>
      {Array.from({ length: shown }, (_, f) => (
        <Plane
          key={f}
          values={pictures}
          offset={f * area}
          height={kh}
          width={kw}
          scale={scale}
          label={t('maps.filter', { f: f + 1, n })}
        />
      ))}
      {layer.filters > shown && (
        <span className="d-maps-more">{t('diagram.more', { count: layer.filters - shown })}</span>
      )}
    </div>
  );
}

interface PlaneProps {
  values: Float32Array;
  offset: number;
  height: number;
  width: number;
  scale: number;
  label: string;
}

function Plane({ values, offset, height, width, scale, label }: PlaneProps) {
  const canvas = useRef<HTMLCanvasElement>(null);
  useEffect(() => {
    if (canvas.current) paintSigned(canvas.current, values, offset, height, width, scale);
  }, [values, offset, height, width, scale]);
  return (
    <canvas
      ref={canvas}
      width={width}
      height={height}
      className="d-map-canvas"
      role="img"
      aria-label={label}
    />
  );
}

/** A flat hidden output: one bar per unit, on the layer's scale. */
function Units({ values, n, layer }: { values: Float32Array; n: number; layer: LayerSpec }) {
  const t = useT();
  const shown = Math.min(values.length, UNITS_SHOWN);
  const scale = largestMagnitude(values);
  return (
    <div
      className="d-maps-units"
      role="img"
      aria-label={t('maps.units', { n, layer: describeLayer(t, layer) })}
    >
      {Array.from(values.subarray(0, shown), (v, u) => (
        <span
          key={u}
          className="d-maps-unit"
          style={{
            height: `${Math.max(2, (40 * Math.abs(v)) / scale)}px`,
            background: v >= 0 ? POSITIVE : NEGATIVE,
          }}
        />
      ))}
      {values.length > shown && (
        <span className="d-maps-more">{t('diagram.more', { count: values.length - shown })}</span>
      )}
    </div>
  );
}

/** The output layer of a classifier: each class with its probability, the likeliest first. */
function Classes({ values, names }: { values: Float32Array; names: readonly string[] }) {
  const t = useT();
  const order = Array.from(values.keys()).sort((a, b) => values[b] - values[a]);
  return (
    <ol className="d-maps-classes" aria-label={t('maps.classes')}>
      {order.map((k) => (
        <li key={k}>
          <span className="d-maps-class">{names[k]}</span>
          <span className="d-maps-bar" style={{ width: `${Math.round(100 * values[k])}%` }} />
          <span className="d-maps-probability">{`${(100 * values[k]).toFixed(1)}%`}</span>
        </li>
      ))}
    </ol>
  );
}
