// The page, sharing and presentation, shared words, panel failures and notices.

export const page = {
  // The page: its views and its language.
  'app.tabs': 'Views',
  'app.tab.lessons': 'Lessons',
  'lessons.title': 'Lessons',
  'lessons.intro':
    'Guided experiments, each a short explanation, a preset you load with one click, what to look for, and a question to try next. They build on each other, so go in order the first time.',
  'lessons.open': 'Open in {view}',
  // The button's name starts with what it shows, so voice control finds it by its text.
  'lessons.openNamed': '{open}: the lesson “{title}”',
  'lesson.banner': 'Lesson: {title}',
  'lesson.number': 'Lesson {order}:',
  'lesson.lookFor': 'What to look for:',
  'lesson.question': 'Try next:',
  'lesson.all': 'All lessons',
  'lesson.close': 'Close the lesson',
  'app.tab.playground': 'Playground',
  'app.tab.race': 'Optimizer race',
  'app.tab.compare': 'Compare',
  'app.tab.search': 'Search',
  'app.tab.classic': 'Classic methods',
  'app.language': 'Language',
  // Sharing, the classroom and presentation mode (ui/classroom).
  'share.copyLink': 'Copy link',
  'share.copied': 'Link copied',
  'share.copyManually': 'Copying was refused: select the link and copy it (Ctrl+C or ⌘C).',
  'share.linkField': 'Link to this experiment',
  'share.tooLong':
    'This experiment is too large for a link (its data set): save it as a file instead.',
  'classroom.open': 'Share for class',
  'classroom.group': 'Sharing and presentation',
  'classroom.intro':
    'Tick what your students will not see. The link opens this experiment with those controls hidden, and students cannot show them again.',
  'classroom.hide': 'Hide from students',
  'classroom.hide.data': 'Data panel',
  'classroom.hide.network': 'Network builder',
  'classroom.hide.training': 'Training panel (optimizer and settings)',
  'classroom.hide.tab': '“{tab}” tab',
  'classroom.present': 'Open in presentation mode',
  'classroom.link': 'Link for the class',
  'classroom.making': 'Making the link…',
  'classroom.copy': 'Copy',
  'classroom.close': 'Close',
  'classroom.hiddenNote': 'Some controls are hidden by your teacher.',
  'present.toggle': 'Presentation mode',
  // Words used all over the page.
  'common.dismiss': 'Dismiss',
  'common.cancel': 'Cancel',
  'common.reset': 'Reset',
  'common.speed': 'Speed',
  'common.logScale': 'Log scale',
  'common.training': 'Training',
  'common.validation': 'Validation',
  'common.time': 'Time',
  'common.layer': 'Layer {n}',
  'common.listSeparator': ', ',
  'common.rows.one': '{count} row',
  'common.rows.other': '{count} rows',
  'common.columns.one': '{count} column',
  'common.columns.other': '{count} columns',
  'common.trainingSamples.one': '{count} training sample',
  'common.trainingSamples.other': '{count} training samples',
  'common.validationSamples.one': '{count} validation sample',
  'common.validationSamples.other': '{count} validation samples',
  'common.inputs.one': '{count} input',
  'common.inputs.other': '{count} inputs',
  // A panel that failed to draw, and the panels' names in that message.
  'panel.failed': 'The {panel} panel could not be drawn ({message}).',
  'panel.retry': 'Try again',
  'panel.data': 'data',
  'panel.network': 'network',
  'panel.training': 'training',
  'panel.boundary': 'decision boundary',
  'panel.metrics': 'metrics',
  'panel.diagram': 'network diagram',
  'panel.landscape': 'loss landscape',
  'panel.perClass': 'per-class results',
  'panel.histograms': 'histograms',
  'panel.surfaceSettings': 'surface settings',
  'panel.racers': 'racers',
  'panel.surface': 'surface',
  'panel.raceLegend': 'race legend',
  'panel.compareSettings': 'compare settings',
  'panel.compareCharts': 'compare charts',
  'panel.compareHistograms': 'compare histograms',
  'panel.searchSettings': 'search settings',
  'panel.searchResults': 'search results',
  // Notices: what happened to the experiment, and frames around English messages.
  'notice.restarted': 'That change needs a new run, so training started over.',
  'notice.restarted.data': 'The data changed, so training started over.',
  'notice.restarted.network': 'The network changed, so training started over from new weights.',
  'notice.restarted.optimizer':
    'The optimizer changed, so training started over: the new one has no state to go on from.',
  'notice.imageLayersDropped':
    'Image layers removed ({count}): convolutions and poolings need image data.',
  'notice.regressionOutput':
    'This data has numeric targets, so the output is now linear with squared error.',
  'notice.augmentOff':
    'Augmentation was turned off: its transforms move an image’s pixels, and the new data has none.',
  'notice.augmentFitted':
    'Augmentation now fits the new data: the transforms it cannot use were turned off.',
  'notice.bceNeedsTwoClasses':
    'Binary cross-entropy needs exactly two classes and this data has {classes}, so the output is now softmax with cross-entropy.',
  'notice.linkFailed':
    "The link's experiment could not be opened: {message}. Showing the default experiment instead.",
  'notice.savedFailed':
    'The saved experiment could not be restored: {message}. Showing the default experiment instead.',
  'notice.raceRestoreFailed': 'The saved optimizer race could not be restored: {message}.',
  'notice.loadFailed': 'The experiment could not be loaded: {message}',
  // Around the message of a run that stopped (run.…): what to try on the playground.
  'notice.diverged':
    'Training paused: the loss diverged. {message} Try a smaller learning rate (a tenth), an adaptive optimizer such as Adam, or a smaller initialisation, then reset.',
  'notice.failed': '{message} Reset to start again.',
  'run.reason': '{message}',
  // How a run ended, on the playground and in a compare or search alike (worker/runEnd.ts).
  'run.diverged.step':
    'The loss became {loss} at step {step} (epoch {epoch}). Training diverged: the updates grew until the numbers overflowed. The learning rate ({lr}) is probably too large for this network and data.',
  'run.diverged.epoch':
    'The loss over the data became non-finite after epoch {epoch} (step {step}). Training diverged: the updates grew until the numbers overflowed. The learning rate ({lr}) is probably too large for this network and data.',
  'run.stoppedEarly':
    'Stopped early after epoch {epoch}: the validation loss had not improved for {patience} epochs.',
  'run.failed': 'Training stopped on an error: {message}.',
  // How a playground run that trained its epochs says so.
  'run.finished': 'Training finished at epoch {epochs}, the last.',
  'run.finishedAboveChance':
    'Training finished at epoch {epochs}, the last, but with a loss of {loss}, above the {chance} of guessing every class alike: the network ended worse than a guess. The learning rate ({lr}) is probably too large: try a tenth of it, then reset.',
  'run.noEpochs': 'Epochs is 0, so there is nothing to train: raise it to train.',
  'run.pastLimit': 'Stopped after epoch {epoch}: Epochs is now {epochs}. Raise it to go on.',
  'run.workerCrashed':
    'The training worker stopped unexpectedly ({message}); the experiment is kept.',
  'run.workerSilent':
    'The training worker stopped answering (nothing from it for {seconds} s), so it was stopped; the experiment is kept.',
  // Why the worker cannot do what was asked of the run the page shows.
  'worker.notLoaded': 'There is no network yet: the experiment has not loaded.',
  'worker.replaced': 'That run has been replaced by a newer one: try again.',
  'worker.loading': 'A new run is loading: try again once it is ready.',
  'worker.diverged':
    "The run diverged: the network's weights are no longer numbers. Reset to start again.",
  'worker.glassSample': 'That sample is not in the data the run trains on: pick another.',
  'worker.glassInput': 'The sample has {given} values, but the network takes {features}.',
  'worker.glassLabel':
    'Say which class the sample should be (one of {classes}) to follow its loss back.',
  'notice.editRefused': 'That change was not applied: {message}',
  'field.layer': 'Layer {n}',
  'field.needsNumber': '{field} needs a number: it stays {value}.',
};
