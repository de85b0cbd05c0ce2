// The playground's files: the experiment as a document, a trained model (the experiment
// with the network's current weights as its `params`), and opening either of them again.
// The page does the downloading; here the documents are written and read.
import { readExperimentFile, writeExperimentFile } from '../spec/experimentFile';
import type { Message } from '../spec/message';
import { editExperiment } from './actions';
import { useStore } from './store';
import { trainingWorker } from './worker';

export const EXPERIMENT_FILE = 'descent-experiment.json';
export const MODEL_FILE = 'descent-model.json';
/** The largest file opened: a model at the parameter limit is far smaller than this. */
const FILE_BYTES_LIMIT = 500_000_000;

/** The experiment as the contract's JSON, every field written out. */
export function experimentText(): string {
  return writeExperimentFile(useStore.getState().experiment);
}

/**
 * The experiment with the weights the network has now, from the run the page shows; null,
 * with a notice saying why, when there are none to take (a run loading, one diverged).
 */
export async function trainedModelText(): Promise<string | null> {
  const { experiment, run } = useStore.getState();
  const params = await trainingWorker().trainedParams(run.generation);
  if (!params.ok) return refused(params.why);
  return writeExperimentFile({ ...experiment, params: params.value });
}

export const PYTORCH_FILE = 'descent_experiment.py';

/**
 * The experiment as a PyTorch script (engine/export/pytorch.ts): the same data, initial
 * weights, optimizer and minibatch order, so its first losses are the page's. Null, with a
 * notice saying why, while there is no run to export.
 */
export async function pyTorchScript(): Promise<string | null> {
  const script = await trainingWorker().exportPyTorch(useStore.getState().run.generation);
  return script.ok ? script.value : refused(script.why);
}

/**
 * Opens an experiment or trained-model file: a new run from its settings (and weights). A
 * file that cannot be read, is not JSON, is another kind of document or fails validation
 * changes nothing, and a notice names the file and what is wrong.
 */
export async function openExperimentFile(file: File): Promise<void> {
  const vars = { file: file.name };
  if (file.size > FILE_BYTES_LIMIT) {
    say({ key: 'notice.fileTooLarge', vars: { ...vars, limit: FILE_BYTES_LIMIT / 1e6 } });
    return;
  }
  let text: string;
  try {
    text = await file.text();
  } catch {
    say({ key: 'notice.fileUnreadable', vars });
    return;
  }
  const read = readExperimentFile(text);
  if (!read.ok) {
    if (read.problem === 'kind')
      say({ key: 'notice.fileWrongKind', vars: { ...vars, kind: read.kind } });
    else
      say({
        key: read.problem === 'json' ? 'notice.fileNotJson' : 'notice.fileInvalid',
        vars: { ...vars, message: read.message },
      });
    return;
  }
  const opened = read.experiment.params === null ? 'notice.experimentOpened' : 'notice.modelOpened';
  editExperiment(() => read.experiment, { restart: { key: opened, vars } });
}

/** A download that could not be made (a chart that would not draw, a run still loading). */
export function reportDownloadFailure(message: string): void {
  say({ key: 'notice.downloadFailed', vars: { message } });
}

function say(notice: Message): void {
  useStore.setState({ notices: [notice] });
}

function refused(why: Message): null {
  say(why);
  return null;
}
