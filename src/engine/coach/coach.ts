// The coach: watches a run through the run driver (engine/runDriver.ts) and says what went
// wrong, once per diagnosis and layer. Its rules (./rules, one per diagnosis) read the
// minibatch losses after every step and the network's signals at every epoch's end; the
// coach keeps what they read and dates what they find. It changes nothing in the run: the
// probe runs in evaluation mode and draws no random number, so a run watched trains exactly
// as one that is not.
import { chanceLoss } from '../losses';
import type { RunEnd } from '../runDriver';
import type { EpochResult, StepResult, Trainer } from '../train';
import type { Diagnosis, DiagnosisName } from '../../spec/protocol/diagnosis';
import { smallerRate } from './advice';
import { RULES } from './rules';
import { OSCILLATION_WINDOW } from './rules/oscillation';
import { probeSignals, type Signals } from './signals';
import { StepWindow, type Draft, type Rule, type Watch } from './watch';

const STEP_RULES = Object.values(RULES).filter((rule) => rule.at === 'step');
const EPOCH_RULES = Object.values(RULES).filter((rule) => rule.at === 'epoch');

export class Coach implements Watch {
  readonly untrained: number;
  readonly chance: number | null;
  readonly steps = new StepWindow(OSCILLATION_WINDOW);
  readonly epochs: EpochResult[] = [];
  signals: Signals | null = null;
  lowest = Infinity;
  /** Everything found so far, in order. */
  readonly found: Diagnosis[] = [];
  /** name/layer of each finding: each is said once a run (a rule may find another layer later). */
  private readonly said = new Set<string>();

  /** Built before the run's first step: it measures the untrained network. */
  constructor(readonly trainer: Trainer) {
    this.untrained = probeSignals(trainer).loss;
    this.chance = chanceLoss(trainer.experiment.model.loss, trainer.data.train.classes);
  }

  /** After an applied step: what its loss shows (usually nothing). */
  step(result: StepResult): Diagnosis[] {
    this.steps.push(result.loss);
    return this.run(STEP_RULES);
  }

  /** At an epoch's end, before its line is written: what the epoch and the network show. */
  epoch(result: EpochResult): Diagnosis[] {
    this.epochs.push(result);
    this.signals = probeSignals(this.trainer);
    this.lowest = Math.min(this.lowest, this.signals.loss);
    return this.run(EPOCH_RULES);
  }

  /** A run the driver ended because its loss stopped being finite: that is an explosion. */
  diverged(end: Extract<RunEnd, { how: 'diverged' }>): Diagnosis[] {
    const evidence = { from: this.untrained, steps: end.step };
    const draft: Draft = {
      layer: null,
      evidence,
      cause: 'learningRateTooLarge',
      fix: smallerRate(this.trainer),
    };
    return this.record(RULES.exploding, [draft]);
  }

  private run(rules: readonly Rule[]): Diagnosis[] {
    // After an explosion every other signal is its consequence: one finding says it all.
    if (this.said.has('exploding/null')) return [];
    let found: Diagnosis[] = [];
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
    return found;
  }

  /** Whether `name` was found in this run. */
  has(name: DiagnosisName): boolean {
    return this.found.some((d) => d.name === name);
  }
}
