import { describe, expect, it } from 'vitest';
import * as paddle from 'tfjs-hapi';

type Logs = paddle.callbacks.Logs;

/** Records every hook it receives, with its arguments; `name` tells two callbacks apart. */
class Tape extends paddle.callbacks.Callback {
  constructor(readonly name: string, readonly tape: string[], private readonly asyncHooks = false) {
    super();
  }
  private rec(s: string): void | Promise<void> {
    if (!this.asyncHooks) return void this.tape.push(`${this.name} ${s}`);
    // An async hook is awaited before the next callback runs.
    return new Promise((r) => setTimeout(r, 1)).then(() => void this.tape.push(`${this.name} ${s}`));
  }
  override onTrainBegin(logs?: Logs) { return this.rec(`train_begin ${JSON.stringify(logs ?? {})}`); }
  override onEpochBegin(e: number) { return this.rec(`epoch_begin ${e}`); }
  override onTrainBatchBegin(s: number) { return this.rec(`batch_begin ${s}`); }
  override onTrainBatchEnd(s: number, logs?: Logs) { return this.rec(`batch_end ${s} loss=${logs?.loss}`); }
  override onEpochEnd(e: number) { return this.rec(`epoch_end ${e}`); }
  override onTrainEnd() { return this.rec('train_end'); }
}

describe('CallbackList', () => {
  it('dispatches each hook to every callback in order, awaiting async hooks, over two batches', async () => {
    const tape: string[] = [];
    const list = new paddle.callbacks.CallbackList([new Tape('a', tape, true), new Tape('b', tape)]);
    await list.onBegin('train', { steps: 2 });
    await list.onEpochBegin(0);
    for (const step of [0, 1]) {
      await list.onBatchBegin('train', step);
      await list.dispatch('onTrainBatchEnd', step, { loss: [step + 0.5] });
    }
    await list.onEpochEnd(0);
    await list.onEnd('train');
    expect(tape).toEqual([
      'a train_begin {"steps":2}', 'b train_begin {"steps":2}',
      'a epoch_begin 0', 'b epoch_begin 0',
      'a batch_begin 0', 'b batch_begin 0', 'a batch_end 0 loss=0.5', 'b batch_end 0 loss=0.5',
      'a batch_begin 1', 'b batch_begin 1', 'a batch_end 1 loss=1.5', 'b batch_end 1 loss=1.5',
      'a epoch_end 0', 'b epoch_end 0',
      'a train_end', 'b train_end',
    ]);
  });

  it("types dispatch's arguments by hook (checked by tsc)", async () => {
    const list = new paddle.callbacks.CallbackList([]);
    const wrong = () => [
      // @ts-expect-error onEpochBegin takes the epoch number first
      list.dispatch('onEpochBegin', { loss: [1] }),
      // @ts-expect-error not a hook
      list.dispatch('setParams', { batchSize: 1, epochs: 1, steps: 1, verbose: 0, metrics: [] }),
      // @ts-expect-error onTrainBegin takes logs only
      list.dispatch('onTrainBegin', 3, {}),
    ];
    expect(typeof wrong).toBe('function');
    await expect(list.dispatch('onEvalEnd', { loss: [1] })).resolves.toBeUndefined();
  });
});
