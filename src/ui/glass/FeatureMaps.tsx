// An image inside the network as small pictures, one per channel: each cell shaded from its
// value (blue positive, orange negative, white 0, the whole group against its largest |value|
// so that channels compare), the zero padding a convolution reads drawn as a hatched frame,
// the cells in question outlined and the followed one ringed. Clicking a cell picks it; the
// keyboard picks with the fields of CellPicker, and each picture has a name.
import { useEffect, useRef, type MouseEvent } from 'react';
import type { ImageShape } from '../../spec/layers/shape';
import { rgbToCss } from '../boundary/palette';
import { largestMagnitude, signedColor } from '../diagram/unitImages';
import { useT } from '../i18n/useT';
import { num } from './numbers';
import { indexOf, type Field } from './receptive';

/** Pictures about this wide (CSS px), but never under 8 px a cell (28 × 28: 8) nor over 28. */
const SIDE = 168;
const [SMALLEST, LARGEST] = [8, 28];

const PAD_FILL = '#ececec';
const PAD_HATCH = '#a8a8a8';
const OUTLINE = '#000000';
const RING = '#cc79a7'; // Okabe–Ito reddish purple: apart from the blue and orange of values

interface Props {
  /** What the pictures are ("The input"): the group's name and each picture's. */
  label: string;
  values: ArrayLike<number>;
  shape: ImageShape;
  /** Cells of zero padding drawn around each picture (a convolution's). */
  padding?: number;
  /** The rows and columns to outline on a channel (may reach into the padding), or null. */
  outline?: (channel: number) => Field | null;
  /** Cells to ring, by index. */
  ringed?: readonly number[];
  /** Called with a clicked cell's index; without it the pictures are not clickable. */
  onPick?: (index: number) => void;
  /** The id of the words that say what is outlined. */
  describedBy?: string;
  /** Say what the colours and marks mean (the first pictures of a stage). */
  explain?: boolean;
}

export function FeatureMaps(props: Props) {
  const t = useT();
  const { label, values, shape, padding = 0, describedBy, explain = false } = props;
  const [C, H, W] = shape;
  const cell = Math.max(
    SMALLEST,
    Math.min(LARGEST, Math.floor(SIDE / (Math.max(H, W) + 2 * padding))),
  );
  const scale = largestMagnitude(values);
  return (
    <figure className="d-glass-maps" role="group" aria-label={label} aria-describedby={describedBy}>
      <figcaption>{label}</figcaption>
      <div className="d-glass-maps-row">
        {Array.from({ length: C }, (_, c) => (
          <div key={c} className="d-glass-map">
            <MapCanvas {...props} channel={c} cell={cell} scale={scale} padding={padding} />
            <span aria-hidden="true">{t('glass.maps.channel', { c: c + 1 })}</span>
          </div>
        ))}
      </div>
      <p className="d-note">
        {explain && `${t('glass.maps.key')} `}
        {t('glass.maps.scale', { scale: num(scale) })}
        {padding > 0 && ` ${t('glass.maps.padding', { padding })}`}
      </p>
    </figure>
  );
}

interface MapProps extends Props {
  channel: number;
  cell: number;
  scale: number;
  padding: number;
}

function MapCanvas(props: MapProps) {
  const { label, values, shape, channel, cell, scale, padding, outline, ringed, onPick } = props;
  const t = useT();
  const canvas = useRef<HTMLCanvasElement>(null);
  const [, H, W] = shape;
  const [width, height] = [(W + 2 * padding) * cell, (H + 2 * padding) * cell];
  useEffect(() => {
    const context = canvas.current?.getContext('2d');
    if (!context) return;
    const ratio = window.devicePixelRatio || 1;
    context.setTransform(ratio, 0, 0, ratio, 0, 0);
    // Cell (row, col) of the image, padding included: row −padding … H − 1 + padding.
    const at = (row: number, col: number) => [(col + padding) * cell, (row + padding) * cell];
    for (let row = -padding; row < H + padding; row++) {
      for (let col = -padding; col < W + padding; col++) {
        const [x, y] = at(row, col);
        if (row < 0 || row >= H || col < 0 || col >= W) {
          context.fillStyle = PAD_FILL;
          context.fillRect(x, y, cell, cell);
          context.strokeStyle = PAD_HATCH;
          context.lineWidth = 1;
          context.beginPath();
          context.moveTo(x, y + cell);
          context.lineTo(x + cell, y);
          context.stroke();
        } else {
          const v = values[indexOf(shape, { channel, row, col })];
          context.fillStyle = rgbToCss(signedColor(v / scale));
          context.fillRect(x, y, cell, cell);
        }
      }
    }
    const field = outline?.(channel) ?? null;
    if (field !== null) {
      const [x, y] = at(field.rows.first, field.cols.first);
      const w = (field.cols.last - field.cols.first + 1) * cell;
      const h = (field.rows.last - field.rows.first + 1) * cell;
      context.lineWidth = 3;
      context.strokeStyle = OUTLINE;
      context.strokeRect(x + 1.5, y + 1.5, w - 3, h - 3);
    }
    for (const index of ringed ?? []) {
      const c = Math.floor(index / (H * W));
      if (c !== channel) continue;
      const [x, y] = at(Math.floor(index / W) % H, index % W);
      context.lineWidth = 2;
      context.strokeStyle = RING;
      context.strokeRect(x + 1, y + 1, cell - 2, cell - 2);
    }
  });
  const pick = (e: MouseEvent<HTMLCanvasElement>) => {
    // From the picture's own corner, inside its border.
    const col = Math.floor(e.nativeEvent.offsetX / cell) - padding;
    const row = Math.floor(e.nativeEvent.offsetY / cell) - padding;
    if (row >= 0 && row < H && col >= 0 && col < W) onPick?.(indexOf(shape, { channel, row, col }));
  };
  const ratio = typeof window === 'undefined' ? 1 : window.devicePixelRatio || 1;
  return (
    <canvas
      ref={canvas}
      role="img"
      aria-label={t('glass.maps.map', { group: label, c: channel + 1, h: H, w: W })}
      className={onPick ? 'd-glass-canvas d-glass-pickable' : 'd-glass-canvas'}
      width={Math.round(width * ratio)}
      height={Math.round(height * ratio)}
      style={{ width, height }}
      onClick={onPick ? pick : undefined}
    />
  );
}
