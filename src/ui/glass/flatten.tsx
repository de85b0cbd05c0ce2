// Flatten computes nothing: the C × H × W values, channel by channel and row by row, are read
// as one vector (the engine hands its buffer on unchanged). The followed element shows where
// it sits in the image, forward, and where its gradient goes back to.
import { useT } from '../i18n/useT';
import { CellPicker, useFollowedCell } from './CellPicker';
import { FeatureMaps } from './FeatureMaps';
import { cellWords } from './imageWords';
import { num } from './numbers';
import { sub } from './ProductSum';
import { imageOf } from './receptive';
import type { StageProps } from './views';

function useFlatten({ trace, primitive }: StageProps) {
  const t = useT();
  const p = trace.primitives[primitive];
  // Element k of the output is cell k of the input: one followed number for both.
  const input = imageOf(p.shapes.input);
  const { index, cell, follow } = useFollowedCell(primitive, input);
  const [C, H, W] = input;
  const vars = {
    shape: `${C} × ${H} × ${W}`,
    count: p.output.length,
    hw: H * W,
    w: W,
    x: cellWords(t, 'x', cell),
    y: `y${sub(index)}`,
  };
  return { p, input, index, follow, vars };
}

export function FlattenForward(props: StageProps) {
  const t = useT();
  const { p, input, index, follow, vars } = useFlatten(props);
  return (
    <div className="d-glass-stage">
      <p>{t('glass.flatten.forward', vars)}</p>
      <CellPicker shape={input} index={index} follow={follow} channel="channel" />
      <p>{t('glass.flatten.mapping', { ...vars, value: num(p.output[index]) })}</p>
      <FeatureMaps
        label={t('glass.maps.input')}
        values={p.input}
        shape={input}
        ringed={[index]}
        onPick={follow}
        explain
      />
    </div>
  );
}

export function FlattenBackward(props: StageProps) {
  const t = useT();
  const { p, input, index, follow, vars } = useFlatten(props);
  const { output: dy } = p.gradient[props.way];
  if (dy === null) return <p className="d-note">{t('glass.firstLayer')}</p>;
  return (
    <div className="d-glass-stage">
      <p>{t('glass.flatten.backward', { ...vars, value: num(dy[index]) })}</p>
      <CellPicker shape={input} index={index} follow={follow} channel="channel" />
      {/* ∂L/∂x is ∂L/∂y put back in shape: the same numbers. */}
      <FeatureMaps
        label={t('glass.maps.inputGradient')}
        values={dy}
        shape={input}
        ringed={[index]}
        onPick={follow}
        explain
      />
    </div>
  );
}
