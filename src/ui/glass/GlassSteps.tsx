// The opened step: where the student is (← and → move a stage, Home and End to the ends,
// the buttons too), which gradients the stages show (the sample's own loss, or its
// minibatch's), and the stage itself. Each stage is announced in words for a screen reader.
import { useEffect, useMemo, useRef, type KeyboardEvent } from 'react';
import type { GlassTrace } from '../../spec/protocol/glass';
import type { SampleChoice } from '../../spec/protocol/training';
import { reopenGlass, setGlassStage, setGlassWay } from '../../store/glass';
import { useShallow } from 'zustand/react/shallow';
import { useStore } from '../../store/store';
import type { Translator } from '../i18n/translate';
import { useT } from '../i18n/useT';
import { GlassStage } from './GlassStage';
import { useStageName } from './stageName';
import { glassStages } from './stages';

export function GlassSteps({ trace }: { trace: GlassTrace }) {
  const t = useT();
  const { stage: at, way, generation, step, request } = useStore((s) => s.glass);
  // Only what dates the numbers: the run's other news (10 snapshots a second while it trains)
  // must not redraw a stage of thousands of values.
  const run = useStore(useShallow((s) => ({ generation: s.run.generation, step: s.run.step })));
  const stages = useMemo(() => glassStages(trace), [trace]);
  const index = Math.min(at, stages.length - 1);
  const stage = stages[index];
  const nameOf = useStageName(trace);
  const group = useRef<HTMLDivElement>(null);
  const go = (to: number) => setGlassStage(Math.max(0, Math.min(stages.length - 1, to)));
  const onKey = (e: KeyboardEvent) => {
    const to = { ArrowRight: index + 1, ArrowLeft: index - 1, Home: 0, End: stages.length - 1 }[
      e.key
    ];
    // A field or a menu keeps its own arrows (a number, a choice).
    if (to === undefined || e.target instanceof HTMLInputElement) return;
    if (e.target instanceof HTMLSelectElement) return;
    e.preventDefault();
    go(to);
  };
  // A stage changed by a key or a button of the stage it leaves takes that button with it,
  // and the focus would fall to the page: it goes to the stages' frame, so the keys go on.
  useEffect(() => {
    if (document.activeElement === document.body) group.current?.focus({ preventScroll: true });
  }, [index]);
  const moved = run.generation !== generation || run.step !== step;
  return (
    <div
      className="d-glass-steps"
      role="group"
      aria-label={t('glass.steps')}
      aria-roledescription={t('glass.stepsRole')}
      tabIndex={0}
      ref={group}
      onKeyDown={onKey}
    >
      <p className="d-readout">
        {t('glass.opened', {
          step: trace.update.step,
          rows: trace.rows,
          sample: sampleName(t, request?.choice ?? null),
        })}
        {moved && (
          <>
            {' '}
            <span className="d-note">{t('glass.movedOn')}</span>{' '}
            <button type="button" onClick={reopenGlass}>
              {t('glass.reopen')}
            </button>
          </>
        )}
      </p>
      <fieldset className="d-glass-way">
        <legend>{t('glass.way')}</legend>
        {(['sample', 'batch'] as const).map((w) => (
          <label key={w}>
            <input
              type="radio"
              name="d-glass-way"
              checked={way === w}
              onChange={() => setGlassWay(w)}
            />{' '}
            {t(w === 'sample' ? 'glass.way.sample' : 'glass.way.batch', { rows: trace.rows })}
          </label>
        ))}
      </fieldset>
      <nav className="d-glass-nav" aria-label={t('glass.nav')}>
        <button type="button" onClick={() => go(index - 1)} disabled={index === 0}>
          {t('glass.previous')}
        </button>
        <span aria-live="polite" className="d-glass-where">
          {t('glass.stageOf', { stage: index + 1, count: stages.length, name: nameOf(stage) })}
        </span>
        <button type="button" onClick={() => go(index + 1)} disabled={index === stages.length - 1}>
          {t('glass.next')}
        </button>
      </nav>
      <GlassStage trace={trace} stage={stage} way={way} />
    </div>
  );
}

/** "training sample 37", counted from 1 as the picker counts. */
function sampleName(t: Translator, choice: SampleChoice | null): string {
  if (choice === null || choice.kind === 'drawn') return t('glass.sample.drawn');
  const key = choice.part === 'training' ? 'glass.sample.training' : 'glass.sample.validation';
  return t(key, { n: choice.index + 1 });
}
