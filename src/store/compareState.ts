// The compare view's part of the store: which setting varies and the values typed or ticked
// for each (kept per setting, so switching back finds them), and the runs as they stream in.
import type { LayerStatistics } from '../spec/protocol/statistics';
import { SETTINGS } from '../spec/compare';
import type { Message } from '../spec/message';
import type { DiagnosisName } from '../spec/protocol/diagnosis';
import type { RunSummary } from '../spec/protocol/runs';
import type { RunStatus } from '../spec/protocol/runStatus';
import type { EpochPoint } from '../spec/protocol/training';
import type {
  AugmentSpec,
  Experiment,
  InitSpec,
  LayerSpec,
  OptimizerSpec,
  SettingValues,
  VaryName,
} from '../spec/types';

/** What the user has entered for each setting; turned into a compare document on Run. */
export interface CompareChoices {
  optimizer: string[];
  initializer: string[];
  /** The std of `normal` and the limit of `uniform` when those initializers are ticked. */
  initStd: number;
  initLimit: number;
  activation: string[];
  /** Comma-separated numbers. */
  lr: string;
  batchSize: string;
  dropout: string;
  weightDecay: string;
  seed: string;
  hiddenLayers: string;
  units: string;
  filters: string;
  /** Whole networks, each added from the playground's (or a lesson's). */
  layers: LayerSpec[][];
  /** Augmentations (null: none), each added from the playground's (or a lesson's). */
  augment: (AugmentSpec | null)[];
}

/** The one setting a compare run changes, and its value as the compare document has it. */
export type CompareSetting = { [K in VaryName]: { name: K; value: SettingValues[K] } }[VaryName];

export interface CompareRun {
  /** The spec's label, in English as `cli compare` prints it (the CSV's run column). */
  label: string;
  /** What the page names the run from, in its own language (ui/compare/settingText.ts). */
  setting: CompareSetting;
  experiment: Experiment;
  status: RunStatus;
  epochs: EpochPoint[];
  layers: LayerStatistics[] | null;
  summary: RunSummary | null;
  /** Why it failed, diverged or stopped early, as a message key for the page to word. */
  message: Message | null;
  /** What the coach found in it so far (its tags in the table). */
  diagnoses: DiagnosisName[];
}

export interface CompareState {
  vary: VaryName;
  choices: CompareChoices;
  runs: CompareRun[];
  /**
   * Values given whole by a lesson that the form cannot show (two normal initializers of
   * different std, an optimizer with its own rate): listed in the setup panel and run as
   * they are, until the user goes back to the form. Values the form can show go into it.
   */
  preset: CompareSetting[] | null;
  /** Runs hidden from the charts (the legend's buttons), by index. */
  hidden: number[];
  /** Why the last Run was refused (the document did not validate). */
  error: string | null;
}

export function initialCompare(): CompareState {
  return {
    vary: 'optimizer',
    choices: {
      optimizer: ['sgd', 'momentum', 'rmsprop', 'adam'],
      initializer: ['normal', 'xavier_normal', 'he_normal'],
      initStd: 0.01,
      initLimit: 0.05,
      activation: ['sigmoid', 'tanh', 'relu'],
      lr: '0.001, 0.01, 0.1, 1',
      batchSize: '8, 32, 128',
      dropout: '0, 0.2, 0.5',
      weightDecay: '0, 0.0001, 0.001, 0.01',
      seed: '1, 2, 3, 4',
      // From a shallow network to a deeper one; widths four times apart; the filters of
      // small convolutional networks.
      hiddenLayers: '1, 2, 3',
      units: '8, 32, 128',
      filters: '4, 8, 16',
      layers: [],
      // Without augmentation, the run every augmentation is measured against.
      augment: [null],
    },
    runs: [],
    preset: null,
    hidden: [],
    error: null,
  };
}

/** Comma- or space-separated entries, numbers where they read as numbers (else the text,
 *  so validation can quote it: `values[1] must be a finite number (got "abc")`). */
export function listEntries(text: string): unknown[] {
  return text
    .split(/[\s,;]+/)
    .filter((t) => t !== '')
    .map((t) => (/^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i.test(t) ? Number(t) : t));
}

/** How the form holds one setting's values: what Run reads from it, and a document's values put back into it (null: the form cannot show them). */
interface FormRow {
  read(c: CompareChoices): unknown[];
  write(values: readonly unknown[], c: CompareChoices): CompareChoices | null;
}

/** A setting typed as a list of numbers. */
type ListSetting = Exclude<
  VaryName,
  'optimizer' | 'activation' | 'initializer' | 'batchNorm' | 'layers' | 'augment'
>;
const list = (name: ListSetting): FormRow => ({
  read: (c) => listEntries(c[name]),
  write: (values, c) => ({ ...c, [name]: values.map(String).join(', ') }),
});

const FORM: Record<VaryName, FormRow> = {
  optimizer: {
    read: (c) => c.optimizer,
    write: (values, c) => ({ ...c, optimizer: (values as OptimizerSpec[]).map((o) => o.name) }),
  },
  activation: {
    read: (c) => c.activation,
    // The form offers no softmax for hidden layers.
    write: (values, c) =>
      values.includes('softmax') ? null : { ...c, activation: values as string[] },
  },
  initializer: {
    read: (c) =>
      c.initializer.map((name) =>
        name === 'normal'
          ? { name, std: c.initStd }
          : name === 'uniform'
            ? { name, limit: c.initLimit }
            : name,
      ),
    write: (values, c) => {
      const inits = values as InitSpec[];
      return {
        ...c,
        initializer: inits.map((i) => i.name),
        initStd: inits.find((i) => i.name === 'normal')?.std ?? c.initStd,
        initLimit: inits.find((i) => i.name === 'uniform')?.limit ?? c.initLimit,
      };
    },
  },
  batchNorm: { read: () => [false, true], write: (_values, c) => c },
  lr: list('lr'),
  batchSize: list('batchSize'),
  dropout: list('dropout'),
  weightDecay: list('weightDecay'),
  seed: list('seed'),
  hiddenLayers: list('hiddenLayers'),
  units: list('units'),
  filters: list('filters'),
  layers: {
    read: (c) => c.layers,
    write: (values, c) => ({ ...c, layers: values as LayerSpec[][] }),
  },
  augment: {
    read: (c) => c.augment,
    write: (values, c) => ({ ...c, augment: values as (AugmentSpec | null)[] }),
  },
};

/** The compare document's `values` for `vary` from what the user entered. */
export function compareValues(vary: VaryName, c: CompareChoices): unknown[] {
  return FORM[vary].read(c);
}

/**
 * The form showing exactly `values` (a compare document's, resolved) for `vary`, the other
 * settings' entries kept; null when it cannot (a setting twice, an optimizer away from its
 * defaults, batch norm on before off). Checked by reading the form back: what it would run
 * must be `values`, in their order.
 */
export function formChoices(
  vary: VaryName,
  values: readonly unknown[],
  c: CompareChoices,
): CompareChoices | null {
  const form = FORM[vary].write(values, c);
  if (form === null) return null;
  try {
    const shown = compareValues(vary, form).map((v, i) => SETTINGS[vary](v, `values[${i}]`));
    return JSON.stringify(shown) === JSON.stringify(values) ? form : null;
  } catch {
    return null; // a value the form reads back differently is one it cannot show
  }
}

/**
 * The compare a document (a lesson's) sets up: its values in the form where the form can
 * show them, else whole as the preset, which the setup panel lists instead of the form.
 */
export function loadedCompare(
  vary: VaryName,
  values: readonly unknown[],
  c: CompareChoices,
): Pick<CompareState, 'vary' | 'choices' | 'preset'> {
  const choices = formChoices(vary, values, c);
  return choices !== null
    ? { vary, choices, preset: null }
    : {
        vary,
        choices: c,
        preset: values.map((value) => ({ name: vary, value }) as CompareSetting),
      };
}

/** What Run runs: the preset the panel lists, else what the form shows. */
export function runValues(s: Pick<CompareState, 'vary' | 'choices' | 'preset'>): unknown[] {
  return s.preset?.map((p) => p.value) ?? compareValues(s.vary, s.choices);
}
