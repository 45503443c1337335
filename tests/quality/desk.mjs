// The translation desk in a real browser, on a copy of the shipped site with one outdated and
// one missing German page: the overview flags both with the right counts, the outdated page's
// view marks the changed source words and not the unchanged ones, the button records the
// translation (in the view and in content/translations.yaml), requests without the token or
// from another origin change nothing, and no other site can show the desk in a frame; with a
// number slip in the translation, the button first asks (listing what check finds) and
// records only on "Record as up to date anyway". A page made by `diptych new` is served with
// the draft band. axe (WCAG 2.2 AA + best practices) and the W3C checker on both views, the
// question and the draft pages.
// Usage: node desk.mjs DIPTYCH_BINARY SITE_DIR [--screenshots DIR]  (SITE_DIR is edited: pass a copy)
// Last line: "desk: N passed, M failed"; exit status 0 only if M is 0.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { createServer, request } from 'node:http';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { startServe } from './serve.mjs';

const [binary, site, ...rest] = process.argv.slice(2);
const shots = rest[0] === '--screenshots' ? rest[1] : null;
const here = dirname(fileURLToPath(import.meta.url));
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

// The outdated page: words added to its Dutch title and to its text. The missing one: gone.
const source = join(site, 'content/strategie/pijlers.nl.md');
const text = readFileSync(source, 'utf8');
const title = text.match(/^title: (.*)$/m)[1];
writeFileSync(source, text.replace(`title: ${title}`, `title: ${title} herzien`).trimEnd() +
  '\n\nDeze alinea is nieuw.\n');
rmSync(join(site, 'content/over-mst/contact.de.md'));
// A new page, a draft in both languages: the preview shows it with a band.
execFileSync(binary, ['new', 'strategie/visie', '--root', site]);
const recordFile = join(site, 'content/translations.yaml');
const record = () => readFileSync(recordFile, 'utf8');
const status = (key) => JSON.parse(execFileSync(binary, ['status', '--root', site, '--lang', 'de', '--format', 'json']))
  .pages.find((p) => p.key === key).languages.de.status;

const started = startServe(binary, site);
const { server } = started;
const address = await started.address;

let passed = 0, failed = 0;
const check = (ok, what) => { ok ? passed++ : failed++; console.log(`${ok ? 'PASS' : 'FAIL'} ${what}`); };
const axe = async (page, what) => {
  await page.addScriptTag({ path: join(here, 'node_modules/axe-core/axe.min.js') });
  const result = await page.evaluate((tags) => window.axe.run(document, {
    runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'],
  }), AXE_TAGS);
  const found = result.violations.flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.target.join(' ')}`));
  check(found.length === 0, `axe: 0 violations on ${what}${found.length ? '\n  ' + found.join('\n  ') : ''}`);
};

// The W3C Nu checker on the HTML a view is served as.
const valid = async (path, what) => {
  const dir = mkdtempSync(join(tmpdir(), 'desk-vnu-'));
  const file = join(dir, 'page.html');
  writeFileSync(file, await (await fetch(new URL(path, address))).text());
  let errors = '';
  try {
    execFileSync('java', ['-jar', join(here, 'node_modules/vnu-jar/build/dist/vnu.jar'), '--errors-only', file],
      { stdio: ['ignore', 'pipe', 'pipe'] });
  } catch (failure) {
    errors = String(failure.stderr || failure.message);
  }
  rmSync(dir, { recursive: true });
  check(errors === '', `W3C Nu: no errors in ${what}${errors ? '\n' + errors : ''}`);
};

// A form POST as a script or another site would send it, with the headers given.
const post = (form, headers = {}) => new Promise((resolve, reject) => {
  const body = new URLSearchParams(form).toString();
  const req = request(new URL('_desk/translated', address), {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded', 'content-length': Buffer.byteLength(body), ...headers },
  }, (res) => { res.resume(); res.on('end', () => resolve(res.statusCode)); });
  req.on('error', reject);
  req.end(body);
});

const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
let elsewhere;
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  await page.goto(address + '_desk/');
  const counts = await page.locator('li', { has: page.locator('span[lang="de"]') }).innerText();
  check(counts.includes('27 up to date') && counts.includes('1 outdated') && counts.includes('1 missing'),
    `the overview counts the German pages: "${counts}"`);
  const cell = (key) => page.locator('tr', { has: page.locator(`th code:text-is("${key}")`) }).locator('td').nth(1);
  check((await cell('strategie/pijlers.md').getAttribute('class')) === 'outdated', 'the changed page is flagged outdated');
  check((await cell('over-mst/contact.md').getAttribute('class')) === 'missing', 'the deleted page is flagged missing');
  await axe(page, 'the overview');
  await valid('_desk/', 'the overview');
  if (shots) await page.screenshot({ path: join(shots, 'desk-overview.png') });

  for (const [path, word] of [['nl/strategie/visie/', 'Concept'], ['de/strategie/visie/', 'Entwurf']]) {
    await page.goto(address + path);
    const band = page.getByRole('region', { name: word });
    check(await band.isVisible() && (await band.innerText()).includes('draft: true'),
      `the draft page ${path} has the band "${word}"`);
    await axe(page, `the draft page ${path}`);
    await valid(path, `the draft page ${path}`);
  }
  if (shots) await page.screenshot({ path: join(shots, 'draft-band.png') });
  await page.goto(address + '_desk/');

  await page.getByRole('link', { name: 'compare strategie/pijlers.md in de' }).click();
  await page.waitForURL(/\/_desk\/compare/);
  const changes = page.locator('section.changes');
  const added = await changes.locator('ins').allInnerTexts();
  check(added.includes('herzien') && added.some((t) => t.includes('Deze alinea is nieuw')),
    `the added source words are marked: ${JSON.stringify(added)}`);
  check((await changes.locator('del').count()) === 0, 'nothing is marked as removed (nothing was)');
  const titleDiff = await changes.locator('h3:text-is("Title") + .diff-part p').innerHTML();
  check(titleDiff.startsWith(title) && !/<(ins|del)>[^<]*\b(Drie|pijlers)\b/i.test(titleDiff),
    `the unchanged title words are not marked: ${titleDiff}`);
  check(await page.locator('table.side-by-side td[lang="de"]').count() > 2, 'source and translation are shown side by side');
  await axe(page, 'the outdated page\'s view');
  await valid(new URL(page.url()).pathname + new URL(page.url()).search, 'the outdated page\'s view');
  if (shots) {
    await page.setViewportSize({ width: 1280, height: 1500 });
    await page.screenshot({ path: join(shots, 'desk-compare.png') });
  }

  // The view follows a save of the translation, like the rest of the preview.
  const translation = join(site, 'content/strategie/pijlers.de.md');
  writeFileSync(translation, readFileSync(translation, 'utf8').trimEnd() + '\n\nDieser Absatz ist neu.\n');
  const followed = await page.locator('td[lang="de"]', { hasText: 'Dieser Absatz ist neu.' })
    .waitFor({ timeout: 10000 }).then(() => true, () => false);
  check(followed, 'the view shows the saved translation by itself');

  // Requests that do not come from the desk's page change nothing.
  const before = record();
  const token = await page.locator('form.record input[name="token"]').inputValue();
  const file = await page.locator('form.record input[name="file"]').inputValue();
  check(await post({ file }) === 403, 'a request without the token is refused');
  check(await post({ token, file }, { origin: 'http://elsewhere.example' }) === 403,
    'a request with the token from another origin is refused');
  // Another site in the same browser, even one that knows the token, posting the form.
  const view = page.url();
  elsewhere = createServer((req, res) => {
    res.setHeader('content-type', 'text/html');
    // /frame: the desk's view in a frame, where one click would record.
    res.end(req.url === '/frame' ? `<!DOCTYPE html><iframe src="${view}"></iframe>` :
      `<!DOCTYPE html><form method="post" action="${address}_desk/translated">` +
      `<input name="token" value="${token}"><input name="file" value="${file}"></form>` +
      '<script>document.forms[0].submit()</script>');
  }).listen(0, '127.0.0.1');
  await new Promise((resolve) => elsewhere.once('listening', resolve));
  const other = await browser.newPage();
  const response = await new Promise((resolve) => {
    other.on('response', (r) => { if (r.url().includes('/_desk/translated')) resolve(r); });
    other.goto(`http://127.0.0.1:${elsewhere.address().port}/`);
  });
  check(response.status() === 403, `a form posted from another site is refused (${response.status()})`);
  const framer = await browser.newPage();
  await framer.goto(`http://127.0.0.1:${elsewhere.address().port}/frame`);
  await framer.waitForTimeout(1000);
  const framed = framer.frames().find((frame) => frame !== framer.mainFrame());
  const buttons = framed ? await framed.locator('form.record button').count().catch(() => 0) : 0;
  check(framed && buttons === 0, `another site cannot show the desk in a frame (${buttons} buttons in it)`);
  check(record() === before && status('strategie/pijlers.md') === 'outdated', 'the refused requests changed nothing');

  // A number slip in the translation: the button asks first, and a look changes nothing.
  writeFileSync(translation, readFileSync(translation, 'utf8').replace('2023–2028', '2023–2029'));
  await page.locator('td[lang="de"]', { hasText: '2023–2029' }).waitFor({ timeout: 10000 });
  await page.getByRole('button', { name: 'Translation is up to date' }).click();
  await page.waitForURL(/\/_desk\/translated/);
  const question = await page.locator('main').innerText();
  check(question.includes('as up to date?') && question.includes('the number 2029 is not in the source'),
    `the button asks first, listing what check finds: "${question.slice(0, 200)}"`);
  check(record() === before, 'asking records nothing');
  await axe(page, 'the question before recording');
  await page.getByRole('button', { name: 'Record as up to date anyway' }).click();
  await page.waitForURL(/\/_desk\/compare/);
  const standing = await page.locator('.standing strong').innerText();
  check(standing === 'up to date', `after the click the view says: ${standing}`);
  check(record() !== before && status('strategie/pijlers.md') === 'up-to-date',
    'content/translations.yaml records the translation as up to date');
  // A page of its own: the view may still reload after the record's rebuild.
  const overview = await browser.newPage();
  await overview.goto(address + '_desk/');
  const after = await overview.locator('li', { has: overview.locator('span[lang="de"]') }).innerText();
  check(after.includes('28 up to date') && !after.includes('outdated'), `the overview follows: "${after}"`);
} finally {
  elsewhere?.close();
  await browser.close();
  server.kill('SIGINT');
}
console.log(`desk: ${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
