import { describe, expect, it } from 'vitest';
import * as paddle from 'tfjs-hapi';

const cb = paddle.callbacks;
const sink = { write: () => {}, isTTY: false, columns: 80 };

/** The fields a callback was configured with: its own data properties, sink and functions aside. */
const fields = (c: object) =>
  Object.fromEntries(Object.entries(c).filter(([k, v]) => k !== 'sink' && typeof v !== 'function'));

describe("callbacks: Paddle's keyword form", () => {
  it('keyword and positional forms configure the same callback', () => {
    expect(fields(new cb.EarlyStopping({ monitor: 'acc', mode: 'max', patience: 2, verbose: 0, minDelta: 0.01, baseline: 0.5, saveBestModel: false, sink })))
      .toEqual(fields(new cb.EarlyStopping('acc', 'max', 2, 0, 0.01, 0.5, false)));
    expect(fields(new cb.ProgBarLogger({ logFreq: 5, verbose: 1, sink }))).toEqual(fields(new cb.ProgBarLogger(5, 1)));
    expect(fields(new cb.ModelCheckpoint({ saveFreq: 2, saveDir: 'ckpt', sink }))).toEqual(fields(new cb.ModelCheckpoint(2, 'ckpt')));
    expect(fields(new cb.LRScheduler({ byStep: false, byEpoch: true }))).toEqual(fields(new cb.LRScheduler(false, true)));
    expect(fields(new cb.ReduceLROnPlateau({ monitor: 'acc', factor: 0.5, patience: 3, mode: 'max', sink })))
      .toEqual(fields(new cb.ReduceLROnPlateau('acc', 0.5, 3, 1, 'max')));
    expect(fields(new cb.VisualDL({ logDir: null, logFreq: 1 }))).toEqual(fields(new cb.VisualDL(null)));
    // A positional prefix and options for the rest, as Paddle's EarlyStopping('acc', patience=2).
    expect(new cb.EarlyStopping('acc', { patience: 2 } as never).patience).toBe(2);
  });

  it('unknown keys name the nearest valid one; a value given twice is an error', () => {
    expect(() => new cb.EarlyStopping({ save_best_model: true } as never)).toThrow(
      /callbacks\.EarlyStopping: argument 'save_best_model' .*\(did you mean 'saveBestModel'\?\)/,
    );
    expect(() => new cb.ProgBarLogger({ log_freq: 5 } as never)).toThrow(/did you mean 'logFreq'\?/);
    expect(() => new cb.LRScheduler({ by_epoch: true } as never)).toThrow(/did you mean 'byEpoch'\?/);
    expect(() => new cb.EarlyStopping('loss', { monitor: 'acc' } as never)).toThrow(/'monitor' expected to be given once/);
  });

  it('every argument is checked when the callback is made', () => {
    expect(() => new cb.EarlyStopping({ mode: 'up' as never })).toThrow("EarlyStopping: argument 'mode' expected 'auto', 'min' or 'max', but received \"up\".");
    expect(() => new cb.EarlyStopping({ patience: -1 })).toThrow(/'patience' expected an integer >= 0/);
    expect(() => new cb.EarlyStopping({ saveBestModel: 'yes' as never })).toThrow(/'saveBestModel' expected true or false/);
    expect(() => new cb.EarlyStopping({ minDelta: Number.NaN })).toThrow(/'minDelta' expected a finite number/);
    expect(() => new cb.ModelCheckpoint({ saveFreq: 0 })).toThrow(/'saveFreq' expected a positive integer/);
    expect(() => new cb.ProgBarLogger({ verbose: 4 })).toThrow(/'verbose' expected 0, 1, 2 or 3/);
    expect(() => new cb.ReduceLROnPlateau({ cooldown: 1.5 })).toThrow(/'cooldown' expected an integer >= 0/);
    expect(() => new cb.LRScheduler({ byEpoch: 1 as never })).toThrow(/'byEpoch' expected true or false/);
    expect(() => new cb.VisualDL({ logDir: 5 as never })).toThrow(/'logDir' expected a string/);
  });
});
