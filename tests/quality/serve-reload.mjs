// An open tab of `diptych serve` reloads by itself after a save, at the same scroll position.
// Usage: node serve-reload.mjs DIPTYCH_BINARY SITE_DIR  (SITE_DIR is edited: pass a copy)
// Last line: "reload: N passed, M failed"; exit status 0 only if M is 0.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { startServe } from './serve.mjs';

const [binary, site] = process.argv.slice(2);
const started = startServe(binary, site);
const { server } = started;
const address = await started.address;

let passed = 0, failed = 0;
const check = (ok, what) => { ok ? passed++ : failed++; console.log(`${ok ? 'PASS' : 'FAIL'} ${what}`); };
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
try {
  const page = await browser.newPage({ viewport: { width: 800, height: 600 } });
  await page.goto(address + 'nl/strategie/academische-zorg/');
  await page.evaluate(() => window.scrollTo(0, 400));
  await page.waitForTimeout(300); // the page's event stream is open
  const before = await page.evaluate(() => window.scrollY);
  const file = join(site, 'content/strategie/academische-zorg.nl.md');
  // A paragraph added at the end: an edit that does not depend on the page's wording.
  writeFileSync(file, readFileSync(file, 'utf8').trimEnd() + '\n\nBewerkt tijdens de test.\n');
  const reloaded = await page
    .waitForFunction(() => document.body.innerText.includes('Bewerkt tijdens de test.'), null, { timeout: 10000 })
    .then(() => true, () => false);
  check(reloaded, 'the open tab reloaded by itself after the save');
  const after = await page.evaluate(() => window.scrollY);
  check(Math.abs(after - before) < 2, `it kept its scroll position (${before} before, ${after} after)`);
} finally {
  await browser.close();
  server.kill('SIGINT');
}
console.log(`reload: ${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
