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
    'Step {step} of training, as it goes for {sample} in a minibatch of {rows}: the sample and the training samples after it (the run’s own next minibatch is drawn by its shuffle). The keys ← and → move a stage; Home and End go to the ends.',
  'glass.sample.training': 'training sample {n}',
  'glass.sample.validation': 'validation sample {n}',
  'glass.sample.drawn': 'the sample you gave',
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
  'glass.units.all': 'Show all {count} rows',
  'glass.units.fewer': 'Show the first {shown} rows',
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
  'glass.dense.backwardCoupled':
    'Back through the layer: the batch norm above it couples the minibatch’s rows, so even this sample’s own loss reaches every row’s z through μ and σ²; ∂L/∂W and ∂L/∂b are sums over the {rows} rows (of xᵀ·∂L/∂z and ∂L/∂z), not this row’s alone. The sample’s row still gives ∂L/∂x = ∂L/∂z·Wᵀ.',
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
  'glass.batchnorm.terms':
    'For {value}, the three terms with their numbers (the means over the {m} values of its channel in the minibatch: mean(∂L/∂y) = ∂L/∂β/m, mean(∂L/∂y·x̂) = ∂L/∂γ/m):',
  'glass.batchnorm.engine': 'The engine’s own ∂L/∂x here: {dx}.',
  'glass.batchnorm.gradients': 'Batch norm’s gradients',
  'glass.dropout.forward':
    'While training, dropout drops {dropped} of the {count} values here and multiplies the others by 1/(1 − p), so nothing needs rescaling afterwards.',
  'glass.dropout.none': 'This dropout drops nothing (its rate is 0).',
  'glass.dropout.mask': 'Mask',
  'glass.dropout.values': 'Dropout: the values, the mask, the output',
  'glass.dropout.backward':
    'Back through dropout: the same mask, so a dropped value passes no gradient.',
  'glass.dropout.gradients': 'Dropout: the gradients through it',
  'glass.cell.legend': 'The cell followed',
  'glass.cell.filter': 'Filter',
  'glass.cell.channel': 'Channel',
  'glass.cell.row': 'Row',
  'glass.cell.column': 'Column',
  'glass.cell.hint': 'or click a cell of a picture.',
  'glass.cell.conv': '{y} (filter {c}, row {r}, column {k})',
  'glass.cell.image': '{y} (channel {c}, row {r}, column {k})',
  'glass.maps.input': 'The input',
  'glass.maps.output': 'The output',
  'glass.maps.outputGradient': 'The gradient at the output, ∂L/∂y',
  'glass.maps.inputGradient': 'The gradient into the layer below, ∂L/∂x',
  'glass.maps.map': '{group}, channel {c} ({h} × {w})',
  'glass.maps.channel': 'Channel {c}',
  'glass.maps.key':
    'Blue is positive, orange negative, white 0; a black frame outlines the cells in question, a purple ring the cell followed.',
  'glass.maps.scale': 'Full colour at ±{scale}.',
  'glass.maps.padding': 'The hatched frame is the zero padding, {padding} on every side.',
  'glass.conv.forward.one':
    'A convolution slides each of its {filters} filters ({kernel}, on its one input channel) over the input, with stride {stride} and padding {padding} (rings of zeros around it). Each output cell adds up the input values under its filter, each times its weight: {formula}, over every input channel c, kernel row u and column v (all from 1). Pick an output cell to see its sum.',
  'glass.conv.forward.other':
    'A convolution slides each of its {filters} filters ({kernel}, across all {count} input channels) over the input, with stride {stride} and padding {padding} (rings of zeros around it). Each output cell adds up the input values under its filter, each times its weight: {formula}, over every input channel c, kernel row u and column v (all from 1). Pick an output cell to see its sum.',
  'glass.conv.field.one':
    'The receptive field of {cell}: rows {rows} and columns {cols} of the input, under the {kernel} kernel.',
  'glass.conv.field.other':
    'The receptive field of {cell}: rows {rows} and columns {cols} of each of the {count} input channels, under the {kernel} kernel.',
  'glass.conv.padded':
    '{count} of its {taps} terms fall on the padding: they are 0, left out of the sum.',
  'glass.conv.fieldNone':
    'The receptive field of {cell} lies wholly on the padding: its sum is its bias alone.',
  'glass.conv.padding': 'padding',
  'glass.conv.under': 'Channel {c} under the kernel: x',
  'glass.conv.weights': 'Filter {f} on channel {c}: W',
  'glass.conv.backward':
    'Back through the convolution from the cell followed, {cell}, where ∂L/∂y = {g}. Each input cell of its receptive field gets W·∂L/∂y, through the weight that joined them; each weight of filter {f} gets x·∂L/∂y, from the input under it; the bias gets ∂L/∂y. Added up over all {cells} cells of the filter’s output, these are ∂L/∂W (the last column) and ∂L/∂b; ∂L/∂x adds up what every cell of every filter sends to each input cell.',
  'glass.conv.backwardBatch':
    'Back through the convolution for the whole minibatch, from the cell followed, {cell}, where ∂L/∂y = {g} (the sample’s row of the mean loss’s gradient). Each input cell of its receptive field gets W·∂L/∂y; each weight of filter {f} gets x·∂L/∂y; the bias gets ∂L/∂y. ∂L/∂W (the last column) and ∂L/∂b add these up over all {cells} cells of the filter’s output, in each of the {rows} rows.',
  'glass.conv.taps': 'Where the gradient at {cell} goes, weight by weight',
  'glass.conv.weight': 'Weight',
  'glass.conv.inputCell': 'Input under it',
  'glass.conv.toInput': 'To the input: W·∂L/∂y',
  'glass.conv.toWeight': 'To the weight: x·∂L/∂y',
  'glass.conv.allCells': '∂L/∂W, every cell',
  'glass.conv.bias':
    'The bias {b} gets the gradient of every cell of filter {f}: ∂L/∂b = Σ ∂L/∂y = {value}.',
  'glass.conv.biasBatch':
    'The bias {b} gets the gradient of every cell of filter {f} in every row of the minibatch: ∂L/∂b = {value}, of which this sample’s cells give {share}.',
  'glass.conv.intoBelow':
    'The gradient into the layer below, ∂L/∂x, where each input cell adds up what every output cell sends it.',
  'glass.pool.max':
    'Max pooling keeps the largest value of each {size} × {size} window, moved by {stride}, channel by channel; it has no weights. Pick an output cell to see its window.',
  'glass.pool.avg':
    'Average pooling takes the mean of each {size} × {size} window, moved by {stride}, channel by channel: each of the {count} values counts 1/{count}. It has no weights. Pick an output cell to see its window.',
  'glass.pool.window': 'The window of {cell}: rows {rows} and columns {cols} of channel {c}.',
  'glass.pool.took': 'It took {from}, the largest: {value}.',
  'glass.pool.maxBackward':
    'Back through max pooling: the gradient at {cell}, ∂L/∂y = {g}, goes only to the input cell it took, {from}; the other cells of its window get none of it.',
  'glass.pool.avgBackward':
    'Back through average pooling: the gradient at {cell}, ∂L/∂y = {g}, is shared equally by the {count} cells of its window: each gets ∂L/∂y / {count} = {each}.',
  'glass.pool.intoBelow':
    'The gradient into the layer below, ∂L/∂x; the window is rows {rows} and columns {cols} of channel {c}.',
  'glass.pool.received':
    '∂L/∂{x} = {value}: the sum over every window that took it (windows that overlap can take a cell twice).',
  'glass.flatten.forward':
    'Flatten computes nothing: it reads the {shape} values, channel by channel and row by row, as one vector of {count}. The value in channel c, row r and column k (from 1) becomes element (c − 1)·{hw} + (r − 1)·{w} + k.',
  'glass.flatten.mapping': '{x} becomes {y} = {value}.',
  'glass.flatten.backward':
    'Back through flatten: the gradient is put back in the {shape} shape, each value where it came from: the gradient at {x} is ∂L/∂{y} = {value}.',
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
  'glass.update.result':
    '{weight}: {before} → {after} (changed by {change}), by this step on this minibatch.',
  'glass.update.always':
    'The optimizer always steps on the minibatch’s gradient: the sample alone is what it contributes.',
};
