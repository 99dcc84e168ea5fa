import * as tf from '@tensorflow/tfjs-core';
import { DataLoaderError } from '../errors';
import { collectTensors } from './host-batch';

/** What a producer hands the queue: a finished batch, or the end of the epoch. @internal */
export const DONE: unique symbol = Symbol('done');
/** A request that produced no batch (a worker's stream ended); the queue moves on. @internal */
export const SKIP: unique symbol = Symbol('skip');
export type Produced = { batch: unknown; finish(batch: unknown): unknown } | typeof DONE | typeof SKIP;

/**
 * Keeps up to `depth` batches loading ahead of the consumer and yields them in request order.
 * Each request is started by `produce()` (which must keep returning DONE once the epoch is over); a batch
 * is `finish`ed (turned into tensors) only when it is handed out, and batches still queued when
 * the consumer stops are disposed. @internal
 */
export async function* prefetch(
  produce: () => Promise<Produced>,
  depth: number,
  timeoutSeconds: number,
  describe: (position: number) => string,
): AsyncGenerator<unknown, void, undefined> {
  const queue: Promise<Produced>[] = [];
  let ended = false;
  let position = 0;
  const fill = () => {
    while (!ended && queue.length < depth) {
      const p = produce();
      p.then(
        (r) => {
          if (r === DONE) ended = true;
        },
        () => {},
      );
      queue.push(p);
    }
  };
  try {
    fill();
    while (queue.length > 0) {
      const head = queue.shift()!;
      const item = await withTimeout(head, timeoutSeconds, () => describe(position));
      if (item === DONE) return;
      if (item === SKIP) {
        fill();
        continue;
      }
      position++;
      fill();
      yield item.finish(item.batch);
    }
  } finally {
    for (const p of queue) {
      p.then(
        (r) => {
          if (r !== DONE && r !== SKIP) tf.dispose(collectTensors(r.batch));
        },
        () => {},
      );
    }
  }
}

async function withTimeout<T>(p: Promise<T>, seconds: number, describe: () => string): Promise<T> {
  if (!(seconds > 0)) return p;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const expired = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new DataLoaderError(`DataLoader timed out after ${seconds} s waiting for ${describe()}.`)), seconds * 1000);
  });
  try {
    return await Promise.race([p, expired]);
  } finally {
    clearTimeout(timer);
  }
}
