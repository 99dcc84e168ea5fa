/** Where logging callbacks write: process.stdout in Node, console.log (line-buffered) elsewhere. */
export interface TextSink {
  /** Writes `text` as is (no newline added). */
  write(text: string): void;
  /** Whether a line can be redrawn in place (`\r`), i.e. the sink is a terminal. */
  readonly isTTY: boolean;
  /** Terminal width in characters. */
  readonly columns: number;
}

interface NodeStdout {
  write(s: string): boolean;
  isTTY?: boolean;
  columns?: number;
}

function nodeStdout(): NodeStdout | undefined {
  const p = (globalThis as { process?: { stdout?: NodeStdout } }).process;
  return p?.stdout && typeof p.stdout.write === 'function' ? p.stdout : undefined;
}

function envColumns(): number | undefined {
  const env = (globalThis as { process?: { env?: Record<string, string | undefined> } }).process?.env;
  const c = Number(env?.COLUMNS);
  return Number.isFinite(c) && c > 0 ? c : undefined;
}

/** The default sink: stdout in Node; in browsers, whole lines go to console.log. */
export function defaultSink(): TextSink {
  const out = nodeStdout();
  if (out) {
    return {
      write: (s) => void out.write(s),
      get isTTY() {
        return out.isTTY === true;
      },
      get columns() {
        return out.columns ?? envColumns() ?? 80;
      },
    };
  }
  let pending = '';
  return {
    write(s) {
      pending += s;
      const lines = pending.split('\n');
      pending = lines.pop() ?? '';
      for (const l of lines) console.log(l.replace(/^.*\r/, ''));
    },
    isTTY: false,
    columns: 80,
  };
}

/** Prints one line (Python's `print`). */
export function printLine(sink: TextSink, text: string): void {
  sink.write(`${text}\n`);
}

/** An absolute form of `path` for messages (Python's `os.path.abspath`), without importing node:path. */
export function absolutePath(path: string): string {
  const proc = (globalThis as { process?: { cwd?: () => string } }).process;
  if (path.startsWith('/') || /^[a-z]+:\/\//i.test(path) || !proc?.cwd) return normalize(path);
  return normalize(`${proc.cwd()}/${path}`);
}

function normalize(path: string): string {
  if (/^[a-z]+:\/\//i.test(path)) return path;
  const abs = path.startsWith('/');
  const parts: string[] = [];
  for (const seg of path.split('/')) {
    if (seg === '' || seg === '.') continue;
    if (seg === '..') parts.pop();
    else parts.push(seg);
  }
  return `${abs ? '/' : ''}${parts.join('/')}`;
}

/** Joins path segments with `/` (enough for checkpoint paths; works in browsers). */
export function joinPath(dir: string, name: string): string {
  return dir.endsWith('/') ? `${dir}${name}` : `${dir}/${name}`;
}
