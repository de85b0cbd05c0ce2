// The classic methods' view: k-means, PCA and the curse of dimensionality (ui/classic/clustering).

export const clustering = {
  // k-means, a random start against k-means++ (KMeansSection).
  'kmeans.heading': 'k-means: a random start against k-means++',
  'kmeans.intro':
    'k-means groups the playground’s training data ({dataset}) into k clusters without looking at the labels: each point belongs to its nearest centroid, and each centroid moves to the mean of its points, until no point changes cluster.',
  'kmeans.chooseData': 'The data set is the playground’s: choose Blobs there to see clusters form.',
  'kmeans.starts':
    'The random start takes k training points at random as centroids; k-means++ takes the first at random, then each next one with a chance proportional to its squared distance from the nearest centroid already taken, so the centroids start spread out.',
  'kmeans.k': 'k (clusters)',
  'kmeans.seed': 'Seed',
  'kmeans.step': 'Step',
  'kmeans.play': 'Play',
  'kmeans.pause': 'Pause',
  'kmeans.starting': 'Preparing the data…',
  'kmeans.start.random': 'Random start',
  'kmeans.start.plusPlus': 'k-means++',
  'kmeans.phase.none': 'Not started yet: press Step.',
  'kmeans.phase.seedRandom.one': 'Placed the centroid at a randomly chosen training point.',
  'kmeans.phase.seedRandom.other': 'Placed {count} centroids at randomly chosen training points.',
  'kmeans.phase.seedFirst':
    'k-means++ placed centroid 1 of {k} at a randomly chosen training point.',
  'kmeans.phase.seedPlusPlus':
    'k-means++ placed centroid {placed} of {k}: points far from the chosen ones are likelier.',
  'kmeans.phase.assign': 'Assigned each point to its nearest centroid (inertia {inertia}).',
  'kmeans.phase.move': 'Moved each centroid to the mean of its points.',
  'kmeans.phase.converged.one': 'Converged after {count} assignment: no point changed cluster.',
  'kmeans.phase.converged.other': 'Converged after {count} assignments: no point changed cluster.',
  'kmeans.picture': '{start}: {placed} of {k} centroids, step {steps}',
  'kmeans.progress': '{placed} of {k} centroids · step {steps}',
  'kmeans.chancesKey':
    'A point’s size is its chance of becoming the next centroid (its squared distance to the nearest centroid, over the sum).',
  'kmeans.cluster': 'Cluster',
  'kmeans.points': 'Points',
  'kmeans.inertiaLater': 'The inertia is drawn from the first assignment on.',
  'kmeans.inertiaChart': 'Inertia after each assignment',
  'kmeans.assignment': 'Assignment {n}',
  'kmeans.assignmentColumn': 'Assignment',
  'kmeans.inertiaAxes':
    'Across: assignments. Up: the inertia, the sum of squared distances from each point to its centroid (on the data as the network sees it).',
  'kmeans.final':
    'Both converged: k-means++ ended at an inertia of {plusPlus}, the random start at {random}.',
  'kmeans.finalNote':
    'Lower is tighter clusters. k-means++ usually ends as low or lower, but not always: try other seeds.',
  'kmeans.agreement':
    'Against the classes it never saw, each cluster named by its most common class: k-means++’s clusters hold {plusPlus} of the points in their class, the random start’s {random}.',

  // PCA (PcaSection).
  'pca.heading': 'Principal component analysis: many features in two dimensions',
  'pca.intro':
    'PCA finds the directions along which the data varies most. Each point is drawn at its coordinates along the first two, in its class’s colour: PCA never sees the classes, yet they often fall apart.',
  'pca.set': 'Data set to project',
  'pca.computing': 'Projecting {dataset}…',
  'pca.loadingLarge': 'Loading {dataset}, a large download, and projecting it…',
  'pca.axis': 'PC {n} ({share} of the variance)',
  'pca.picture':
    '{dataset} on its first two principal components: {count} points coloured by class',
  'pca.sharesTable': 'Share of the variance by component',
  'pca.component': 'Component',
  'pca.share': 'Share',
  'pca.cumulative': 'Cumulative',
  'pca.componentName': 'PC {n}',
  'pca.kept':
    'The picture’s two components keep {kept} of the variance of the {features} features.',

  // The curse of dimensionality (CurseSection).
  'curse.heading': 'The curse of dimensionality',
  'curse.onPlayground':
    'On the playground’s data ({dataset}), with more and more dimensions of uniform noise added to its two; kNN with k = {k} on its validation points.',
  'curse.onMoons':
    'The playground’s data ({dataset}) is not a 2-input classification, so this is measured on the two moons, with more and more dimensions of uniform noise added to their two; kNN with k = {k} on their validation points.',
  'curse.computing': 'Adding dimensions and measuring…',
  'curse.chart': 'Distance ratio and kNN accuracy by number of dimensions',
  'curse.ratio': 'Farthest ÷ nearest distance (median, log scale)',
  'curse.accuracy': 'kNN validation accuracy',
  'curse.dimensions': 'Dimensions',
  'curse.dimensionsLabel': '{count} dimensions',
  'curse.summary':
    'From {from} to {to} dimensions the ratio falls from {ratioFrom} to {ratioTo}, and kNN’s accuracy from {accuracyFrom} to {accuracyTo}.',
  'curse.why':
    'In many dimensions the noise dominates every distance: the farthest point is hardly farther than the nearest, so “nearest neighbours” no longer tells you much about the class.',
};
