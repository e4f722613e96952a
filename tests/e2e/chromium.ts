import { existsSync } from 'node:fs';

/** The system Chromium: `CHROME_PATH`, else Debian's `/usr/bin/chromium`. Never a downloaded one. */
export function chromiumPath(): string {
  return process.env.CHROME_PATH ?? '/usr/bin/chromium';
}

export function hasChromium(): boolean {
  return existsSync(chromiumPath());
}

/** Headless and quiet: without the networking flags Chromium keeps trying to reach the internet. */
export const chromiumArgs = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
