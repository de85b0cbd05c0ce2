// Two of the searched settings against each other, one dot per finished trial, coloured by
// its validation score (bright is better): where the good region lies, at a glance. Drawn
// on a canvas (drawScatter.ts), a described figure; the trials table below is the same in
// words, for screen readers and for the exact values.
import {
  useEffect,
  useId,
  useMemo,
  useRef,
  useState,
  type PointerEvent,
  type RefObject,
} from 'react';
import {
  goodness,
  LIST_PARAMETERS,
  type ListParameter,
  type NumericParameter,
} from '../../store/searchState';
import { useSampled } from '../../store/sampled';
import type { State } from '../../store/store';
import { formatValue } from '../charts/format';
import type { MessageKey } from '../i18n/dictionaries/en';
import { useT } from '../i18n/useT';
import {
  drawScatter,
  pointAt,
  scatterFrame,
  type ScatterAxis,
  type ScatterPoint,
} from './drawScatter';
import { LIST_LABELS, PARAMETER_LABELS } from './searchFields';
import { scoreText } from './trialCells';

const SCATTER_MS = 500;
const HEIGHT = 260;
const selectSearch = (s: State) => s.search;

type Axis = NumericParameter | ListParameter;
const AXIS_LABELS: Record<Axis, MessageKey> = { ...PARAMETER_LABELS, ...LIST_LABELS };

export function SearchScatter() {
  const t = useT();
  const search = useSampled(selectSearch, SCATTER_MS);
  const { trials, spec } = search;
  const axes = useMemo(
    () =>
      (Object.keys(AXIS_LABELS) as Axis[]).filter((a) =>
        trials.some((t) => t.params[a] !== undefined),
      ),
    [trials],
  );
  const [picked, setPicked] = useState<[Axis | null, Axis | null]>([null, null]);
  const x = picked[0] !== null && axes.includes(picked[0]) ? picked[0] : axes[0];
  const y = picked[1] !== null && axes.includes(picked[1]) ? picked[1] : (axes[1] ?? axes[0]);
  const points = useMemo(() => {
    if (x === undefined) return [];
    const done = trials.flatMap((t, index) => {
      const g = goodness(t);
      const px = t.params[x],
        py = t.params[y];
      if (g === null || px === undefined || py === undefined) return [];
      return [{ x: px, y: py, g, index }];
    });
    let lo = Infinity,
      hi = -Infinity;
    for (const p of done) {
      lo = Math.min(lo, p.g);
      hi = Math.max(hi, p.g);
    }
    return done.map(({ g, ...p }): ScatterPoint => ({
      ...p,
      shade: hi > lo ? (g - lo) / (hi - lo) : 1,
    }));
  }, [trials, x, y]);
  // As the search drew them (log-uniform or not), whatever the form says now.
  const logOf = (a: Axis | undefined) => {
    const range = a === undefined ? undefined : spec?.ranges[a];
    return range !== undefined && 'scale' in range && range.scale === 'log';
  };
  const xLog = logOf(x),
    yLog = logOf(y);
  const xAxis = useMemo(() => x && axisOf(t(AXIS_LABELS[x]), x, xLog), [t, x, xLog]);
  const yAxis = useMemo(() => y && axisOf(t(AXIS_LABELS[y]), y, yLog), [t, y, yLog]);
  if (x === undefined || xAxis === undefined || yAxis === undefined || points.length === 0) {
    return null;
  }

  return (
    <div className="d-search-scatter">
      <div className="d-row d-wrap">
        <AxisChoice
          label={t('search.across')}
          axes={axes}
          value={x}
          onChange={(a) => setPicked([a, y])}
        />
        <AxisChoice
          label={t('search.up')}
          axes={axes}
          value={y}
          onChange={(a) => setPicked([x, a])}
        />
      </div>
      <ScatterCanvas
        points={points}
        xAxis={xAxis}
        yAxis={yAxis}
        label={t('search.scatter', { x: t(AXIS_LABELS[x]), y: t(AXIS_LABELS[y]) })}
        pointText={(p) =>
          t('search.point', {
            n: p.index + 1,
            x: t(AXIS_LABELS[x]),
            xValue: formatValue(p.x),
            y: t(AXIS_LABELS[y]),
            yValue: formatValue(p.y),
            score: scoreText(t, trials[p.index]),
          })
        }
      />
    </div>
  );
}

/**
 * The canvas at the width of its panel, redrawn in the next frame after a change (none while
 * the page is hidden); pointing at a dot names its trial under the picture.
 */
function ScatterCanvas(props: {
  points: readonly ScatterPoint[];
  xAxis: ScatterAxis;
  yAxis: ScatterAxis;
  label: string;
  pointText: (p: ScatterPoint) => string;
}) {
  const { points, xAxis, yAxis } = props;
  const t = useT();
  const canvas = useRef<HTMLCanvasElement>(null);
  const width = useWidth(canvas);
  const [pointed, setPointed] = useState<ScatterPoint | null>(null);
  const noteId = useId();
  const frame = useMemo(
    () => scatterFrame(points, xAxis, yAxis, width, HEIGHT),
    [points, xAxis, yAxis, width],
  );
  const highlight = pointed?.index ?? null;
  useEffect(() => {
    const c = canvas.current;
    if (c === null || width === 0) return;
    const request = requestAnimationFrame(() => {
      const ctx = prepare(c, width, HEIGHT);
      if (ctx !== null) drawScatter(ctx, frame, points, xAxis, yAxis, highlight);
    });
    return () => cancelAnimationFrame(request);
  }, [frame, points, xAxis, yAxis, highlight, width]);

  const point = (e: PointerEvent<HTMLCanvasElement>) => {
    const r = e.currentTarget.getBoundingClientRect();
    setPointed(pointAt(frame, points, e.clientX - r.left, e.clientY - r.top));
  };
  // A dot pointed at is shown while it is still drawn (the axes may change under it).
  const shown = pointed && points.find((p) => p.index === pointed.index);
  return (
    <figure className="d-chart d-scatter">
      <canvas
        ref={canvas}
        role="img"
        aria-label={props.label}
        aria-describedby={noteId}
        style={{ width: '100%', height: HEIGHT }}
        onPointerMove={point}
        onPointerLeave={() => setPointed(null)}
      />
      <figcaption id={noteId} className="d-note">
        {shown ? props.pointText(shown) : t('search.scatterNote')}
      </figcaption>
    </figure>
  );
}

/** The element's width in CSS pixels, followed as the panel resizes. */
function useWidth(element: RefObject<HTMLElement | null>): number {
  const [width, setWidth] = useState(0);
  useEffect(() => {
    const e = element.current;
    if (e === null) return;
    const observer = new ResizeObserver(() => setWidth(Math.round(e.clientWidth)));
    observer.observe(e);
    return () => observer.disconnect();
  }, [element]);
  return width;
}

function axisOf(label: string, a: Axis, log: boolean): ScatterAxis {
  return { label, log, integer: (LIST_PARAMETERS as readonly string[]).includes(a) };
}

/** The canvas sized for the screen's pixel ratio, cleared, drawing in CSS pixels. */
function prepare(c: HTMLCanvasElement, width: number, height: number) {
  const dpr = window.devicePixelRatio || 1;
  const w = Math.round(width * dpr),
    h = Math.round(height * dpr);
  if (c.width !== w || c.height !== h) {
    c.width = w;
    c.height = h;
  }
  const ctx = c.getContext('2d');
  if (ctx === null) return null;
  ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
  ctx.clearRect(0, 0, width, height);
  return ctx;
}

/** Which setting one axis shows. */
function AxisChoice(props: {
  label: string;
  axes: Axis[];
  value: Axis;
  onChange: (axis: Axis) => void;
}) {
  const t = useT();
  const id = useId();
  return (
    <label className="d-field" htmlFor={id}>
      <span>{props.label}</span>
      <select id={id} value={props.value} onChange={(e) => props.onChange(e.target.value as Axis)}>
        {props.axes.map((a) => (
          <option key={a} value={a}>
            {t(AXIS_LABELS[a])}
          </option>
        ))}
      </select>
    </label>
  );
}
