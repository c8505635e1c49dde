import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';
const url = process.argv[2];
const chrome = await chromeLauncher.launch({ chromePath: '/usr/bin/chromium', chromeFlags: ['--headless','--no-sandbox','--disable-gpu','--disable-quic','--no-first-run','--disable-background-networking','--disable-component-update','--disable-sync'] });
const lhr = (await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: ['performance'] })).lhr;
console.log('perf', lhr.categories.performance.score*100);
for (const id of ['first-contentful-paint','largest-contentful-paint','total-blocking-time','speed-index','cumulative-layout-shift','dom-size-insight','mainthread-work-breakdown','bootup-time','long-tasks']) { const a=lhr.audits[id]; if(!a) continue; console.log(id, a.displayValue, JSON.stringify(a.details?.items?.slice(0,8))?.slice(0,900)); }
await chrome.kill();
