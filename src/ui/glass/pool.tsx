// Max and average pooling, which have no weights. Forward: an output cell is the largest (or
// the mean) of its window on its own channel; the cell followed shows its window and, for
// max pooling, the input cell it took. Back: max pooling hands the cell's gradient to that
// one input cell only; average pooling shares it equally, 1/size² to each cell of the window.
import { useId } from 'react';
import { useT } from '../i18n/useT';
import { CellPicker, useFollowedCell } from './CellPicker';
import { FeatureMaps } from './FeatureMaps';
import { cellSymbol, cellWords, spanText } from './imageWords';
import { factor, num } from './numbers';
import { ProductSum } from './ProductSum';
import { cellOf, imageOf, poolCells, poolField, poolingOf } from './receptive';
import type { StageProps } from './views';

function usePooling({ trace, primitive }: StageProps) {
  const p = trace.primitives[primitive];
  const input = imageOf(p.shapes.input);
  const output = imageOf(p.shapes.output);
  const { size, stride } = poolingOf(trace, primitive);
  const { index, cell: out, follow } = useFollowedCell(primitive, output);
  const max = p.kind === 'maxpool2d';
  // The input index max pooling took for the cell (the engine's own argmax).
  const from = max && p.inside.from ? p.inside.from[index] : null;
  return {
    p,
    input,
    output,
    size,
    stride,
    index,
    out,
    follow,
    max,
    from,
    field: poolField(size, stride, out),
    window: poolCells(input, size, stride, out),
  };
}

export function PoolForward(props: StageProps) {
  const t = useT();
  const { p, input, output, size, stride, index, out, follow, max, from, field, window } =
    usePooling(props);
  const described = useId();
  const count = size * size;
  const y = cellSymbol('y', out);
  return (
    <div className="d-glass-stage">
      <p>{t(max ? 'glass.pool.max' : 'glass.pool.avg', { size, stride, count })}</p>
      <CellPicker shape={output} index={index} follow={follow} channel="channel" />
      <p id={described}>
        {t('glass.pool.window', {
          cell: cellWords(t, 'y', out),
          rows: spanText(field.rows),
          cols: spanText(field.cols),
          c: out.channel + 1,
        })}
      </p>
      <div className="d-glass-columns">
        <FeatureMaps
          label={t('glass.maps.input')}
          values={p.input}
          shape={input}
          outline={(c) => (c === out.channel ? field : null)}
          ringed={from === null ? [] : [from]}
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
      {max ? (
        <>
          <p>
            <span className="d-math">
              {y} = max({window.map((k) => factor(p.input[k])).join(', ')}) ={' '}
              <strong>{num(p.output[index])}</strong>
            </span>
          </p>
          {from !== null && (
            <p>
              {t('glass.pool.took', {
                from: cellWords(t, 'x', cellOf(input, from)),
                value: num(p.input[from]),
              })}
            </p>
          )}
        </>
      ) : (
        <ProductSum
          result={y}
          columns={['x', `1/${count}`]}
          terms={window.map((k) => ({
            names: [cellSymbol('x', cellOf(input, k)), `1/${count}`] as [string, string],
            values: [p.input[k], 1 / count] as [number, number],
          }))}
          plus={null}
          value={p.output[index]}
          written={count}
        />
      )}
    </div>
  );
}

export function PoolBackward(props: StageProps) {
  const t = useT();
  const { p, input, output, size, index, out, follow, max, from, field } = usePooling(props);
  const described = useId();
  const { output: dy, input: dx } = p.gradient[props.way];
  if (dy === null) return <p className="d-note">{t('glass.firstLayer')}</p>;
  const count = size * size;
  const cell = cellWords(t, 'y', out);
  const g = num(dy[index]);
  return (
    <div className="d-glass-stage">
      <p>
        {max && from !== null
          ? t('glass.pool.maxBackward', { cell, g, from: cellSymbol('x', cellOf(input, from)) })
          : t('glass.pool.avgBackward', { cell, g, count, each: num(dy[index] / count) })}
      </p>
      <CellPicker shape={output} index={index} follow={follow} channel="channel" />
      <FeatureMaps
        label={t('glass.maps.outputGradient')}
        values={dy}
        shape={output}
        ringed={[index]}
        onPick={follow}
        explain
      />
      {dx === null ? (
        <p className="d-note">{t('glass.firstLayer')}</p>
      ) : (
        <>
          <p id={described}>
            {t('glass.pool.intoBelow', {
              rows: spanText(field.rows),
              cols: spanText(field.cols),
              c: out.channel + 1,
            })}
            {max &&
              from !== null &&
              ` ${t('glass.pool.received', { x: cellSymbol('x', cellOf(input, from)), value: num(dx[from]) })}`}
          </p>
          <FeatureMaps
            label={t('glass.maps.inputGradient')}
            values={dx}
            shape={input}
            outline={(c) => (c === out.channel ? field : null)}
            ringed={from === null ? [] : [from]}
            describedBy={described}
          />
        </>
      )}
    </div>
  );
}
