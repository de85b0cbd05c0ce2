// Test page: exposes the engine's `record` to the browser test, reading data sets over
// fetch as the worker does.
import { datasetFileReader } from '../../../src/worker/readDatasetFile';
import { record } from './record';

const read = datasetFileReader('/datasets/');
Object.assign(globalThis, {
  record: (experiment: unknown, trajectory: unknown) => record(experiment, trajectory, read),
  engineReady: true,
});
