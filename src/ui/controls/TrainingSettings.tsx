// How to train: batch size, epochs, shuffling, the learning-rate schedule, L1/L2 penalties
// and early stopping. All of them apply to a running network from its next step.
import { useId } from 'react';
import type { ScheduleSpec, TrainingSpec } from '../../spec/types';
import { SCHEDULE_CHOICES } from '../../store/catalog';
import { editExperiment } from '../../store/actions';
import { useStore } from '../../store/store';
import { useT } from '../i18n/useT';
import { NumberField } from './NumberField';

const set = (change: (training: TrainingSpec) => void) =>
  editExperiment((e) => void change(e.training));

export function TrainingSettings() {
  const t = useT();
  const training = useStore((s) => s.experiment.training);
  const hasValidation = useStore((s) => s.experiment.validation > 0);
  const shuffleId = useId(),
    scheduleId = useId(),
    stopId = useId();
  const { schedule, earlyStopping } = training;
  return (
    <>
      <NumberField
        label={t('param.batchSize')}
        path="training.batchSize"
        value={training.batchSize}
        step={1}
        min={1}
        onCommit={(v) => set((s) => void (s.batchSize = v))}
      />
      <NumberField
        label={t('training.epochs')}
        path="training.epochs"
        value={training.epochs}
        step={1}
        min={0}
        onCommit={(v) => set((s) => void (s.epochs = v))}
      />
      <label className="d-field d-check" htmlFor={shuffleId}>
        <input
          id={shuffleId}
          type="checkbox"
          checked={training.shuffle}
          onChange={(e) => set((s) => void (s.shuffle = e.target.checked))}
        />
        <span>{t('training.shuffle')}</span>
      </label>
      <label className="d-field" htmlFor={scheduleId}>
        <span>{t('training.schedule')}</span>
        <select
          id={scheduleId}
          value={schedule.name}
          // Only the name: validation fills in the chosen schedule's defaults.
          onChange={(e) => set((s) => void (s.schedule = { name: e.target.value } as ScheduleSpec))}
        >
          {SCHEDULE_CHOICES.map((c) => (
            <option key={c.name} value={c.name}>
              {t.label('schedule', c.name, c.label)}
            </option>
          ))}
        </select>
      </label>
      {schedule.name === 'step' && (
        <NumberField
          label={t('training.stepSize')}
          path="training.schedule.stepSize"
          value={schedule.stepSize}
          step={1}
          min={1}
          onCommit={(v) => set((s) => void (s.schedule = { ...schedule, stepSize: v }))}
        />
      )}
      {(schedule.name === 'step' || schedule.name === 'exponential') && (
        <NumberField
          label={t('training.gamma')}
          path="training.schedule.gamma"
          value={schedule.gamma}
          step={0.01}
          onCommit={(v) => set((s) => void (s.schedule = { ...schedule, gamma: v }))}
        />
      )}
      {schedule.name === 'cosine' && (
        <>
          <NumberField
            label={t('training.tMax')}
            path="training.schedule.tMax"
            value={schedule.tMax}
            step={1}
            min={1}
            onCommit={(v) => set((s) => void (s.schedule = { ...schedule, tMax: v }))}
          />
          <NumberField
            label={t('training.etaMin')}
            path="training.schedule.etaMin"
            value={schedule.etaMin}
            onCommit={(v) => set((s) => void (s.schedule = { ...schedule, etaMin: v }))}
          />
        </>
      )}
      <NumberField
        label={t('training.l1')}
        path="training.l1"
        value={training.l1}
        step={0.0001}
        min={0}
        onCommit={(v) => set((s) => void (s.l1 = v))}
      />
      <NumberField
        label={t('training.l2')}
        path="training.l2"
        value={training.l2}
        step={0.0001}
        min={0}
        onCommit={(v) => set((s) => void (s.l2 = v))}
      />
      <label className="d-field d-check" htmlFor={stopId}>
        <input
          id={stopId}
          type="checkbox"
          checked={earlyStopping !== null}
          disabled={!hasValidation}
          onChange={(e) =>
            set(
              (s) =>
                void (s.earlyStopping = e.target.checked ? { patience: 5, minDelta: 0 } : null),
            )
          }
        />
        <span>
          {t(hasValidation ? 'training.earlyStopping' : 'training.earlyStoppingUnavailable')}
        </span>
      </label>
      {earlyStopping !== null && (
        <>
          <NumberField
            label={t('training.patience')}
            path="training.earlyStopping.patience"
            value={earlyStopping.patience}
            step={1}
            min={1}
            onCommit={(v) => set((s) => void (s.earlyStopping = { ...earlyStopping, patience: v }))}
          />
          <NumberField
            label={t('training.minDelta')}
            path="training.earlyStopping.minDelta"
            value={earlyStopping.minDelta}
            min={0}
            onCommit={(v) => set((s) => void (s.earlyStopping = { ...earlyStopping, minDelta: v }))}
          />
        </>
      )}
    </>
  );
}
