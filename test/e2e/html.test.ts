import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CORPUS, FIXTURES, hasCorpus, ROOT } from '../helpers.js';

/** Debian's Chromium, which .ci/run installs where it is missing: this test runs, it never skips. */
const CHROMIUM = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';
const FLAGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

const scratch = mkdtempSync(join(tmpdir(), 'gov-disclose-html-'));
function page(name: string, paths: string[]): string {
  const out = join(scratch, `${name}.html`);
  const run = spawnSync(process.execPath, [`${ROOT}bin/gov-disclose.js`, 'check', ...paths, '--html', out], { encoding: 'utf8', maxBuffer: 64 * 2 ** 20 });
  expect(run.stderr).toContain(`已写入 ${out}`);
  return out;
}

let browser: Browser;
beforeAll(async () => {
  expect(existsSync(CHROMIUM), `Chromium at ${CHROMIUM} (apt-get install chromium)`).toBe(true);
  browser = await chromium.launch({ executablePath: CHROMIUM, args: FLAGS });
}, 60_000);
afterAll(async () => browser?.close());

/** A page opened in the browser, with every console error and uncaught exception it gives. */
async function open(path: string): Promise<{ tab: Page; errors: string[] }> {
  const tab = await browser.newPage();
  const errors: string[] = [];
  tab.on('console', (m) => void (m.type() === 'error' && errors.push(m.text())));
  tab.on('pageerror', (e) => errors.push(String(e)));
  await tab.goto(`file://${path}`);
  return { tab, errors };
}

describe('check --html, in a real browser', { timeout: 120_000 }, () => {
  it('sorts, filters and shows a report with its wrong cell marked and the value it should have', async () => {
    const demo = join(FIXTURES, 'demo');
    const { tab, errors } = await open(page('demo', [demo, join(FIXTURES, 'check/outcome-cell.txt')]));
    const rows = tab.locator('#reports tbody tr');
    expect(await rows.count()).toBe(readdirSync(demo).length + 1);
    // 错误, sorted descending (the second click): the two files with an error come first.
    await tab.click('#reports th:nth-child(4)');
    await tab.click('#reports th:nth-child(4)');
    expect(await tab.locator('#reports tbody tr td:nth-child(4)').allTextContents()).toEqual(['1', '1', '1', '0', '0', '0']);
    // Only 有错.
    await tab.click('button[data-filter="errors"]');
    expect(await tab.locator('#reports tbody tr:not([hidden])').count()).toBe(3);
    await tab.fill('#filter', '交通运输局-2023');
    expect(await tab.locator('#reports tbody tr:not([hidden])').count()).toBe(1);
    await tab.locator('#reports tbody tr:not([hidden])').click();
    const shown = tab.locator('#details article:not([hidden])');
    expect(await shown.count()).toBe(1);
    expect(await shown.locator('td.suspect').textContent()).toBe('1290应为 1288');
    expect(await shown.locator('td.involved').count()).toBeGreaterThan(5);
    expect(await shown.locator('.findings li.error').textContent()).toContain('requests.total');
    expect(errors).toEqual([]);
  });

  it('shows what a report brings as text: markup in it does not run', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'gov-disclose-html-x-'));
    writeFileSync(
      join(dir, 'x.txt'),
      '示例<img src=x onerror="window.pwned=1">局2023年政府信息公开工作年度报告\n一、总体情况\n全年共收到申请5件，其中当面申请3件，网上申请4件。\n',
    );
    const { tab, errors } = await open(page('hostile', [dir]));
    await tab.locator('#reports tbody tr').first().click();
    expect(await tab.evaluate(() => (window as unknown as { pwned?: number }).pwned)).toBeUndefined();
    expect(await tab.locator('#details article:not([hidden]) h2').textContent()).toContain('<img');
    expect(errors).toEqual([]);
  });

  it.runIf(hasCorpus)('the page of ../shared/corpus opens without a console error and shows every report, each agency’s years side by side', async () => {
    const listed = spawnSync(process.execPath, [`${ROOT}bin/gov-disclose.js`, 'check', CORPUS, '--ndjson'], { encoding: 'utf8', maxBuffer: 64 * 2 ** 20 });
    const files = listed.stdout.trim().split('\n').length;
    const { tab, errors } = await open(page('corpus', [CORPUS]));
    expect(await tab.locator('#reports tbody tr').count()).toBe(files);
    expect(await tab.locator('#details article').count()).toBe(files);
    // 平潭's years, with a chart.
    expect(await tab.locator('#agencies .agency svg.chart').count()).toBeGreaterThan(0);
    expect(errors).toEqual([]);
  });
});
