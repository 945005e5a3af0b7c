import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import type { Logger } from 'pino';

/** Where Debian's package puts it. */
export const CHROMIUM = '/usr/bin/chromium';
/** A Chinese font (WenQuanYi Zen Hei, 16 MB), without which every screen would show boxes. */
const CHINESE_FONT = '/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc';
const PACKAGES = ['chromium', 'fonts-wqy-zenhei'];

/**
 * Debian's Chromium and a Chinese font for the browser tests (playwright-core cannot download
 * a browser here): installed from Debian's packages the first time, as root, or with sudo
 * where there is one. Returns Chromium's path.
 */
export function ensureChromium(logger: Logger): string {
  if (existsSync(CHROMIUM) && existsSync(CHINESE_FONT)) return CHROMIUM;
  const asRoot = process.getuid?.() === 0;
  const sudo = asRoot ? [] : ['sudo', '-n'];
  logger.warn({ packages: PACKAGES }, 'installing Debian\'s chromium and a Chinese font for the browser tests (apt-get, once per machine)');
  const run = (command: string[]) => execFileSync(command[0]!, command.slice(1), { stdio: ['ignore', 'ignore', 'inherit'] });
  const aptGet = [...sudo, 'env', 'DEBIAN_FRONTEND=noninteractive', 'apt-get'];
  try {
    run([...aptGet, 'update', '-qq']);
    run([...aptGet, 'install', '-y', '-qq', '--no-install-recommends', ...PACKAGES]);
  } catch (error) {
    throw new Error(`Could not install ${PACKAGES.join(' and ')} (${error instanceof Error ? error.message : String(error)}): run \`apt-get install ${PACKAGES.join(' ')}\` as root, then the tests again`);
  }
  if (!existsSync(CHROMIUM)) throw new Error(`apt-get installed chromium, but not at ${CHROMIUM}`);
  return CHROMIUM;
}
