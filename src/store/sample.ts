// The sample the network diagram follows through an image network: one of the pictures the
// page shows, or one the user drew. The worker keeps the choice for the run and sends that
// sample's feature maps with every picture of the network (NetworkPicture.trace), and keeps
// following it in the next run while it is still there.
import type { SampleChoice } from '../spec/protocol/training';
import { useStore } from './store';
import { trainingWorker } from './worker';

export function chooseSample(choice: SampleChoice): void {
  // For the run the page shows; a worker that died says so through the run's status.
  const { generation } = useStore.getState().run;
  trainingWorker()
    .chooseSample(choice, generation)
    .catch(() => {});
}
