/**
 * Rendering many cards at once on every core: one worker thread per core (`availableParallelism`),
 * each taking the next card when it finishes one. A card renders the same in a thread as inline
 * (same code, fonts and renderers; a test compares the bytes), so where it was made never shows.
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { jobCached, type CardJob } from './site-cards.ts';

export interface PoolResult {
  /** Cards rendered now. */
  rendered: number;
  /** Cards already in the cache. */
  cached: number;
  threads: number;
}

/** The length of a job's text: longest first, so no thread is left with a slow card at the end. */
const weight = (job: CardJob) => job.input.paragraphs.reduce((n, p) => n + p.length, 0);

/** Renders into the cache every job not yet there. */
export async function renderCards(jobs: readonly CardJob[], threads = availableParallelism()): Promise<PoolResult> {
  const todo = jobs.filter((job) => !jobCached(job)).sort((a, b) => weight(b) - weight(a));
  const count = Math.max(0, Math.min(threads, todo.length));
  let next = 0;
  const thread = () =>
    new Promise<void>((resolve, reject) => {
      const worker = new Worker(new URL('./worker.ts', import.meta.url));
      const give = () => {
        if (next < todo.length) worker.postMessage(todo[next++]);
        else void worker.terminate().then(() => resolve());
      };
      worker.on('message', (answer: { ok: boolean; error?: string }) => {
        if (answer.ok) return give();
        next = todo.length;
        void worker.terminate();
        reject(new Error(`Không vẽ được thẻ ${answer.error}`));
      });
      worker.on('error', reject);
      give();
    });
  await Promise.all(Array.from({ length: count }, thread));
  return { rendered: todo.length, cached: jobs.length - todo.length, threads: count };
}
