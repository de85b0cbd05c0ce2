// Two of the searched settings against each other, one dot per finished trial, coloured by
// its validation score (bright is better): where the good region lies, at a glance.
import { useId, useMemo, useState } from 'react';
import {
  Cell,
  ResponsiveContainer,
  Scatter,
  ScatterChart,
  Tooltip,
  XAxis,
  YAxis,
  ZAxis,
} from 'recharts';
import { goodness, type ListParameter, type NumericParameter } from '../../store/searchState';
import { useSampled } from '../../store/sampled';
import type { State } from '../../store/store';
import { formatTick, formatValue, logTicks } from '../charts/format';
import { plainTick } from '../charts/PlainTick';
import type { MessageKey } from '../i18n/dictionaries/en';
import { useT } from '../i18n/useT';
import { viridisCss } from '../race/colormap';
import { LIST_LABELS, PARAMETER_LABELS } from './searchFields';

const SCATTER_MS = 500;
const selectSearch = (s: State) => s.search;
const X_TICK = plainTick(formatTick, 'x');
const Y_TICK = plainTick(formatTick, 'y');

type Axis = NumericParameter | ListParameter;
const AXIS_LABELS: Record<Axis, MessageKey> = { ...PARAMETER_LABELS, ...LIST_LABELS };

export function SearchScatter() {
  const t = useT();
  const search = useSampled(selectSearch, SCATTER_MS);
  const { trials, choices } = search;
  const axes = (Object.keys(AXIS_LABELS) as Axis[]).filter((a) =>
    trials.some((t) => t.params[a] !== undefined),
  );
  const [picked, setPicked] = useState<[Axis | null, Axis | null]>([null, null]);
  const x = picked[0] !== null && axes.includes(picked[0]) ? picked[0] : axes[0];
  const y = picked[1] !== null && axes.includes(picked[1]) ? picked[1] : (axes[1] ?? axes[0]);
  const points = useMemo(() => {
    const done = trials.flatMap((t, i) => {
      const g = goodness(t);
      if (g === null || x === undefined) return [];
      return [{ x: t.params[x], y: t.params[y], g, trial: i + 1 }];
    });
    const lo = Math.min(...done.map((p) => p.g)),
      hi = Math.max(...done.map((p) => p.g));
    return done.map((p) => ({ ...p, color: viridisCss(hi > lo ? (p.g - lo) / (hi - lo) : 1) }));
  }, [trials, x, y]);
  if (axes.length === 0 || points.length === 0) return null;
  const logScale = (a: Axis) =>
    Object.hasOwn(choices.ranges, a) && choices.ranges[a as NumericParameter].log;
  // recharts picks poor ticks on a log axis (two, at odd values): decades instead.
  const ticks = (a: Axis, key: 'x' | 'y') => {
    if (!logScale(a)) return undefined;
    const values = points.map((p) => p[key]!);
    return logTicks(Math.min(...values), Math.max(...values));
  };

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
      <div
        className="d-chart"
        role="img"
        aria-label={t('search.scatter', { x: t(AXIS_LABELS[x]), y: t(AXIS_LABELS[y]) })}
      >
        <ResponsiveContainer width="100%" height={260}>
          <ScatterChart
            margin={{ top: 8, right: 12, bottom: 0, left: 0 }}
            accessibilityLayer={false}
          >
            <XAxis
              dataKey="x"
              type="number"
              scale={logScale(x) ? 'log' : 'linear'}
              domain={['auto', 'auto']}
              ticks={ticks(x, 'x')}
              interval={0}
              tick={X_TICK}
              name={t(AXIS_LABELS[x])}
            />
            <YAxis
              dataKey="y"
              type="number"
              scale={logScale(y) ? 'log' : 'linear'}
              domain={['auto', 'auto']}
              ticks={ticks(y, 'y')}
              interval={0}
              width={56}
              tick={Y_TICK}
              name={t(AXIS_LABELS[y])}
            />
            <ZAxis range={[60, 60]} />
            <Tooltip formatter={(v) => formatValue(Number(v))} />
            <Scatter data={points} isAnimationActive={false}>
              {points.map((p) => (
                <Cell key={p.trial} fill={p.color} stroke="#222" />
              ))}
            </Scatter>
          </ScatterChart>
        </ResponsiveContainer>
      </div>
    </div>
  );
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
