// The coach: watches a run through the run driver (engine/runDriver.ts) and says what went
// wrong, once per diagnosis and layer. Its rules (./rules, one per diagnosis) read the
// minibatch losses after every step, the metrics at every epoch's end, and the network's
// signals from a probe at the epochs it runs (PROBE_SPACING); the coach keeps what they read
// and dates what they find. It changes nothing in the run: the
// probe runs in evaluation mode and draws no random number, so a run watched trains exactly
// as one that is not.
import { chanceLoss } from '../losses';
import type { EpochResult, StepResult, Trainer } from '../train';
import type { Diagnosis } from '../../spec/protocol/diagnosis';
import { inputsUnscaled, smallerRate } from './fixes';
import { RULES } from './rules';
import { OSCILLATION_WINDOW } from './rules/oscillation';
import { PROBE_ROWS, probeSignals, type Signals } from './signals';
import { StepWindow, type Draft, type Rule, type Watch } from './watch';

const rulesAt = (at: Rule['at']) => Object.values(RULES).filter((rule) => rule.at === at);
const STEP_RULES = rulesAt('step');
const EPOCH_RULES = rulesAt('epoch');
const PROBE_RULES = rulesAt('probe');

/**
 * The probe runs at the first epoch's end, at the last's, and between them once four times
 * its rows have been trained since the last: a forward and backward pass over 256 rows cost
 * 45% of an epoch of the 400-sample spiral (0.35 ms against 0.78), which every epoch would
 * make a search of small runs nearly twice as long; every fourth epoch there costs about 11%.
 */
export const PROBE_SPACING = 4;

export class Coach implements Watch {
  readonly untrained: number;
  readonly chance: number | null;
  readonly inputsUnscaled: boolean;
  readonly steps = new StepWindow(OSCILLATION_WINDOW);
  readonly epochs: EpochResult[] = [];
  signals: Signals | null = null;
  lowest = Infinity;
  /** The optimizer step at the last probe. */
  private probedAt = 0;
  /** An explosion was found (and the rate has not changed since). */
  private exploded = false;
  /** Everything found so far, in order. */
  readonly found: Diagnosis[] = [];
  /** name/layer of each finding: each is said once a run (a rule may find another layer later). */
  private readonly said = new Set<string>();

  /** Built before the run's first step: it measures the untrained network. */
  constructor(readonly trainer: Trainer) {
    this.untrained = probeSignals(trainer).loss;
    this.chance = chanceLoss(trainer.experiment.model.loss, trainer.data.train.classes);
    this.inputsUnscaled = inputsUnscaled(trainer);
  }

  /** After an applied step: what its loss shows (usually nothing, and no allocation then). */
  step(result: StepResult): readonly Diagnosis[] {
    this.steps.push(result.loss);
    return this.run(STEP_RULES);
  }

  /** At an epoch's end, before its line is written: what the epoch (and the network) show. */
  epoch(result: EpochResult): readonly Diagnosis[] {
    this.epochs.push(result);
    const found = this.run(EPOCH_RULES);
    if (!this.probeDue()) return found;
    this.probedAt = this.trainer.step;
    this.signals = probeSignals(this.trainer);
    this.lowest = Math.min(this.lowest, this.signals.loss);
    return found.concat(this.run(PROBE_RULES));
  }

  /**
   * The rate or another hyperparameter changed mid-run (a slider): what the old rate did is
   * past. An explosion or oscillation may be found again, and the rules that fell silent
   * after an explosion speak again.
   */
  retuned(): void {
    this.exploded = false;
    this.said.delete('exploding/null');
    this.said.delete('oscillation/null');
    this.steps.clear();
  }

  /** Whether this epoch's end is one the probe runs at (PROBE_SPACING). */
  private probeDue(): boolean {
    const { trainer } = this;
    const last = trainer.epoch >= trainer.experiment.training.epochs;
    const batch = Math.min(trainer.experiment.training.batchSize, trainer.data.train.n);
    const trained = (trainer.step - this.probedAt) * batch;
    return this.epochs.length === 1 || last || trained >= PROBE_SPACING * PROBE_ROWS;
  }

  /** A run the driver ended because its loss stopped being finite: that is an explosion. */
  diverged(): readonly Diagnosis[] {
    // The step refused is the next one: the evidence counts the steps applied.
    const evidence = { from: this.untrained, steps: this.trainer.step };
    const draft: Draft = {
      layer: null,
      evidence,
      cause: 'learningRateTooLarge',
      fix: smallerRate(this.trainer),
    };
    return this.record(RULES.exploding, [draft]);
  }

  private run(rules: readonly Rule[]): readonly Diagnosis[] {
    // After an explosion every other signal is its consequence: one finding says it all.
    if (this.exploded) return NONE;
    let found: readonly Diagnosis[] = NONE;
    for (const rule of rules) {
      const drafts = rule.check(this);
      if (drafts.length > 0) found = found.concat(this.record(rule, drafts));
    }
    return found;
  }

  private record(rule: Rule, drafts: readonly Draft[]): Diagnosis[] {
    const { step, epoch } = this.trainer;
    const found: Diagnosis[] = [];
    for (const draft of drafts) {
      const key = `${rule.name}/${draft.layer}`;
      if (this.said.has(key)) continue;
      this.said.add(key);
      // A rate to blame is named with its value then (a slider may move it later).
      const rate = draft.cause === 'learningRateTooLarge' || draft.cause === 'learningRateTooSmall';
      const evidence = rate ? { ...draft.evidence, lr: this.trainer.learningRate } : draft.evidence;
      found.push({ name: rule.name, step, epoch, ...draft, evidence, pause: rule.pause === true });
    }
    this.found.push(...found);
    if (found.some((d) => d.name === 'exploding')) this.exploded = true;
    return found;
  }
}

/** Nothing found: one shared empty list, so that a quiet step allocates nothing. */
const NONE: readonly Diagnosis[] = Object.freeze([]);
