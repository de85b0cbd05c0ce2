// The optimizer race and its presets.

export const race = {
  // The optimizer race.
  'race.onSurface': 'The race on the surface',
  'race.low': 'low',
  'race.high': 'high (log scale)',
  'race.highByRank': 'high (by rank: a pole in view stretches the values)',
  'race.key': '★ known minimum · ○ start',
  'race.controls': 'Race controls',
  'race.play': 'Play',
  'race.step': 'Step',
  'race.stepColumn': 'Step',
  'race.speedOption': '{count} steps/s',
  'race.progress': 'Step {step} of {end}',
  'race.where': 'Where each racer is',
  'race.racer': 'Racer',
  'race.diverged': 'diverged',
  'race.leftView': '{racer} left the view at step {step}.',
  'race.leftViewList': 'Racers that left the view',
  'race.racerName': '{optimizer} · lr {lr}',
  'race.lineName': '{optimizer} (lr {lr})',
  'race.gapByStep': 'f − lowest f, by step',
  'race.fByStep': 'f by step',
  'race.chart': 'f by step for every racer',
  'race.surface': 'Surface',
  'race.preset': 'Preset',
  'race.ownSettings': 'Your own settings',
  'race.formula': 'f(x, y) =',
  'race.formulaHelp': 'Use x, y, numbers, + − * / ^, {constants} and {functions}.',
  'race.plot': 'Plot',
  'race.formulaPending':
    'Showing f(x, y) = {formula}: press Enter or Plot to apply the formula above.',
  'race.formulaRefused': 'Showing f(x, y) = {formula}: the new formula was not applied.',
  'race.revert': 'Revert',
  'race.viewWindow': 'View window',
  'race.windowFrom': '{axis} from',
  'race.windowTo': '{axis} to',
  'race.windowOrder': "the view's {axis} range must run from a smaller to a larger number",
  'race.start': 'Start (or click the surface)',
  'race.startX': 'Start x',
  'race.startY': 'Start y',
  'race.startOutside':
    'The start ({x}, {y}) is outside the plotted window x ∈ [{x0}, {x1}], y ∈ [{y0}, {y1}]: the racers run off the picture.',
  // Why an edit was refused: validation's words, or the page's own for a start where f is
  // not finite (validation names the document's fields, "start" and "custom").
  'race.refused': '{message}',
  'race.workerCrashed':
    'The worker computing the race stopped unexpectedly ({message}). Change anything or press Reset to start a new one.',
  'race.workerSilent':
    'The worker computing the race stopped answering (nothing from it for {seconds} s), so it was stopped. Change anything or press Reset to start a new one.',
  'race.startNotFinite.custom':
    'Your f(x, y) is not finite at the start point ({x}, {y}): choose another start or another formula.',
  'race.startNotFinite.builtIn':
    'f is too large to compute at the start point ({x}, {y}): choose a start nearer the plotted window.',
  'race.formulaNowhereFinite':
    'Your f(x, y) = {formula} is not finite anywhere in the plotted window: check the formula.',
  'race.steps': 'Step budget',
  'race.noise': 'Gradient noise',
  'race.noiseStd': 'Noise std',
  'race.noiseSeed': 'Noise seed',
  'race.arrows': 'Arrows at each racer',
  'race.arrowGradient': 'Gradient step (−lr·∇f)',
  'race.arrowMomentum': 'Momentum / first moment (dashed)',
  'race.arrowSecond': 'Second moment (ellipse: step scale per axis)',
  'race.surfaceLabel':
    '{surface} f = {formula}, x from {x0} to {x1}, y from {y0} to {y1}; {racers} from ({x}, {y}). Click or drag to move the start point.',
  'race.racerCount.one': '{count} racer',
  'race.racerCount.other': '{count} racers',
  'race.racers': 'Racers',
  'race.addRacer': 'Add racer',
  'race.optimizerOf': 'Optimizer of racer {n}',
  'race.removeRacer': 'Remove racer {n}',
  'race.fieldOf': '{field} of racer {n}',
  'race.allSettings': 'All settings of racer {n}',
  'race.param.momentum': 'Momentum β',
  'race.param.beta1': 'β1 (first moment)',
  'race.param.beta2': 'β2 (second moment)',
  'race.param.momentumDecay': 'ψ (momentum decay)',
  'race.param.eps': 'ε',
  'race.param.alpha': 'α (smoothing)',
  'race.param.rho': 'ρ',
  // The race's presets: their names and what to look for.
  'preset.saito.label': 'x²/20 + y² from (−7, 2) (Saito)',
  'preset.saito.note':
    'The figure from "Deep Learning from Scratch": SGD zig-zags across the narrow valley, Momentum overshoots and swings back, AdaGrad slows down as its sums grow, Adam curves in.',
  'preset.rosenbrock.label': 'Rosenbrock from (−1.5, 2)',
  'preset.rosenbrock.note':
    'The curved valley: plain SGD needs a tiny step to stay stable and crawls along the floor; momentum and the adaptive methods travel the banana much further.',
  'preset.saddle.label': 'Saddle escape from (−1, 0.001)',
  'preset.saddle.note':
    'Started almost exactly on the ridge of x² − y²: the gradient across it is tiny, so SGD lingers near the saddle point while the adaptive methods rescale that tiny gradient and leave at once.',
  'preset.banana.label': 'Momentum on the banana: α and β (Distill)',
  'preset.banana.note':
    'One racer, as in "Why Momentum Really Works": slide the step size α (learning rate) and the momentum β and watch the path go from crawling to oscillating to diverging.',
  'preset.himmelblau.label': 'Himmelblau: four minima',
  'preset.himmelblau.note':
    'The same start, different optimizers, three different minima: where a method ends up depends on how it moves, not only on where it starts.',
  'preset.rastrigin.label': 'Rastrigin: a field of local minima',
  'preset.rastrigin.note':
    'SGD and Adam stop in the nearest dip; momentum rolls over two ridges before it settles in a lower one. Add gradient noise to see it shake some racers loose.',
};
