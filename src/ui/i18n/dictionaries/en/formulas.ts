// The formulas beside the controls (ui/formulas): their captions, the words around the
// mathematics, and the variance argument behind the initializers. The mathematics itself is
// TeX in ui/formulas; a {placeholder} here that stands for a formula is filled with one.

export const formulas = {
  'formulas.where': 'with {values}',
  'formulas.optimizer': 'Update rule: {optimizer}',
  'formulas.optimizer.lead': 'Each step, for every weight θ and its gradient g over the minibatch:',
  'formulas.loss': 'Loss: {loss}',
  'formulas.layer': 'Formulas of layer {n}',
  'formulas.operation': 'The layer: {layer}',
  'formulas.activation': 'Activation: {activation}',
  'formulas.initializer': 'Initial weights: {init}',
  'formulas.lesson': 'Lesson: “{title}” (opens in {view})',
  'formulas.when.slope': 'its slope, for backpropagation:',
  'formulas.when.gradient': 'its gradient:',
  'formulas.when.penalties': 'minimised, with the penalties on the weights (not the biases):',
  'formulas.when.training': 'while training:',
  'formulas.when.running': 'kept for evaluation:',
  'formulas.when.evaluation': 'at evaluation:',
  'formulas.note.buffer': 'The momentum buffer b starts at 0, so its first value is g.',
  'formulas.note.nesterov':
    'Nesterov looks ahead: the step adds μb, where the momentum is heading, to g. The buffer b starts at 0.',
  'formulas.note.adagrad':
    's starts at 0 and only grows: a weight that has seen large gradients takes ever smaller steps.',
  'formulas.note.adadelta':
    'v and u start at 0. u, the running mean of the squared steps, gives Δ the units of θ; lr 1 is the paper’s rule.',
  'formulas.note.rmsprop':
    'v starts at 0; ε is outside the square root, as in PyTorch (TensorFlow puts it inside).',
  'formulas.note.moments':
    'm and v start at 0; dividing by 1 − β₁ᵗ and 1 − β₂ᵗ (t counts the steps from 1) undoes their pull towards 0 in the first steps.',
  'formulas.note.adamw':
    'The decay shrinks θ itself instead of adding to g, so √v̂ + ε does not rescale it (decoupled weight decay).',
  'formulas.note.nadam':
    'NAdam’s step looks one momentum step ahead; its momentum μₜ warms up from μ₁ towards β₁.',
  'formulas.note.radam':
    'While ρₜ ≤ 5 (here steps 1 to {last}) the variance of v is too uncertain and the step is momentum alone; from step {first} on it is adaptive, rectified by rₜ.',
  'formulas.note.radamNever': 'With this β₂, ρₜ never passes 5: every step is momentum alone.',
  'formulas.note.schedule':
    'lr is the learning rate set above: the schedule ({schedule}) changes it every epoch.',
  'formulas.note.fixedScale':
    'The same spread whatever the layer’s size: the more inputs a unit adds up, the larger its sum.',
  'formulas.note.zeros':
    'Every unit of the layer starts the same and gets the same gradient, so they stay the same: the layer learns like one unit.',
  'formulas.note.flatInput': 'The image comes in flat, in channel, row, column order.',
  'formulas.note.conv':
    'A cross-correlation (the kernel is not flipped), as PyTorch’s Conv2d; outside the image, in the padding, x is 0.',
  'formulas.note.batchnorm': 'Per unit j, over the m samples of the minibatch.',
  'formulas.note.batchnormImage':
    'Per channel j, over the minibatch and every position of the image: m values each.',
  'formulas.note.dropout':
    'Each unit is kept with probability 1 − p; the kept ones are scaled up, so nothing changes at evaluation.',
  'formulas.note.batch':
    'N: the samples in a minibatch (the last one of an epoch may have fewer); K: the outputs.',
  'formulas.note.fused':
    'Fused with the loss “{loss}”: the gradient at z is the loss’s, p − t; this slope is not used.',
  'formulas.why': 'Why this initializer?',
  'formulas.why.sum':
    'A unit adds up its inputs: {sum}. With the weights and the inputs independent and of mean 0, the variance of each product is the product of the variances, and they add up: {variance}.',
  'formulas.why.forward':
    'So the signal keeps its size from layer to layer when {lecun}: LeCun’s choice, for layers that pass their input’s variance on (linear, and tanh near 0).',
  'formulas.why.backward':
    'The gradients flow back through the transposed weights, which asks for {backward} instead; Xavier (Glorot) meets the two passes halfway with {xavier}. It suits sigmoid and tanh.',
  'formulas.why.relu':
    'ReLU sets half of its inputs to 0, and so halves what passes on; He makes up for it with twice LeCun’s: {he}.',
  'formulas.why.draw':
    'A uniform draw on [−a, a] has variance a²/3, so {uniform}; a normal one has {normal}.',
  'formulas.why.layer': 'For this layer: {fans}',
  'formulas.why.initializer': 'Initializer',
  'formulas.why.chosen': '(this layer’s)',
  'formulas.why.own':
    'This layer’s initializer does not look at the layer’s size: {variance}, whatever the fans.',
  'formulas.family.lecun': 'LeCun',
  'formulas.family.xavier': 'Xavier/Glorot',
  'formulas.family.he': 'He',
};
