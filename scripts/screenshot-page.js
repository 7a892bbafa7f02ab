// Writes docs/page.png: the page `check --html` makes for the shipped fixtures, a report shown,
// as the README shows it. Needs Debian's Chromium (apt-get install chromium); run after npm run build:
//   node scripts/screenshot-page.js
import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';

const ROOT = new URL('..', import.meta.url).pathname;
const page = join(mkdtempSync(join(tmpdir(), 'gov-disclose-page-')), 'page.html');
spawnSync(process.execPath, [
  join(ROOT, 'bin/gov-disclose.js'),
  'check',
  join(ROOT, 'fixtures/demo'),
  join(ROOT, 'fixtures/check/outcome-cell.txt'),
  '--html',
  page,
]);
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
});
const tab = await browser.newPage({ viewport: { width: 1280, height: 1000 } });
await tab.goto(`file://${page}`);
await tab.locator('#reports tbody tr', { hasText: '交通运输局-2023' }).click();
await tab.evaluate(() => globalThis.scrollTo(0, 0));
await tab.screenshot({ path: join(ROOT, 'docs/page.png'), fullPage: false });
await browser.close();
