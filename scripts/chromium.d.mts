/** Flags for a quiet headless run on a machine with no network but loopback. */
export declare const CHROMIUM_FLAGS: readonly string[];

/** Opens `url` in a new headless Chromium with a fresh profile; `close()` stops it and removes the profile. */
export declare function launchChromium(
  url: string,
  options?: { executable?: string; extraFlags?: readonly string[] },
): { close(): Promise<void> };
