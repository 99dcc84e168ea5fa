/**
 * A progress report: bytes received so far and the total when the server sent one.
 *
 * @example
 * ```ts
 * const onProgress: paddle.vision.datasets.ProgressCallback = (received, total) =>
 *   console.log(total === null ? `${received} bytes` : `${((100 * received) / total).toFixed(0)}%`);
 * const train = new paddle.vision.datasets.MNIST({ mode: 'train', onProgress });
 * ```
 * @category Datasets
 */
export type ProgressCallback = (received: number, total: number | null) => void;

/**
 * Paddle's download bar (`[=====     ]`, 50 wide) on stderr, plus the megabytes. Prints only to a
 * terminal, so logs and CI output stay clean.
 */
export function terminalProgressBar(label: string): ProgressCallback | null {
  const p = (globalThis as { process?: { stderr?: { isTTY?: boolean; write(s: string): void } } }).process;
  const err = p?.stderr;
  if (!err?.isTTY) return null;
  let last = -1;
  return (received, total) => {
    const mb = (received / 2 ** 20).toFixed(1);
    if (total) {
      const done = Math.floor((50 * received) / total);
      if (done === last && received < total) return;
      last = done;
      err.write(`\r${label} [${'='.repeat(done)}${' '.repeat(50 - done)}] ${mb}/${(total / 2 ** 20).toFixed(1)} MB`);
      if (received >= total) err.write('\n');
    } else err.write(`\r${label} ${mb} MB`);
  };
}
