// Where every racer is: its colour, optimizer, step, position and f, a few times a second;
// under the table, which racers have run off the picture and when.
import { useMemo } from 'react';
import { RECORD, RECORD_STRIDE } from '../../spec/protocol/surface';
import { OPTIMIZER_CHOICES } from '../../store/catalog';
import { surfaceWindow } from '../../store/raceSettings';
import { useSampled } from '../../store/sampled';
import type { State } from '../../store/store';
import { formatValue } from '../charts/format';
import { useT } from '../i18n/useT';
import type { Translator } from '../i18n/translate';
import { RACER_COLORS } from './drawRace';
import { leftViewAt } from './leftView';

const LEGEND_MS = 100;
const selectRace = (s: State) => s.race;

export function RaceLegend() {
  const t = useT();
  const race = useSampled(selectRace, LEGEND_MS);
  const { runs, settings } = race;
  const view = surfaceWindow(settings);
  const viewKey = JSON.stringify(view);
  // Once per race and window, not per frame: the step at which each racer left, if it did.
  // eslint-disable-next-line react-hooks/exhaustive-deps -- the key stands for the window
  const leftAt = useMemo(() => (runs ?? []).map((run) => leftViewAt(run, view)), [runs, viewKey]);
  const left = settings.racers.flatMap((optimizer, k) => {
    const step = leftAt[k];
    return step !== null && step !== undefined && step <= race.step
      ? [{ k, text: t('race.leftView', { racer: racerName(t, optimizer), step }) }]
      : [];
  });
  return (
    <>
      <table className="d-race-legend">
        <caption className="d-sr-only">{t('race.where')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('race.racer')}</th>
            <th scope="col">{t('race.stepColumn')}</th>
            <th scope="col">x</th>
            <th scope="col">y</th>
            <th scope="col">f(x, y)</th>
          </tr>
        </thead>
        <tbody>
          {settings.racers.map((optimizer, k) => {
            const run = runs?.[k];
            const i = run ? Math.min(run.count - 1, Math.floor(race.step)) : -1;
            const o = i * RECORD_STRIDE;
            const done = run !== undefined && run.diverged && race.step >= run.count - 1;
            return (
              <tr key={k}>
                <th scope="row">
                  <span
                    className="d-legend-swatch"
                    style={{ background: RACER_COLORS[k % RACER_COLORS.length] }}
                  />{' '}
                  {racerName(t, optimizer)}
                </th>
                <td>{i >= 0 ? i : '–'}</td>
                <td>{i >= 0 ? formatValue(run!.data[o + RECORD.x]) : '–'}</td>
                <td>{i >= 0 ? formatValue(run!.data[o + RECORD.y]) : '–'}</td>
                <td>
                  {i >= 0 ? formatValue(run!.data[o + RECORD.f]) : '–'}
                  {done && <span className="d-diverged"> {t('race.diverged')}</span>}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      {left.length > 0 && (
        <ul className="d-race-left" aria-label={t('race.leftViewList')}>
          {left.map(({ k, text }) => (
            <li key={k}>{text}</li>
          ))}
        </ul>
      )}
    </>
  );
}

/** "Adam · lr 0.1": the racer's optimizer in the page's language and its learning rate. */
function racerName(t: Translator, optimizer: { name: string; lr: number }): string {
  const choice = OPTIMIZER_CHOICES.find((c) => c.name === optimizer.name);
  const label = t.label('optimizer', optimizer.name, choice?.label ?? optimizer.name);
  return t('race.racerName', { optimizer: label, lr: formatValue(optimizer.lr) });
}
