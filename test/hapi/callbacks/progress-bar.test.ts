import { describe, expect, it } from 'vitest';
import { callbacks } from 'tfjs-hapi';
import { ProgressBar, formatEta, formatNumber, formatTimePerUnit } from '../../../src/hapi/callbacks/progress-bar';

function sink(isTTY: boolean, columns = 80) {
  const out: string[] = [];
  return { out, sink: { write: (s: string) => void out.push(s), isTTY, columns } };
}

/** A clock that advances `dt` seconds per reading after `start`. */
function clock(times: number[]) {
  let i = 0;
  return () => times[Math.min(i++, times.length - 1)];
}

describe('progress bar formatting (Paddle hapi/progressbar.py)', () => {
  it('formats numbers as %.4f / %.4e', () => {
    expect(formatNumber(0.51041)).toBe('0.5104');
    expect(formatNumber(2.30258)).toBe('2.3026');
    expect(formatNumber(0.00012345)).toBe('1.2345e-04');
    expect(formatNumber(0)).toBe('0.0000e+00');
    expect(formatNumber(-0.0005)).toBe('-5.0000e-04');
  });

  it('formats time per step and ETA', () => {
    expect(formatTimePerUnit(0.005, 'step')).toBe(' - 5ms/step');
    expect(formatTimePerUnit(2.4, 'step')).toBe(' - 2s/step');
    expect(formatTimePerUnit(0, 'step')).toBe(' - 0s/step');
    expect(formatTimePerUnit(0.00042, 'step')).toBe(' - 420us/step');
    expect(formatEta(42.9)).toBe('42s');
    expect(formatEta(75)).toBe('1:15');
    expect(formatEta(3725)).toBe('1:02:05');
  });

  it('verbose 2: one line per update', () => {
    const s = sink(false);
    const bar = new ProgressBar({ num: 938, verbose: 2, sink: s.sink, now: clock([0, 0.05]) });
    bar.update(10, [['loss', [0.51041]], ['acc', 0.81562]]);
    expect(s.out.join('')).toBe('step  10/938 - loss: 0.5104 - acc: 0.8156 - 5ms/step\n');
  });

  it('verbose 2 with an unknown number of steps', () => {
    const s = sink(false);
    const bar = new ProgressBar({ num: null, verbose: 2, sink: s.sink, now: clock([0, 0.05]) });
    bar.update(7, [['loss', [1.5]]]);
    expect(s.out.join('')).toBe('step   7 - loss: 1.5000 - 7ms/step\n');
  });

  it('verbose 1 off a terminal: one bar per line, each after a newline', () => {
    const s = sink(false);
    const bar = new ProgressBar({ num: 113, verbose: 1, sink: s.sink, now: clock([0, 0.05, 0.565]) });
    bar.update(10, [['loss', [0.5104]]]);
    bar.update(113, [['loss', [0.1]]]);
    expect(s.out).toEqual([
      '\nstep  10/113 [=>............................] - loss: 0.5104 - ETA: 0s - 5ms/step',
      // padded with spaces over the longer previous line, as Paddle does
      `\nstep 113/113 [==============================] - loss: 0.1000 - 5ms/step${' '.repeat(10)}\n`,
    ]);
  });

  it('verbose 1 on a terminal: the line is redrawn in place and padded over a longer one', () => {
    const s = sink(true);
    const bar = new ProgressBar({ num: 4, verbose: 1, sink: s.sink, now: clock([0, 2, 130]) });
    bar.update(1, [['loss', [0.25]]]);
    const first = s.out[0];
    expect(first).toBe(`\rstep 1/4 [${'='.repeat(6)}>${'.'.repeat(23)}] - loss: 0.2500 - ETA: 6s - 2s/step`);
    bar.update(2, [['loss', [0.125]]]);
    const prevWidth = first.length - 1;
    expect(s.out[1].startsWith('\b'.repeat(prevWidth) + '\r')).toBe(true);
    expect(s.out[1].slice(prevWidth + 1)).toBe(`step 2/4 [${'='.repeat(14)}>${'.'.repeat(15)}] - loss: 0.1250 - ETA: 2:10 - 65s/step`);
  });

  it('narrows the bar on a narrow terminal', () => {
    const s = sink(false, 70);
    const bar = new ProgressBar({ num: 10, verbose: 1, sink: s.sink, now: clock([0, 1]) });
    bar.update(10, []);
    expect(s.out[0]).toBe('\nstep 10/10 [====================] - 100ms/step\n');
  });
});

describe('ProgBarLogger', () => {
  const run = (verbose: number, logFreq: number) => {
    const s = sink(false);
    let t = 0;
    const logger = new callbacks.ProgBarLogger({ logFreq, verbose, sink: s.sink, now: () => (t += 0.001) });
    logger.setParams({ batchSize: 4, epochs: 2, steps: 3, verbose, metrics: ['loss', 'acc'] });
    logger.onTrainBegin();
    for (let e = 0; e < 2; e++) {
      logger.onEpochBegin(e);
      for (let i = 0; i < 3; i++) {
        logger.onTrainBatchBegin(i);
        logger.onTrainBatchEnd(i, { loss: [1 / (i + 1)], acc: 0.5, batch_size: 4 });
      }
      logger.onEpochEnd(e, { loss: [0.25], acc: 0.75, batch_size: 4 });
      logger.onEvalBegin({ steps: 2, metrics: ['loss', 'acc'] });
      for (let i = 0; i < 2; i++) {
        logger.onEvalBatchBegin(i);
        logger.onEvalBatchEnd(i, { loss: [0.5], acc: 0.5, batch_size: 3 });
      }
      logger.onEvalEnd({ loss: [0.5], acc: 0.6 });
    }
    return s.out.join('').replace(/\d+(us|ms|s)\/step/g, 'T/step');
  };

  it('prints Paddle lines for verbose 2 (log points below the last step, the last step at epoch end)', () => {
    expect(run(2, 2)).toBe(
      [
        'The loss value printed in the log is the current step, and the metric is the average value of previous steps.',
        'Epoch 1/2',
        'step 2/3 - loss: 0.5000 - acc: 0.5000 - T/step',
        'step 3/3 - loss: 0.2500 - acc: 0.7500 - T/step',
        'Eval begin...',
        'The loss value printed in the log is the current step, and the metric is the average value of previous steps.',
        'step 2/2 - loss: 0.5000 - acc: 0.6000 - T/step',
        'Eval samples: 6',
        'Epoch 2/2',
        'step 2/3 - loss: 0.5000 - acc: 0.5000 - T/step',
        'step 3/3 - loss: 0.2500 - acc: 0.7500 - T/step',
        'Eval begin...',
        'The loss value printed in the log is the current step, and the metric is the average value of previous steps.',
        'step 2/2 - loss: 0.5000 - acc: 0.6000 - T/step',
        'Eval samples: 6',
        '',
      ].join('\n'),
    );
  });

  it('adds reader cost, batch cost and ips for verbose 3', () => {
    const out = run(3, 10);
    expect(out).toMatch(/^step 3\/3 - loss: 0\.2500 - acc: 0\.7500 - avg_reader_cost: \d\.\d{5} sec - avg_batch_cost: \d\.\d{5} sec - ips: \d+\.\d{5} samples\/sec - T\/step$/m);
  });

  it('prints nothing with verbose 0', () => {
    expect(run(0, 1)).toBe('');
  });
});
