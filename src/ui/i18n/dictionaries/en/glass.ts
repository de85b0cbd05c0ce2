// The glass box: one training step opened up for one sample.

export const glass = {
  'playground.glass': 'One step, opened up',
  'panel.glass': 'the glass box',
  'glass.intro':
    'Open one training step for one sample: its numbers forward through every layer, the loss, its gradients back, and what the optimizer does to a weight. Training pauses; the run goes on from where it was.',
  'glass.part': 'Sample from',
  'glass.part.training': 'the training part',
  'glass.part.validation': 'the validation part',
  'glass.sampleNumber': 'Sample number',
  'glass.range': 'From 1 to {count}.',
  'glass.open': 'Open the step',
  'glass.opening': 'Opening the step…',
  'glass.failed': 'The step could not be opened: {message}',
  'glass.steps': 'The step, stage by stage',
  'glass.stepsRole': 'stages',
  'glass.opened':
    'Step {step} of training, opened for this sample in a minibatch of {rows} (the keys ← and → move a stage; Home and End go to the ends).',
  'glass.movedOn': 'The run has trained on since: these numbers are from before.',
  'glass.reopen': 'Open it again on the run as it is',
  'glass.way': 'Gradients of',
  'glass.way.sample': 'this sample alone',
  'glass.way.batch': 'its minibatch ({rows} samples, averaged)',
  'glass.nav': 'Stages',
  'glass.previous': '← Back a stage',
  'glass.next': 'On a stage →',
  'glass.stageOf': 'Stage {stage} of {count}: {name}',
  'glass.stage.input': 'the sample',
  'glass.stage.loss': 'the loss',
  'glass.stage.update': 'the update of a weight',
  'glass.stage.forward': 'layer {n}, {what}, forward',
  'glass.stage.backward': 'layer {n}, {what}, backward',
  'glass.kind.dense': 'dense',
  'glass.kind.conv2d': 'convolution',
  'glass.kind.maxpool2d': 'max pooling',
  'glass.kind.avgpool2d': 'average pooling',
  'glass.kind.flatten': 'flatten',
  'glass.kind.activation': 'activation',
  'glass.kind.batchnorm': 'batch norm',
  'glass.kind.dropout': 'dropout',
  'glass.unit': 'Unit',
  'glass.follow': 'Follow {unit}',
  'glass.product': 'Product',
  'glass.terms': 'Every term of {result}',
  'glass.moreTerms': '{count} more terms, together {sum}',
  'glass.showTerms': 'Show all {count} terms',
  'glass.hideTerms': 'Hide the terms',
  'glass.input.class':
    'The sample is of class {name}: the network should give that class the highest probability.',
  'glass.input.target': 'The sample should give {target}.',
  'glass.input.features': 'Its features, as the network takes them (normalised as the data is)',
  'glass.input.feature': 'Feature',
  'glass.input.many': 'It has {count} values (an image), the network’s inputs.',
  'glass.input.minibatch':
    'It trains in a minibatch of {rows}: with it, the training samples {companions} (the ones after it, so that the same sample opens the same step).',
  'glass.dense.forward':
    'Each unit adds up its inputs, each times its weight, and its bias: zⱼ = Σᵢ xᵢ·Wᵢⱼ + bⱼ. Pick a unit to see its sum.',
  'glass.dense.forwardNoBias':
    'Each unit adds up its inputs, each times its weight (this layer has no bias: a batch norm after it would cancel one): zⱼ = Σᵢ xᵢ·Wᵢⱼ.',
  'glass.dense.outputs': 'Each unit’s z',
  'glass.dense.backward':
    'Back through the layer, from the gradient at each unit’s z: ∂L/∂bⱼ = ∂L/∂zⱼ, ∂L/∂Wᵢⱼ = xᵢ·∂L/∂zⱼ (that is, ∂L/∂W = xᵀ·∂L/∂z), and into the layer below ∂L/∂x = ∂L/∂z·Wᵀ.',
  'glass.dense.backwardBatch':
    'Back through the layer for the whole minibatch: ∂L/∂W and ∂L/∂b are the sums of every row’s xᵀ·∂L/∂z and ∂L/∂z, each already divided by the {rows} rows of the mean loss. The sample’s row still gives ∂L/∂x = ∂L/∂z·Wᵀ.',
  'glass.dense.gradients': 'Each unit’s gradients',
  'glass.dense.weightsInto': 'The weights into {unit}',
  'glass.dense.intoBelow': 'Into the layer below, for the input followed there:',
  'glass.followWeight': 'Follow {weight} to its update',
  'glass.firstLayer':
    'This is the first layer with weights: nothing below it learns, so the gradient goes no further.',
  'glass.activation.forward':
    '{name} acts on each unit alone: a = f(z). Its curve, with this sample’s units on it:',
  'glass.softmax.forward':
    '{name} turns the scores z into probabilities: pₖ = exp(zₖ) / Σⱼ exp(zⱼ), positive and adding up to 1.',
  'glass.activation.values': '{name}: each unit’s z and a',
  'glass.activation.curve': 'The curve of {name}; {unit} is at z = {z}, a = {a}.',
  'glass.activation.backward':
    'Back through {name}: each unit’s gradient is multiplied by the slope of f where its z was: ∂L/∂z = ∂L/∂a · f′(z).',
  'glass.relu.backward':
    'Back through {name}: the slope is 1 where z was positive and 0 elsewhere, so the gradient passes only through the units that were on: ∂L/∂z = ∂L/∂a · [z > 0].',
  'glass.activation.gradients': '{name}: the gradients through it',
  'glass.fused.backward':
    'The loss and {name} together have the simplest gradient of all: ∂L/∂z = p − t, the probabilities less the target.',
  'glass.fused.backwardBatch':
    'The loss and {name} together: ∂L/∂z = (p − t) / {rows} for the sample’s row of the minibatch’s mean loss.',
  'glass.fused.values': 'The output’s gradient: p, t and ∂L/∂z',
  'glass.batchnorm.forward':
    'Each unit is normalised by the minibatch’s mean μ and variance σ² ({rows} samples), then scaled and shifted by its own γ and β: x̂ = (x − μ)/√(σ² + ε), y = γx̂ + β.',
  'glass.batchnorm.channels':
    'After an image, each of the {channels} channels has one μ, σ², γ and β.',
  'glass.batchnorm.statistics': 'Batch norm’s statistics and its output',
  'glass.batchnorm.backward':
    'Back through batch norm: ∂L/∂β = Σ ∂L/∂y and ∂L/∂γ = Σ ∂L/∂y·x̂ over the minibatch; the gradient into the layer below has three terms, because μ and σ² depend on every sample of the {rows}: ∂L/∂x = (γ/σ)·(∂L/∂y − mean(∂L/∂y) − x̂·mean(∂L/∂y·x̂)).',
  'glass.batchnorm.gradients': 'Batch norm’s gradients',
  'glass.dropout.forward':
    'While training, dropout drops {dropped} of the {count} values here and multiplies the others by 1/(1 − p), so nothing needs rescaling afterwards.',
  'glass.dropout.none': 'This dropout drops nothing (its rate is 0).',
  'glass.dropout.mask': 'Mask',
  'glass.dropout.values': 'Dropout: the values, the mask, the output',
  'glass.dropout.backward':
    'Back through dropout: the same mask, so a dropped value passes no gradient.',
  'glass.dropout.gradients': 'Dropout: the gradients through it',
  'glass.values.forward': '{name}: {inputs} values in, {outputs} out.',
  'glass.values.outputs': '{name}: its output',
  'glass.values.from': 'Taken from input',
  'glass.values.backward': 'Back through {name}: the gradient at its output.',
  'glass.values.gradients': '{name}: its gradients',
  'glass.loss.crossEntropy':
    'Cross-entropy: L = −log p(target). The network gives class {name} a probability of {p}, so the sample’s loss is −log {p} = {loss}.',
  'glass.loss.bce':
    'Binary cross-entropy: L = −[t·log y + (1 − t)·log(1 − y)], with y = {y} and t = {t}: the sample’s loss is {loss}.',
  'glass.loss.mse':
    'Mean squared error: L = mean of (y − t)², with y = {y} and t = {t}: the sample’s loss is {loss}.',
  'glass.loss.probabilities': 'The probability of each class',
  'glass.loss.batch':
    'The minibatch’s loss, the mean over its {rows} samples, is {batch}: the one the optimizer steps on.',
  'glass.update': 'Update',
  'glass.update.none': 'This network has no weights to update.',
  'glass.update.tensor': 'Weights',
  'glass.update.tensorOption': 'layer {n}, {what}: {name} ({shape})',
  'glass.update.element': 'Element',
  'glass.update.gradient':
    'The gradient of {weight} over the minibatch is {g}; this sample’s share of it is {share} (its own gradient over the {rows} rows).',
  'glass.update.penalty': 'With the L1/L2 penalty added, the optimizer is given {g}.',
  'glass.update.rule': '{optimizer}, step {step}, learning rate {lr}:',
  'glass.update.lines': 'The rule with these numbers',
  'glass.update.state': 'The optimizer’s state for this weight',
  'glass.update.quantity': 'Quantity',
  'glass.update.before': 'Before',
  'glass.update.after': 'After',
  'glass.update.result': '{weight}: {before} → {after} (changed by {change}).',
  'glass.update.always':
    'The optimizer always steps on the minibatch’s gradient: the sample alone is what it contributes.',
};
