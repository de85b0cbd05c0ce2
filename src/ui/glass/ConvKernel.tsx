// A convolution's filter beside what it lies on, channel by channel: the kh × kw input values
// under the kernel for the followed output cell (a padding cell as its 0, marked), and the
// filter's kh × kw weights on that channel. Their products, term by term, are its sum.
import type { ReactNode } from 'react';
import type { GlassFloats } from '../../spec/protocol/glass';
import { useT } from '../i18n/useT';
import { num } from './numbers';
import type { Tap } from './receptive';

interface Props {
  taps: Tap[];
  /** The input row and the filters' weights, [F, C, kh, kw] flattened. */
  x: GlassFloats;
  W: GlassFloats;
  kernel: readonly [number, number];
  channels: number;
  /** The filter, from 0. */
  filter: number;
}

export function ConvKernel({ taps, x, W, kernel: [kh, kw], channels, filter }: Props) {
  const t = useT();
  const grid = (channel: number, text: (tap: Tap) => ReactNode, caption: string) => (
    <table className="d-glass-table d-glass-grid">
      <caption>{caption}</caption>
      <tbody>
        {Array.from({ length: kh }, (_, u) => (
          <tr key={u}>
            {Array.from({ length: kw }, (_, v) => {
              const tap = taps[(channel * kh + u) * kw + v];
              return (
                <td key={v} className={tap.input === null ? 'd-glass-pad' : undefined}>
                  {text(tap)}
                </td>
              );
            })}
          </tr>
        ))}
      </tbody>
    </table>
  );
  const under = (tap: Tap) =>
    tap.input === null ? (
      <>
        0<span className="d-sr-only"> ({t('glass.conv.padding')})</span>
      </>
    ) : (
      num(x[tap.input])
    );
  return (
    <div className="d-glass-kernels">
      {Array.from({ length: channels }, (_, c) => (
        <div key={c} className="d-glass-kernel">
          {grid(c, under, t('glass.conv.under', { c: c + 1 }))}
          {grid(
            c,
            (tap) => num(W[tap.weight]),
            t('glass.conv.weights', { f: filter + 1, c: c + 1 }),
          )}
        </div>
      ))}
    </div>
  );
}
