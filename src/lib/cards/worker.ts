/**
 * A card-rendering thread (see pool.ts): takes one job at a time, renders it into the cache with
 * the same code an endpoint runs inline, and says when it is done.
 */
import { parentPort } from 'node:worker_threads';
import { renderJob, type CardJob } from './site-cards.ts';

parentPort!.on('message', async (job: CardJob) => {
  try {
    await renderJob(job);
    parentPort!.postMessage({ ok: true });
  } catch (error) {
    parentPort!.postMessage({ ok: false, error: `${job.slug}${job.eId ? `/${job.eId}` : ''}: ${(error as Error).message}` });
  }
});
