import { pyExponential, pyFixed } from '../../framework/py-format';
import type { TextSink } from '../util/output';

/** A value shown by the progress bar: a number, a list of numbers, or preformatted text. */
export type BarValue = number | readonly number[] | string;

/** Formats a number as Python's `'%.4f'` if |v| > 1e-3, else `'%.4e'` (Paddle's progress bar). */
export function formatNumber(v: number): string {
  return Math.abs(v) > 1e-3 || !Number.isFinite(v) ? pyFixed(v, 4) : pyExponential(v, 4);
}

/** Python's `'%d'` of a float (truncation) with zero padding to `width`. */
function pad0(v: number, width: number): string {
  return String(Math.trunc(v)).padStart(width, '0');
}

/** `' - 5ms/step'`: Paddle's time per step (`%.0fs`, `%.0fms` or `%.0fus`). */
export function formatTimePerUnit(seconds: number, name: string): string {
  if (seconds >= 1 || seconds === 0) return ` - ${seconds.toFixed(0)}s/${name}`;
  if (seconds >= 1e-3) return ` - ${(seconds * 1e3).toFixed(0)}ms/${name}`;
  return ` - ${(seconds * 1e6).toFixed(0)}us/${name}`;
}

/** Paddle's ETA: `H:MM:SS` above an hour, `M:SS` above a minute, else `{s}s`. */
export function formatEta(eta: number): string {
  if (eta > 3600) return `${Math.trunc(eta / 3600)}:${pad0((eta % 3600) / 60, 2)}:${pad0(eta % 60, 2)}`;
  if (eta > 60) return `${Math.trunc(eta / 60)}:${pad0(eta % 60, 2)}`;
  return `${Math.trunc(eta)}s`;
}

function formatValues(values: ReadonlyArray<readonly [string, BarValue]>): string {
  let info = '';
  for (const [k, val] of values) {
    info += ` - ${k}:`;
    const list = Array.isArray(val) ? val : [val];
    for (const v of list) info += typeof v === 'number' ? ` ${formatNumber(v)}` : ` ${String(v)}`;
  }
  return info;
}

/** Options of {@link ProgressBar}. */
export interface ProgressBarOptions {
  /** Total number of steps, or null when unknown. */
  num: number | null;
  /** Bar width in characters (capped by the terminal width). @defaultValue 30 */
  width?: number;
  /** 1 = bar, 2/3 = one line per update. @defaultValue 1 */
  verbose?: number;
  /** Unit name printed before the count. @defaultValue 'step' */
  name?: string;
  sink: TextSink;
  /** Clock in seconds (injectable for tests). @defaultValue performance.now() / 1000 */
  now?: () => number;
}

/**
 * Paddle's `hapi/progressbar.py` `ProgressBar`, character for character: with verbose 1 a bar
 * redrawn in place on a terminal (`\b`s then `\r`), or one bar per line otherwise (each preceded
 * by a newline, as Paddle); with verbose 2/3 a plain line per update.
 */
export class ProgressBar {
  private readonly num: number | null;
  private readonly width: number;
  private readonly verbose: number;
  private readonly name: string;
  private readonly sink: TextSink;
  private readonly now: () => number;
  private readonly dynamic: boolean;
  private totalWidth = 0;
  private startTime: number;

  constructor(opts: ProgressBarOptions) {
    this.num = opts.num;
    const cols = opts.sink.columns > 0 ? opts.sink.columns : 80;
    const maxWidth = Math.min(Math.trunc(cols * 0.6), cols - 50);
    const width = opts.width ?? 30;
    this.width = width <= maxWidth ? width : maxWidth;
    this.verbose = opts.verbose ?? 1;
    this.name = opts.name ?? 'step';
    this.sink = opts.sink;
    this.now = opts.now ?? (() => performance.now() / 1000);
    this.dynamic = opts.sink.isTTY;
    this.startTime = this.now();
  }

  /** Restarts the clock. */
  start(): void {
    this.startTime = this.now();
  }

  /** Shows step `current` with `values`. */
  update(current: number, values: ReadonlyArray<readonly [string, BarValue]> = []): void {
    const timePerUnit = current ? (this.now() - this.startTime) / current : 0;
    const fps = formatTimePerUnit(timePerUnit, this.name);
    const num = this.num;
    if (this.verbose === 1) {
      const prevTotalWidth = this.totalWidth;
      let out = this.dynamic ? `${'\b'.repeat(prevTotalWidth)}\r` : '\n';
      let bar: string;
      if (num !== null) {
        const digits = Math.trunc(Math.log10(num)) + 1;
        bar = `${this.name} ${String(current).padStart(digits)}/${num} [`;
        const progWidth = Math.trunc(this.width * (current / num));
        if (progWidth > 0) bar += '='.repeat(progWidth - 1) + (current < num ? '>' : '=');
        bar += '.'.repeat(Math.max(0, this.width - progWidth));
        bar += ']';
      } else {
        bar = `${this.name} ${String(current).padStart(3)}`;
      }
      this.totalWidth = bar.length;
      let info = formatValues(values);
      if (num !== null && current < num) info += ` - ETA: ${formatEta(timePerUnit * (num - current))}`;
      info += fps;
      this.totalWidth += info.length;
      if (prevTotalWidth > this.totalWidth) info += ' '.repeat(prevTotalWidth - this.totalWidth);
      if (num === null || current >= num) info += '\n';
      out += bar + info;
      this.sink.write(out);
    } else if (this.verbose === 2 || this.verbose === 3) {
      const count =
        num !== null && num > 0
          ? `${this.name} ${String(current).padStart(Math.trunc(Math.log10(num)) + 1)}/${num}`
          : `${this.name} ${String(current).padStart(3)}`;
      this.sink.write(`${count}${formatValues(values)}${fps}\n`);
    }
  }
}
