// The headless runner: `npm run --silent cli -- train|trajectory|compare|search|export-pytorch
// FILE.json [flags]`.
// Bad input of any kind ends with one line on standard error naming what is wrong, a
// non-zero exit code, and nothing on standard output.
import { readFile } from 'node:fs/promises';
import { exportPyTorch } from '../engine/export/pytorch';
import { prepareData } from '../engine/prepare';
import { checkStart } from '../engine/customSurface';
import { runTrajectory } from '../engine/trajectory';
import { parseDocument, parseJson } from '../spec';
import type { DocumentCommand } from '../spec/document';
import { resolveExperiment } from '../spec/experiment';
import type { CompareSpec, Experiment, SearchSpec, TrajectorySpec } from '../spec/types';
import { runCompare } from './compare';
import { LineWriter } from './output';
import { readDatasetFile } from './readDatasetFile';
import { runSearch } from './search';
import { runTrain, type TrainFlags } from './train';

const USAGE =
  'usage: cli train FILE.json [--log-steps] [--dump-params] [--stats] [--diagnose]' +
  ' | cli trajectory FILE.json' +
  ' | cli compare FILE.json | cli search FILE.json | cli export-pytorch FILE.json';

/** `export-pytorch` reads a train document and prints a script (engine/export/pytorch.ts). */
type Command = DocumentCommand | 'export-pytorch';

const FLAGS: Record<Command, readonly string[]> = {
  train: ['--log-steps', '--dump-params', '--stats', '--diagnose'],
  trajectory: [],
  compare: [],
  search: [],
  'export-pytorch': [],
};

class UsageError extends Error {}

async function main(argv: readonly string[]): Promise<void> {
  const [command, ...rest] = argv;
  const allowed = Object.hasOwn(FLAGS, command ?? '') ? FLAGS[command as Command] : undefined;
  if (allowed === undefined)
    throw new UsageError(command ? `unknown command "${command}"` : 'no command');
  const files = rest.filter((a) => !a.startsWith('--'));
  const flags = new Set(rest.filter((a) => a.startsWith('--')));
  for (const flag of flags)
    if (!allowed.includes(flag)) throw new UsageError(`unknown option ${flag} for ${command}`);
  if (files.length !== 1) throw new UsageError(`${command} takes one FILE.json`);

  const text = await readFile(files[0], 'utf8').catch((e: NodeJS.ErrnoException) => {
    throw new Error(`cannot read ${files[0]}: ${e.code === 'ENOENT' ? 'no such file' : e.message}`);
  });
  const json = parseJson(text, files[0]);
  if (command === 'export-pytorch') {
    const experiment = resolveExperiment(json, 'the command is export-pytorch');
    const data = await prepareData(experiment, readDatasetFile);
    process.stdout.write(exportPyTorch(experiment, data));
    return;
  }
  const document = parseDocument(json, command as DocumentCommand);
  const out = new LineWriter();
  if (command === 'trajectory') {
    checkStart(document as TrajectorySpec);
    out.write(runTrajectory(document as TrajectorySpec));
  } else if (command === 'compare') {
    await runCompare(document as CompareSpec, out);
  } else if (command === 'search') {
    await runSearch(document as SearchSpec, out);
  } else {
    const trainFlags: TrainFlags = {
      logSteps: flags.has('--log-steps'),
      dumpParams: flags.has('--dump-params'),
      stats: flags.has('--stats'),
      diagnose: flags.has('--diagnose'),
    };
    await runTrain(document as Experiment, trainFlags, out);
  }
  out.flush();
}

// A reader that stops early (`… | head`) closes the pipe: that is not an error of ours.
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code === 'EPIPE') process.exit(0);
  throw e;
});

main(process.argv.slice(2)).catch((e: unknown) => {
  // One line, whatever the message holds.
  const message = (e instanceof Error ? e.message : String(e)).replace(/\s*\n\s*/g, ' ');
  process.stderr.write(`error: ${message}${e instanceof UsageError ? ` (${USAGE})` : ''}\n`);
  process.exitCode = e instanceof UsageError ? 2 : 1;
});
