// An activation after a convolution: thousands of values, so pictures, not a table. Its
// input and output (forward) or its gradients (back) as maps, the followed cell picked on
// them or with the fields, and its numbers said in one line.
import type { ImageShape } from '../../spec/layers/shape';
import type { GlassFloats, GlassPrimitive } from '../../spec/protocol/glass';
import type { GlassState } from '../../store/glassState';
import { useT } from '../i18n/useT';
import { CellPicker, useFollowedCell } from './CellPicker';
import { FeatureMaps } from './FeatureMaps';
import { cellWords } from './imageWords';
import { num } from './numbers';

interface Props {
  p: GlassPrimitive;
  primitive: number;
  shape: ImageShape;
  /** The maps: forward z and a, back ∂L/∂a and ∂L/∂z. */
  maps: { label: string; values: GlassFloats | null }[];
  /** The followed cell's numbers, named. */
  numbers: (index: number) => { name: string; value: number | undefined }[];
}

export function ActivationMaps({ primitive, shape, maps, numbers }: Props) {
  const t = useT();
  const { index, cell, follow } = useFollowedCell(primitive, shape);
  const said = numbers(index)
    .filter((n) => n.value !== undefined)
    .map((n) => `${n.name} = ${num(n.value!)}`)
    .join(', ');
  return (
    <>
      <CellPicker shape={shape} index={index} follow={follow} channel="channel" />
      <p className="d-readout">
        {cellWords(t, 'a', cell)}: {said}
      </p>
      <div className="d-glass-columns">
        {maps.map(
          (m, k) =>
            m.values !== null && (
              <FeatureMaps
                key={k}
                label={m.label}
                values={m.values}
                shape={shape}
                ringed={[index]}
                onPick={follow}
                explain={k === 0}
              />
            ),
        )}
      </div>
    </>
  );
}

/** The followed cell's numbers through an activation: forward and back. */
export function activationNumbers(p: GlassPrimitive, way: GlassState['way']) {
  return (i: number) => [
    { name: 'z', value: p.input[i] },
    { name: 'a', value: p.output[i] },
    { name: 'f′(z)', value: p.inside.slope?.[i] },
    { name: '∂L/∂a', value: p.gradient[way].output?.[i] },
    { name: '∂L/∂z', value: p.gradient[way].input?.[i] },
  ];
}
