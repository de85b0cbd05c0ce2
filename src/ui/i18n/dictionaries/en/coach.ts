// The coach: what went wrong in a run, why, and what to try (engine/coach finds it).

export const coach = {
  'playground.coach': 'What went wrong',
  'panel.coach': 'the coach',
  'coach.none':
    'Nothing has gone wrong so far. The coach reads the loss at every step and the network at the end of every epoch.',
  'coach.more': 'What went wrong',
  'coach.where': 'After step {step}',
  'coach.layer': 'layer {layer}',
  'coach.diagramMark': 'The coach marks {layer}: {found}.',
  'coach.layerMark': '⚠ The coach: {found}',
  'coach.column': 'Coach',
  'coach.lesson': 'Lesson: {title}',
  'coach.alert': '{title}. {evidence}',
  'coach.alert.paused': '{title}. Training paused. {evidence}',
  'coach.exploding.title': 'The loss exploded',
  'coach.exploding.evidence': 'The loss rose from {from} to {to} in {steps} steps.',
  'coach.exploding.nonFinite':
    'The loss went from {from} to a value that is no longer a number after {steps} steps.',
  'coach.notLearning.title': 'Nothing is being learned',
  'coach.notLearning.evidence':
    'By epoch {epochs} the loss on {rows} training samples has come down at best to {to}, from {from}; guessing gives {chance}.',
  'coach.notLearning.evidenceNoChance':
    'By epoch {epochs} the loss on {rows} training samples has come down at best to {to}, from {from}.',
  'coach.deadUnits.title': 'Dead ReLU units',
  'coach.deadUnits.evidence':
    '{dead} of the {units} units of layer {layer} output 0 for each of the first {rows} training samples.',
  'coach.saturation.title': 'Saturated units',
  'coach.saturation.evidence':
    '{share}% of the outputs of layer {layer} sit at the limits of its activation.',
  'coach.vanishingGradients.title': 'Vanishing gradients',
  'coach.vanishingGradients.evidence':
    'The gradient of layer {first}’s weights is {ratio} times smaller than layer {last}’s ({firstRms} against {lastRms}).',
  'coach.explodingGradients.title': 'Exploding gradients',
  'coach.explodingGradients.evidence':
    'The gradient of layer {first}’s weights is {ratio} times larger than layer {last}’s ({firstRms} against {lastRms}).',
  'coach.symmetry.title': 'Units that stay identical',
  'coach.symmetry.evidence':
    '{identical} of the {units} units of layer {layer} have the same weights as another unit of the layer.',
  'coach.overfitting.title': 'Overfitting',
  'coach.overfitting.evidence':
    'Since epoch {began} the validation loss rose from {valFrom} to {valTo} while the training loss fell from {trainFrom} to {trainTo}.',
  'coach.oscillation.title': 'The loss oscillates',
  'coach.oscillation.evidence':
    'Over the last {steps} steps the minibatch loss swung around {mean} with a standard deviation of {spread}, without coming down.',
  'coach.exploding.tag': 'exploded',
  'coach.notLearning.tag': 'not learning',
  'coach.deadUnits.tag': 'dead units',
  'coach.saturation.tag': 'saturated',
  'coach.vanishingGradients.tag': 'vanishing gradients',
  'coach.explodingGradients.tag': 'exploding gradients',
  'coach.symmetry.tag': 'symmetric units',
  'coach.overfitting.tag': 'overfitting',
  'coach.oscillation.tag': 'oscillating',
  'coach.cause.learningRateTooLarge':
    'The learning rate {lr} is too large for {optimizer}: each step overshoots the valley it aims at.',
  'coach.cause.learningRateTooSmall':
    'The learning rate {lr} is too small for {optimizer}: each step barely moves the weights.',
  'coach.cause.zeroInit':
    'The units started from the same weights, so each gets the same gradient and they stay one unit.',
  'coach.cause.deadUnits':
    'A ReLU unit that outputs 0 for every sample passes no gradient back, so nothing revives it.',
  'coach.cause.saturation':
    'Sigmoid and tanh units at their limits have a slope near 0, so little gradient passes through them.',
  'coach.cause.smallSlopes':
    'Each sigmoid or tanh layer multiplies the gradient by its slope (sigmoid’s is at most ¼), so it shrinks layer by layer on its way back.',
  'coach.cause.vanishingGradients':
    'The gradient vanishes on its way back, so the first layers hardly learn.',
  'coach.cause.initTooLarge': 'The initial weights are too large for the layer’s number of inputs.',
  'coach.cause.inputScale':
    'The inputs are left in their own units, some in the hundreds or thousands, far from the scale the initial weights assume.',
  'coach.cause.memorising':
    'The network is learning the training samples by heart: it has more freedom than the training set pins down.',
  'coach.cause.none': 'No single cause shows in the network.',
  'coach.fix.lr': 'Set the learning rate to {value}',
  'coach.fix.init': 'Initialise {layers} with {init}',
  'coach.fix.activation': 'Use {activation} in {layers}',
  'coach.fix.normalize': 'Standardise the inputs',
  'coach.fix.earlyStopping': 'Turn on early stopping (patience {patience})',
  'coach.layers.one': 'layer {list}',
  'coach.layers.other': 'layers {list}',
};
