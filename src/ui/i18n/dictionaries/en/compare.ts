// Compare and search.
import { SETTING_WORDS } from '../../../../spec/settingLabel';

export const compare = {
  // How runs of the compare and trials of the search are doing (spec/protocol/runStatus.ts).
  'status.idle': 'not started',
  'status.queued': 'waiting',
  'status.paused': 'paused',
  'status.running': 'training',
  'status.finished': 'done',
  'status.diverged': 'diverged',
  'status.cancelled': 'cancelled',
  'status.failed': 'failed',
  // Why a run or a trial failed where only the pool can fail; {message} and {reason} are the
  // error's own words (English, from the engine or the browser). How a run ends otherwise
  // is said as on the playground (run.diverged.step, run.stoppedEarly, …: page.ts).
  'pool.buildFailed': 'The network could not be built: {message}',
  'pool.dataFailed': 'The data could not be prepared: {message}',
  'pool.requestRefused': '{message}',
  'pool.crashed':
    'The worker training this run stopped unexpectedly ({reason}). The other runs go on; run this one again to retry.',
  'pool.silent':
    'The worker training this run stopped answering (nothing from it for {seconds} s), so it was stopped. The other runs go on; run this one again to retry.',
  'pool.unreported': 'The worker ended the run without reporting how.',
  // Compare.
  'compare.heading': 'Compare',
  'compare.intro':
    "The playground's experiment, once per value of one setting, trained side by side on the same data and, where the network allows, from the same initial weights.",
  'compare.vary': 'Vary',
  'compare.vary.activation': 'Activation (hidden layers)',
  'compare.vary.batchNorm': 'Batch norm (off and on)',
  'compare.vary.seed': 'Seed (initial weights)',
  'compare.vary.hiddenLayers': 'Hidden layers (how many)',
  'compare.vary.units': 'Units (every hidden layer)',
  'compare.vary.filters': 'Filters (every conv layer)',
  'compare.open': 'Open',
  'compare.col.playground': 'Playground',
  'compare.openRun': 'Open {run} in the playground',
  'compare.vary.layers': 'Network (whole architectures)',
  'compare.networks': 'Networks to compare',
  'compare.networks.none':
    'No network yet: build one in the playground, then add it here; then build another.',
  'compare.networks.add': 'Add the playground’s network',
  'compare.networks.remove': 'Remove network {n}',
  'compare.vary.augment': 'Augmentation (training batches)',
  'compare.augments': 'Augmentations to compare',
  'compare.augments.note':
    'Every run trains on the same data; only its training minibatches change. Set an augmentation in the playground’s training settings, then add it here.',
  'compare.augments.none': 'No augmentation listed: add the playground’s.',
  'compare.augments.add': 'Add the playground’s: {run}',
  'compare.augments.listed':
    'The playground’s augmentation is listed already: change it in the playground to add another.',
  'compare.augments.remove': 'Remove {run}',
  // Beside a setting the playground's network cannot vary (in the menu), and why (below it).
  'compare.needs.units': 'needs a hidden layer',
  'compare.needs.filters': 'needs a conv layer',
  'compare.needsNote.units':
    "The playground's network has no hidden dense layer, so there are no units to vary: add a layer on the playground, or vary the number of hidden layers.",
  'compare.needsNote.filters':
    "The playground's network has no conv2d layer, so there are no filters to vary: add a convolution on the playground (with image data such as digits).",
  'compare.architectureNote':
    'The network changes shape from run to run, so each run starts from its own initial weights, drawn from the seed.',
  'compare.hint.lr': 'e.g. 0.001, 0.01, 0.1',
  'compare.hint.batchSize': 'e.g. 8, 32, 128',
  'compare.hint.dropout': 'rates from 0 to below 1, e.g. 0, 0.2, 0.5',
  'compare.hint.weightDecay': 'e.g. 0, 0.0001, 0.01',
  'compare.hint.seed': 'e.g. 1, 2, 3',
  'compare.hint.hiddenLayers': 'from 0 to 8, e.g. 0, 1, 2, 3',
  'compare.hint.units': 'from 1 to 4096, e.g. 8, 32, 128',
  'compare.hint.filters': 'from 1 to 1024, e.g. 4, 8, 16',
  'compare.optimizers': 'Optimizers (each with its defaults)',
  'compare.activations': 'Activations',
  'compare.initializers': 'Initializers',
  'compare.initStd': 'Std of “{name}”',
  'compare.initLimit': 'Limit of “{name}”',
  'compare.batchNormNote': 'Two runs: without batch norm, and with it after every hidden layer.',
  'compare.values': 'Values',
  'compare.preset': 'Values to run',
  'compare.presetNote':
    "The lesson's values, which the form cannot show: Run runs these, in this order.",
  'compare.backToForm': 'Choose the values in the form instead',
  // A run's name from the setting it changes, part by part (setting.lr, setting.batchSize,
  // …): in English the very words `cli compare` prints, from spec/settingLabel.ts.
  ...SETTING_WORDS,
  'compare.run': 'Run',
  'compare.empty': 'Choose a setting and press Run',
  'compare.lineTraining': '{run}, training',
  'compare.lineValidation': '{run}, validation',
  'compare.lineKey': '(dashed: training · solid: validation)',
  'compare.lossChart': 'Loss by epoch for every run',
  'compare.accuracyChart': 'Accuracy by epoch for every run',
  'compare.runsShown': 'Runs shown in the charts',
  'compare.divergedTag': '(diverged)',
  'compare.runs': 'Runs',
  'compare.layerOutputsOfRuns': 'Layer outputs of every run',
  'compare.layerOutputs': 'Layer outputs',
  'compare.layerStd': 'Layer {n} · std {std}',
  'compare.layerLabel': '{run}, layer {n} outputs: mean {mean}, std {std}',
  'compare.summary': 'Summary',
  'compare.col.run': 'Run',
  'compare.col.status': 'Status',
  'compare.col.epochs': 'Epochs',
  'compare.col.final': 'Final validation',
  'compare.col.best': 'Best validation',
  'compare.col.bestEpoch': 'Epoch of best',
  'compare.lossValue': 'loss {value}',
  'compare.trainingLossValue': 'training loss {value}',
  // Random search.
  'search.heading': 'Random search',
  'search.intro':
    "Trains the playground's experiment with settings drawn at random from these ranges, scores each trial on the validation part, and keeps a test part aside for one final check of the best.",
  // A range's bounds, named with the setting so that each field has its own name.
  'search.from': '{name} from',
  'search.to': '{name} to',
  'search.log': 'Log scale (each decade as likely)',
  'search.oneOfNamed': '{name}: one of',
  'search.trials': 'Trials',
  'search.epochs': 'Epochs per trial',
  'search.test': 'Test fraction',
  'search.seed': 'Sampling seed',
  'search.search': 'Search',
  // Before the validation message (English, from the spec) when it is about one field.
  'search.checkField': 'Check “{field}”:',
  'search.empty': 'Set the ranges and press Search',
  'search.progress': 'Search progress',
  'search.finished': '{finished} of {total} trials',
  'search.seconds': '{s} s',
  'search.minutes': '{m} min {s} s',
  'search.left': 'about {time} left',
  'search.cancelled': 'cancelled',
  'search.col.trial': 'Trial',
  'search.col.score': 'Validation score',
  'search.narrow': 'Narrow the ranges around the best',
  'search.apply': 'Apply the best to the playground',
  'search.evaluate': 'Evaluate the best on the test set',
  'search.best': 'Best: trial {n}, validation {score}.',
  'search.testResult':
    'Test set ({samples} samples, never seen during the search): accuracy {accuracy}, loss {loss}.',
  'search.testResultLoss':
    'Test set ({samples} samples, never seen during the search): loss {loss}.',
  'search.testUsed':
    'It has now been used: choosing again by this number would make it a second validation set, and it would no longer say how the network does on new data.',
  'search.noTest': 'This search kept no test part (test fraction 0).',
  'search.trialsTable': 'Trials',
  'search.across': 'Across',
  'search.up': 'Up',
  'search.scatter': 'Trials by {x} and {y}, coloured by validation score (brighter is better)',
  'search.results': 'Search results',
  'search.scatterNote':
    'Each dot is a finished trial; point at one to name it. The table below lists every trial.',
  'search.point': 'Trial {n}: {x} {xValue}, {y} {yValue}, validation {score}.',
  // A form's limit, said at its field as the user types (before Run or Search is pressed).
  'compare.tooManyValues':
    'You listed {count} values; a compare runs at most {limit}. Remove some.',
  'search.tooManyValues':
    'You listed {count} values; a search chooses from at most {limit}. Remove some.',
  'search.tooManyTrials': 'A search runs at most {limit} trials; you typed {count}.',
  'search.tooManyEpochs': 'A trial trains at most {limit} epochs; you typed {count}.',
  'search.running': 'A search is under way: cancel it to start another.',
};
