// Makes sure the browser tests and gates can run: Debian's chromium, the CJK fonts (without them
// Chinese renders as empty boxes), a Java runtime for the Nu HTML Checker, and espeak-ng and sox,
// which speak the test recording of the multi-transcript build (tests/support/recording.ts). Installs what is
// missing with apt-get when running as root; otherwise says exactly what to install and stops.
import { existsSync } from 'node:fs';
import { execSync } from 'node:child_process';

const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const hasFonts = () => {
  try {
    return execSync('fc-list :lang=zh-tw family', { encoding: 'utf8' }).includes('Noto');
  } catch {
    return false;
  }
};
const missing = [];
if (!existsSync(chromium)) missing.push('chromium');
if (!hasFonts()) missing.push('fonts-noto-cjk');
const hasJava = () => {
  try {
    execSync('java -version', { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
};
if (!hasJava()) missing.push('default-jre-headless');
const hasCommand = (cmd) => {
  try {
    execSync(`${cmd} --version`, { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
};
for (const cmd of ['espeak-ng', 'sox']) if (!hasCommand(cmd)) missing.push(cmd);

if (missing.length > 0) {
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (!isRoot) {
    console.error(`Browser tests need Debian packages: ${missing.join(' ')}.\nInstall them with:\n  sudo apt-get update && sudo apt-get install -y ${missing.join(' ')}`);
    process.exit(1);
  }
  console.log(`Installing ${missing.join(' ')} with apt-get…`);
  execSync(`apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq ${missing.join(' ')}`, { stdio: 'inherit' });
}
