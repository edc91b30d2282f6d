// Finds the Chromium the browser tests drive. Browsers come from Debian, never from a test tool's own download:
// CHROME_PATH wins, then /usr/bin/chromium; on Debian as root the package is installed when missing.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';

export const DEFAULT_CHROMIUM = '/usr/bin/chromium';

function isDebian() {
  try {
    return /^(ID|ID_LIKE)=.*debian/m.test(readFileSync('/etc/os-release', 'utf8'));
  } catch {
    return false;
  }
}

/** @returns {string} the path of a Chromium executable; exits the process with advice when there is none. */
export function ensureChromium() {
  const wanted = process.env.CHROME_PATH || DEFAULT_CHROMIUM;
  if (existsSync(wanted)) {
    return wanted;
  }
  if (process.env.CHROME_PATH) {
    console.error(`CHROME_PATH=${wanted} does not exist. Point it at a Chromium or Chrome executable.`);
    process.exit(1);
  }
  if (isDebian() && process.getuid?.() === 0) {
    console.log('Chromium is missing: installing the Debian package (apt-get install chromium)…');
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
    execFileSync('apt-get', ['install', '-y', '-qq', 'chromium'], { stdio: 'inherit', env });
    if (existsSync(DEFAULT_CHROMIUM)) {
      return DEFAULT_CHROMIUM;
    }
  }
  console.error(
    [
      'The browser tests need Chromium, and none was found.',
      '  Debian/Ubuntu:  sudo apt-get install -y chromium',
      '  Elsewhere:      install Chromium or Chrome and set CHROME_PATH=/path/to/chrome',
      'Test tools never download a browser of their own here.',
    ].join('\n'),
  );
  process.exit(1);
}
