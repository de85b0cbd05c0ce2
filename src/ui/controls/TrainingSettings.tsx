// How to train: batch size, epochs, shuffling, the learning-rate schedule, L1/L2 penalties
// and early stopping. All of them apply to a running network from its next step.
import { useId } from 'react';
import { SCHEDULE_CHOICES } from '../../store/catalog';
import { editExperiment, useStore } from '../../store/store';
import type { ScheduleSpec, TrainingSpec } from '../../spec/types';
import { NumberField } from './NumberField';

const set = (change: (t: TrainingSpec) => void) => editExperiment((e) => void change(e.training));

export function TrainingSettings() {
  const training = useStore((s) => s.experiment.training);
  const hasValidation = useStore((s) => s.experiment.validation > 0);
  const shuffleId = useId(),
    scheduleId = useId(),
    stopId = useId();
  const { schedule, earlyStopping } = training;
  return (
    <>
      <NumberField
        label="Batch size"
        value={training.batchSize}
        step={1}
        min={1}
        onCommit={(v) => set((t) => void (t.batchSize = v))}
      />
      <NumberField
        label="Epochs"
        value={training.epochs}
        step={1}
        min={0}
        onCommit={(v) => set((t) => void (t.epochs = v))}
      />
      <label className="d-field d-check" htmlFor={shuffleId}>
        <input
          id={shuffleId}
          type="checkbox"
          checked={training.shuffle}
          onChange={(e) => set((t) => void (t.shuffle = e.target.checked))}
        />
        <span>Shuffle every epoch</span>
      </label>
      <label className="d-field" htmlFor={scheduleId}>
        <span>Learning-rate schedule</span>
        <select
          id={scheduleId}
          value={schedule.name}
          // Only the name: validation fills in the chosen schedule's defaults.
          onChange={(e) => set((t) => void (t.schedule = { name: e.target.value } as ScheduleSpec))}
        >
          {SCHEDULE_CHOICES.map((c) => (
            <option key={c.name} value={c.name}>
              {c.label}
            </option>
          ))}
        </select>
      </label>
      {schedule.name === 'step' && (
        <NumberField
          label="Step every (epochs)"
          value={schedule.stepSize}
          step={1}
          min={1}
          onCommit={(v) => set((t) => void (t.schedule = { ...schedule, stepSize: v }))}
        />
      )}
      {(schedule.name === 'step' || schedule.name === 'exponential') && (
        <NumberField
          label="Decay factor (gamma)"
          value={schedule.gamma}
          step={0.01}
          onCommit={(v) => set((t) => void (t.schedule = { ...schedule, gamma: v }))}
        />
      )}
      {schedule.name === 'cosine' && (
        <>
          <NumberField
            label="Period (epochs)"
            value={schedule.tMax}
            step={1}
            min={1}
            onCommit={(v) => set((t) => void (t.schedule = { ...schedule, tMax: v }))}
          />
          <NumberField
            label="Minimum learning rate"
            value={schedule.etaMin}
            onCommit={(v) => set((t) => void (t.schedule = { ...schedule, etaMin: v }))}
          />
        </>
      )}
      <NumberField
        label="L1 penalty"
        value={training.l1}
        step={0.0001}
        min={0}
        onCommit={(v) => set((t) => void (t.l1 = v))}
      />
      <NumberField
        label="L2 penalty"
        value={training.l2}
        step={0.0001}
        min={0}
        onCommit={(v) => set((t) => void (t.l2 = v))}
      />
      <label className="d-field d-check" htmlFor={stopId}>
        <input
          id={stopId}
          type="checkbox"
          checked={earlyStopping !== null}
          disabled={!hasValidation}
          onChange={(e) =>
            set(
              (t) =>
                void (t.earlyStopping = e.target.checked ? { patience: 5, minDelta: 0 } : null),
            )
          }
        />
        <span>
          Stop early when the validation loss stalls
          {hasValidation ? '' : ' (needs a validation part)'}
        </span>
      </label>
      {earlyStopping !== null && (
        <>
          <NumberField
            label="Patience (epochs)"
            value={earlyStopping.patience}
            step={1}
            min={1}
            onCommit={(v) => set((t) => void (t.earlyStopping = { ...earlyStopping, patience: v }))}
          />
          <NumberField
            label="Minimum improvement"
            value={earlyStopping.minDelta}
            min={0}
            onCommit={(v) => set((t) => void (t.earlyStopping = { ...earlyStopping, minDelta: v }))}
          />
        </>
      )}
    </>
  );
}
