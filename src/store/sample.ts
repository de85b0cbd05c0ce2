// The sample the network diagram follows through an image network: one of the pictures the
// page shows, or one the user drew. The worker keeps the choice for the run and sends that
// sample's feature maps with every picture of the network (NetworkPicture.trace).
import type { SampleChoice } from '../spec/protocol/training';
import { trainingWorker } from './worker';

export function chooseSample(choice: SampleChoice): void {
  // A worker that died says so through the run's status; the choice is simply lost.
  trainingWorker()
    .chooseSample(choice)
    .catch(() => {});
}
