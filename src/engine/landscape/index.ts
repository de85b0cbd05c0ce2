// The loss landscape's public face (Li et al. 2018, "Visualizing the Loss Landscape of
// Neural Nets"): directions, the weight recorder for the trajectory, and the grid.
export { randomDirections, type Directions } from './directions';
export { pcaDirections } from './pca';
export { WeightRecorder, type RecorderOptions } from './recorder';
export { LandscapeGrid, type LandscapeOptions, type LandscapeProgress } from './grid';
export { defaultWindow, pathWindow, RANDOM_WINDOW, type LandscapeWindow } from './window';
export { coarsestStride } from './order';
export { ParamVector } from './paramVector';
