// The classic methods' view: the classifiers beside the network (ui/classic).

export const classic = {
  'classic.title': 'Classic methods',
  'classic.classifiers': 'Classifiers beside the network',
  'classic.intro':
    'Each method is fitted on the playground’s data ({dataset}: {train}), with the same split and normalisation as the network, and judged on the same validation samples. What does the network buy us?',
  'classic.noPicture':
    'This data has {features} inputs, so there is no picture of the regions; the table compares the methods.',
  'classic.regression': 'The classic methods here classify; the playground’s data is a regression.',
  'classic.method.network': 'The network (playground)',
  'classic.method.logistic': 'Logistic regression',
  'classic.method.knn': 'k-nearest neighbours',
  'classic.method.linearSvm': 'Linear SVM',
  'classic.method.rbfSvm': 'RBF-kernel SVM',
  'classic.picture': '{method}’s decision regions on {dataset}',
  'classic.accuracies': 'Training {train} · validation {validation}',
  'classic.accuracyTrain': 'Training {train}',
  'classic.fitting': 'Fitting…',
  'classic.network.note':
    'The playground’s network as it is now, after epoch {epoch}. Train it here or in the playground.',
  'classic.network.untrained':
    'The playground’s network has not been trained yet: its regions are its random start.',
  'classic.network.train': 'Train the network',
  'classic.network.pause': 'Pause the network',
  'classic.logistic.note':
    'A network with no hidden layer: the inputs go straight into {output}, trained by the same engine with {optimizer} at learning rate {lr} for {epochs} epochs. Its cross-entropy loss is the negative log-likelihood of the training labels.',
  'classic.logistic.softmax': 'a softmax over {classes} classes',
  'classic.logistic.sigmoid': 'one sigmoid unit',
  'classic.logistic.likelihood': 'Log-likelihood of the {count} training labels: {value}',
  'classic.svm.C': 'C (penalty on points inside the margin)',
  'classic.svm.gamma': 'γ (how fast similarity fades with distance)',
  'classic.linearSvm.note':
    'The hinge loss with C = {C} finds the widest band (dashed: f = ±1) with few points inside it; the solid line, f = 0, is the boundary.',
  'classic.svm.support.one': '{count} support vector (ringed) holds the margin.',
  'classic.svm.support.other': '{count} support vectors (ringed) hold the margin.',
  'classic.svm.unconverged':
    'The solver stopped at its step limit before it met its tolerance: the fit is close, not exact.',
  'classic.rbfSvm.note':
    'The kernel trick: the SVM compares points only through k(x, x′) = exp(−γ‖x − x′‖²), which is an inner product in a space of infinitely many dimensions, so a straight margin there is the curved one here.',
  'classic.kernel.picture':
    'The kernel trick in one dimension: two classes no single cut separates on a line become separable by a straight line once each point x is lifted to (x, x²).',
  'classic.kernel.line': 'On the line',
  'classic.kernel.lifted': 'Lifted to (x, x²)',
  'classic.knn.k': 'k (neighbours that vote)',
  'classic.knn.metric': 'Distance',
  'classic.knn.euclidean': 'Euclidean',
  'classic.knn.manhattan': 'Manhattan',
  'classic.knn.note':
    'Each point takes the class most of its {k} nearest training points have. Click the picture (or type a point’s x and y) to see its neighbours.',
  'classic.knn.vote': 'The {k} nearest to ({x}, {y}): {votes}.',
  'classic.knn.clear': 'Clear the point',
  'classic.table': 'Accuracy of each method',
  'classic.table.method': 'Method',
  'classic.table.train': 'Training',
  'classic.table.validation': 'Validation',
  'classic.table.none': '–',
  // What the worker said when it could not answer (store/classicFailure.ts).
  'classic.refused': '{message}',
  'classic.workerSilent':
    'The classic-methods worker stopped answering for {seconds} s and was stopped; try again to start a new one.',
  'classic.workerCrashed':
    'The classic-methods worker crashed ({message}); try again to start a new one.',
  'classic.tryAgain': 'Try again',
  'classic.knn.votes': '{count} × {name}',
  'classic.knn.votesJoin': ', ',
  'classic.knn.pointX': 'Point x',
  'classic.knn.pointY': 'Point y',
  'classic.knn.show': 'Show its neighbours',
  'classic.svm.oneVsOne':
    'On {classes} classes: one SVM for each of the {pairs} pairs of classes, each on those two classes’ points, and a vote, as scikit-learn’s SVC does; each pair has its own margin, so none is drawn.',
  'classic.linearSvm.noteUndrawn':
    'The hinge loss with C = {C} finds the widest margin between two classes with few points inside it.',
  'classic.svm.supportUndrawn.one': '{count} support vector holds the margins.',
  'classic.svm.supportUndrawn.other': '{count} support vectors hold the margins.',
  'classic.rbfSvm.manyInputs':
    "With {features} inputs, γ this large makes every other point look far away, so each point is left to itself; scikit-learn’s gamma='auto' is 1/inputs = {gamma}.",
  'classic.rbfSvm.useAuto': 'Set γ to {gamma}',
};
