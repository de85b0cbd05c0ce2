// The classic-methods worker: fits a classic classifier beside the network (classicJobs.ts),
// off the page's thread, served through the bridge. The boundary's values go back moved.
import type { DatasetFileReader } from '../engine/data/dataset';
import { moved, serve } from './bridge';
import { ClassicJobs } from './classicJobs';

function jobs(read: DatasetFileReader) {
  const classic = new ClassicJobs(read);
  return {
    async fit(experiment: unknown, method: unknown) {
      const result = await classic.fit(experiment, method);
      return moved(result, [result.boundary?.values]);
    },
  };
}

export type ClassicApi = ReturnType<typeof jobs>;

serve(jobs);
