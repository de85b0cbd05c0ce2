// A convolution's affine part (its activation is the next primitive). Forward: an output cell
// is its filter's dot product with the input under it, over every input channel, plus the
// bias; the cell followed shows its receptive field on the input (the zero padding too), the
// filter, and the sum term by term. Back: the gradient at that cell goes to each input cell
// of the field through the weight that joined them (W·dy) and to each weight of the filter
// (x·dy); summed over every cell, these are the engine's ∂L/∂x and ∂L/∂W.
import { useId } from 'react';
import type { GlassTrace } from '../../spec/protocol/glass';
import type { Translator } from '../i18n/translate';
import { useT } from '../i18n/useT';
import { CellPicker, useFollowedCell } from './CellPicker';
import { ConvKernel } from './ConvKernel';
import { FeatureMaps } from './FeatureMaps';
import { cellSymbol, cellWords, spanText } from './imageWords';
import { factor, num } from './numbers';
import { ProductSum, sub } from './ProductSum';
import {
  clip,
  convField,
  convGeometryOf,
  convTaps,
  imageOf,
  type Cell,
  type ConvGeometry,
  type Tap,
} from './receptive';
import { coupledAbove } from './coupling';
import { followToUpdate } from './followToUpdate';
import type { StageProps } from './views';

function parts(trace: GlassTrace, primitive: number) {
  const p = trace.primitives[primitive];
  const w = p.params.findIndex((q) => q.name === 'W');
  const b = p.params.findIndex((q) => q.name === 'b');
  return {
    p,
    w,
    b,
    input: imageOf(p.shapes.input),
    output: imageOf(p.shapes.output),
    g: convGeometryOf(trace, primitive),
  };
}

/** "W₂,₁,₃,₃": filter, channel, kernel row and column from 1. */
const weightName = (filter: number, tap: Tap) => `W${sub(filter, tap.channel, tap.u, tap.v)}`;

/** The general rule with this layer's stride and padding in it, rows and columns from 1. */
function formula({ stride: s, padding: p }: ConvGeometry, bias: boolean): string {
  const at = (i: string, u: string) => `${s === 1 ? '' : s}${i} − ${s + p} + ${u}`;
  const sum = `Σ x[c, ${at('i', 'u')}, ${at('j', 'v')}] · W[f, c, u, v]`;
  return `y[f, i, j] = ${sum}${bias ? ' + b[f]' : ''}`;
}

/** Where output cell `out` looks, in words: the rows and columns inside, and the padding. */
function fieldWords(t: Translator, shapes: ReturnType<typeof parts>, out: Cell): string {
  const { input, g } = shapes;
  const [C, H, W] = input;
  const field = convField(g, out);
  const rows = clip(field.rows, H);
  const cols = clip(field.cols, W);
  const cell = cellWords(t, 'y', out, true);
  if (rows === null || cols === null) return t('glass.conv.fieldNone', { cell });
  const taps = C * g.kernel[0] * g.kernel[1];
  const inside = C * (rows.last - rows.first + 1) * (cols.last - cols.first + 1);
  const words = t.plural('glass.conv.field', C, {
    cell,
    rows: spanText(rows),
    cols: spanText(cols),
    kernel: `${g.kernel[0]} × ${g.kernel[1]}`,
  });
  return inside === taps
    ? words
    : `${words} ${t('glass.conv.padded', { count: taps - inside, taps })}`;
}

export function ConvForward({ trace, primitive }: StageProps) {
  const t = useT();
  const shapes = parts(trace, primitive);
  const { p, w, b, input, output, g } = shapes;
  const { index, cell: out, follow } = useFollowedCell(primitive, output);
  const described = useId();
  const W = p.params[w].value;
  const taps = convTaps(input, g, out);
  const field = convField(g, out);
  const terms = taps
    .filter((tap) => tap.input !== null)
    .map((tap) => ({
      names: [cellSymbol('x', tap), weightName(out.channel, tap)] as [string, string],
      values: [p.input[tap.input!], W[tap.weight]] as [number, number],
    }));
  return (
    <div className="d-glass-stage">
      <p>
        {t.plural('glass.conv.forward', input[0], {
          filters: output[0],
          kernel: `${g.kernel[0]} × ${g.kernel[1]}`,
          stride: g.stride,
          padding: g.padding,
          formula: formula(g, b >= 0),
        })}
      </p>
      <CellPicker shape={output} index={index} follow={follow} channel="filter" />
      <p id={described}>{fieldWords(t, shapes, out)}</p>
      <div className="d-glass-columns">
        <FeatureMaps
          label={t('glass.maps.input')}
          values={p.input}
          shape={input}
          padding={g.padding}
          outline={() => field}
          describedBy={described}
          explain
        />
        <FeatureMaps
          label={t('glass.maps.output')}
          values={p.output}
          shape={output}
          ringed={[index]}
          onPick={follow}
        />
      </div>
      <ConvKernel
        taps={taps}
        x={p.input}
        W={W}
        kernel={g.kernel}
        channels={input[0]}
        filter={out.channel}
      />
      <ProductSum
        result={cellSymbol('y', out)}
        columns={['x', 'W']}
        terms={terms}
        plus={
          b >= 0 ? { name: `b${sub(out.channel)}`, value: p.params[b].value[out.channel] } : null
        }
        value={p.output[index]}
        written={g.kernel[0] * g.kernel[1]}
      />
    </div>
  );
}

export function ConvBackward({ trace, primitive, way }: StageProps) {
  const t = useT();
  const shapes = parts(trace, primitive);
  const { p, w, b, input, output, g } = shapes;
  const { index, cell: out, follow } = useFollowedCell(primitive, output);
  const described = useId();
  const { output: dy, input: dx } = p.gradient[way];
  if (dy === null) return <p className="d-note">{t('glass.firstLayer')}</p>;
  const W = p.params[w];
  const taps = convTaps(input, g, out);
  const field = convField(g, out);
  const f = out.channel;
  const cells = output[1] * output[2];
  let dyf = 0; // this sample's cells of filter f: its share of ∂L/∂b
  for (let o = f * cells; o < (f + 1) * cells; o++) dyf += dy[o];
  const cell = cellWords(t, 'y', out, true);
  const followWeight = (weight: number) =>
    followToUpdate(trace, { primitive, param: w, index: weight });
  const vars = { cell, g: num(dy[index]), f: f + 1, cells, rows: trace.rows };
  // Under a batch norm even the sample's own loss reaches every row: the sums are the
  // minibatch's, as in the minibatch's way.
  const oneRow = way === 'sample' && !coupledAbove(trace, primitive);
  return (
    <div className="d-glass-stage">
      <p>{t(oneRow ? 'glass.conv.backward' : 'glass.conv.backwardBatch', vars)}</p>
      <CellPicker shape={output} index={index} follow={follow} channel="filter" />
      <FeatureMaps
        label={t('glass.maps.outputGradient')}
        values={dy}
        shape={output}
        ringed={[index]}
        onPick={follow}
        explain
      />
      <div className="d-glass-units">
        <table className="d-glass-table">
          <caption>{t('glass.conv.taps', { cell: cellSymbol('y', out) })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('glass.conv.weight')}</th>
              <th scope="col">{t('glass.conv.inputCell')}</th>
              {dx !== null && <th scope="col">{t('glass.conv.toInput')}</th>}
              <th scope="col">{t('glass.conv.toWeight')}</th>
              <th scope="col">{t('glass.conv.allCells')}</th>
              <th scope="col">{t('glass.update')}</th>
            </tr>
          </thead>
          <tbody>
            {taps.map((tap) => {
              const name = weightName(f, tap);
              const x = tap.input === null ? 0 : p.input[tap.input];
              const product = (a: number) =>
                `${factor(a)} × ${factor(dy[index])} = ${num(a * dy[index])}`;
              return (
                <tr key={tap.weight}>
                  <th scope="row">
                    {name} = {num(W.value[tap.weight])}
                  </th>
                  <td className={tap.input === null ? 'd-glass-pad' : undefined}>
                    {tap.input === null
                      ? `0 (${t('glass.conv.padding')})`
                      : `${cellSymbol('x', tap)} = ${num(x)}`}
                  </td>
                  {dx !== null && (
                    <td>{tap.input === null ? '–' : product(W.value[tap.weight])}</td>
                  )}
                  <td>{product(x)}</td>
                  <td>{num(W.gradient[way][tap.weight])}</td>
                  <td>
                    <button type="button" onClick={() => followWeight(tap.weight)}>
                      {t('glass.followWeight', { weight: name })}
                    </button>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      {b >= 0 && (
        <p>
          {t(oneRow ? 'glass.conv.bias' : 'glass.conv.biasBatch', {
            b: `b${sub(f)}`,
            f: f + 1,
            value: num(p.params[b].gradient[way][f]),
            share: num(dyf),
          })}
        </p>
      )}
      {dx === null ? (
        <p className="d-note">{t('glass.firstLayer')}</p>
      ) : (
        <>
          <p id={described}>
            {t('glass.conv.intoBelow')} {fieldWords(t, shapes, out)}
          </p>
          <FeatureMaps
            label={t('glass.maps.inputGradient')}
            values={dx}
            shape={input}
            padding={g.padding}
            outline={() => field}
            describedBy={described}
          />
        </>
      )}
    </div>
  );
}
