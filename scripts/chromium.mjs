// Starts headless Chromium for the browser checks and tests, and stops it cleanly.
//
// Chromium forks helper processes (renderer, GPU, crash handler) that outlive the main process for
// a moment and keep writing into the profile folder; removing the folder right after the main
// process exits then fails with ENOTEMPTY. So Chromium runs in its own process group, the whole
// group is stopped, and the profile is removed with retries (a leftover temp folder is reported,
// never a failure of the check).
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Flags for a quiet headless run on a machine with no network but loopback. */
export const CHROMIUM_FLAGS = [
  '--headless=new',
  '--no-sandbox',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
];

/**
 * Opens `url` in a new headless Chromium with a fresh profile.
 * @returns `close()`, which stops every Chromium process and removes the profile
 */
export function launchChromium(url, { executable = process.env.CHROMIUM ?? '/usr/bin/chromium', extraFlags = [] } = {}) {
  const profile = mkdtempSync(join(tmpdir(), 'hapi-chromium-'));
  const child = spawn(executable, [...CHROMIUM_FLAGS, ...extraFlags, `--user-data-dir=${profile}`, url], {
    stdio: 'ignore',
    detached: true,
  });
  const exited = new Promise((resolve) => child.once('exit', resolve));
  let closed = null;
  return {
    close() {
      closed ??= (async () => {
        try {
          process.kill(-child.pid, 'SIGTERM');
        } catch {
          // Already gone.
        }
        const timer = setTimeout(() => {
          try {
            process.kill(-child.pid, 'SIGKILL');
          } catch {
            // Already gone.
          }
        }, 5_000);
        await exited;
        clearTimeout(timer);
        try {
          rmSync(profile, { recursive: true, force: true, maxRetries: 10, retryDelay: 200 });
        } catch (err) {
          console.warn(`could not remove the Chromium profile ${profile}: ${err.message}`);
        }
      })();
      return closed;
    },
  };
}
