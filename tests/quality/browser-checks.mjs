// Browser checks for a built site, driven by check-site.sh (which serves the site).
// Usage: node browser-checks.mjs PUBLIC_DIR BASE_URL [--screenshots OUT_DIR]
// Prints one line per failure, the budget and axe figures, then {"passed":N,"failed":M} as the last
// line (one check per page: it fails if any of its checks or budgets fails).
import { readdirSync, mkdirSync } from 'node:fs';
import { join, relative, dirname, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { availableParallelism } from 'node:os';
import { chromium } from 'playwright-core';

const [publicDir, baseUrl, ...rest] = process.argv.slice(2);
const shotsAt = rest.indexOf('--screenshots');
const shotsDir = shotsAt >= 0 ? rest[shotsAt + 1] : null;
const here = dirname(fileURLToPath(import.meta.url));
const axePath = join(here, 'node_modules/axe-core/axe.min.js');
const origin = new URL(baseUrl).origin;
// WCAG 2.0, 2.1 and 2.2 at levels A and AA (axe has no wcag22a rules), and axe's best practices.
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];
// Rules whose undecided ("incomplete") results count as failures: a contrast axe cannot
// measure (text over an image or gradient, pseudo-elements) is a contrast nobody checked.
const DECIDE = new Set(['color-contrast']);
const CONCURRENCY = Number(process.env.QUALITY_JOBS) || availableParallelism(); // tabs at once

// Every *.html file below PUBLIC_DIR as a site path: x/index.html -> /x/, a/b.html -> /a/b.html
function walk(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? walk(join(dir, e.name)) : e.name.endsWith('.html') ? [join(dir, e.name)] : []);
}
const toPath = (file) => '/' + relative(publicDir, file).split(sep).map(encodeURIComponent).join('/')
  .replace(/(^|\/)index\.html$/, '$1');
// Same page whether written /x/ or /x/index.html
const samePath = (a, b) => {
  const n = (p) => decodeURIComponent(p).replace(/\/index\.html$/, '/');
  return n(a) === n(b);
};
const files = walk(publicDir).sort();

const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  // Playwright starts Chromium with a fresh temporary user-data-dir and removes it afterwards.
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
    '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
const context = await browser.newContext();
context.setDefaultTimeout(10_000);

// Budgets (README.md here, and "Budgets the shipped site keeps" in the main one): no layout shift, no request to another host, page weight.
const WEIGHT_BUDGET = 50_000; // bytes of a web page's HTML and its stylesheets, uncompressed
const IMAGE_DELAY_MS = 100; // images arrive this late after the page's first paint, as over a real network
const isPrint = (path) => /^\/([^/]+\/)?brochure\/(index\.html)?$/.test(path); // the print editions
const kB = (bytes) => `${(bytes / 1000).toFixed(1)} kB`;
// Every document records its layout shifts from the start, with the elements that moved.
await context.addInitScript(() => {
  const shifts = [];
  Object.defineProperty(window, '__layoutShifts', { value: shifts });
  const name = (n) => {
    if (!n || n.nodeType !== 1) return n ? n.nodeName.toLowerCase() : '(removed)';
    let s = n.localName + (n.id ? `#${n.id}` : '') + [...n.classList].map((c) => `.${c}`).join('');
    const src = n.getAttribute('src');
    return src ? `${s}[src="${src}"]` : s;
  };
  const describe = (n) => (n?.parentElement ? `${name(n.parentElement)} > ${name(n)}` : name(n));
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) {
      shifts.push({ value: e.value, nodes: (e.sources ?? []).map((s) => describe(s.node)) });
    }
  }).observe({ type: 'layout-shift', buffered: true });
});
// Requests to another host are refused (and recorded by the tab that made them); same-site
// images are held until the page has painted, then IMAGE_DELAY_MS more, so an image without a size moves
// text already on screen. (Routing also turns off the HTTP cache: every page loads its files afresh.)
const offsite = (url) => url.origin !== origin && !['data:', 'blob:', 'about:'].includes(url.protocol);
await context.route(offsite, (route) => route.abort('blockedbyclient'));
await context.route((url) => url.origin === origin && /\.(png|jpe?g|gif|webp|avif|svg)$/i.test(url.pathname),
  async (route, request) => {
    try { // not before the page's first paint (on loopback an image could otherwise arrive before it)
      await request.frame().waitForFunction(() => performance.getEntriesByType('paint')
        .some((e) => e.name === 'first-contentful-paint'), null, { polling: 'raf', timeout: 2000 });
    } catch { /* a page that paints nothing before its image, or one navigated away from */ }
    await new Promise((r) => setTimeout(r, IMAGE_DELAY_MS));
    await route.continue().catch(() => {});
  });
const cssBytes = new Map(); // stylesheet URL -> Promise<bytes>, fetched once
const weights = new Map(); // path -> { html, css }
const budgetFailures = { shift: 0, offsite: 0, weight: 0 };

// axe figures over all pages, printed before the summary.
const axeTotals = { pages: 0, violations: 0, incomplete: 0 };

// Collected per page, then links are checked once per distinct target.
const pages = new Map(); // path -> { failures: [], ids: Set, links: [] }

// The budgets of one loaded page: scrolls to the bottom (lazy images load), then reads the
// layout shifts, the requests to other hosts made since the page was asked for, and the weight.
async function checkBudgets(page, path, resp, requests, fail) {
  // 1. No layout shift: scroll a screen at a time, waiting for the images near the screen.
  await page.evaluate(async () => {
    const frame = () => new Promise((r) => requestAnimationFrame(() => r()));
    const loaded = (img) => new Promise((r) => {
      img.addEventListener('load', r, { once: true });
      img.addEventListener('error', r, { once: true });
    });
    const settle = async (near) => {
      await frame();
      const pending = [...document.images] // shown, not yet arrived, near the screen (lazy ones load there)
        .filter((img) => !img.complete && img.getClientRects().length && near(img.getBoundingClientRect()));
      await Promise.race([Promise.all(pending.map(loaded)), new Promise((r) => setTimeout(r, 3000))]);
      await document.fonts.ready;
      await frame();
      await frame();
    };
    const near = (box) => box.bottom > -innerHeight && box.top < 2 * innerHeight;
    await settle(near);
    const bottom = () => document.documentElement.scrollHeight - innerHeight;
    for (let y = innerHeight; y < bottom() + innerHeight; y += innerHeight) {
      scrollTo(0, Math.min(y, bottom()));
      await settle(near);
    }
    await settle(() => true);
    scrollTo(0, 0);
  });
  // An image whose box is not known before it arrives (no width and height, no CSS aspect-ratio)
  // moves what follows it: on this screen a shift, further down one the measurement cannot see.
  const unsized = await page.evaluate(() => [...document.images]
    .filter((img) => img.getClientRects().length && getComputedStyle(img).aspectRatio === 'auto')
    .map((img) => img.getAttribute('src') ?? img.currentSrc));
  for (const src of unsized) fail(`layout shift: image without width and height: ${src}`);
  const shifts = await page.evaluate(() => window.__layoutShifts ?? null);
  const cls = shifts?.reduce((sum, s) => sum + s.value, 0);
  if (!shifts) fail('layout shift: not measured (no PerformanceObserver)');
  if (unsized.length || cls > 0) budgetFailures.shift++;
  if (cls > 0) {
    const nodes = [...new Set(shifts.flatMap((s) => s.nodes))];
    fail(`layout shift: CLS ${cls.toFixed(4)}, budget 0 (${shifts.length} shift${shifts.length > 1 ? 's' : ''}; ` +
      `moved: ${nodes.join(', ') || 'elements not named by the browser'})`);
  }

  // 2. No request to another host (stylesheets, scripts and fonts there block rendering).
  const away = [...new Map(requests.map((r) => [r.url(), r])).values()];
  if (away.length) budgetFailures.offsite++;
  for (const r of away) fail(`request to another host (${r.resourceType()}): ${r.url()}`);

  // 3. Page weight: this page's HTML plus every stylesheet it loads (@import too), uncompressed.
  const html = resp ? (await resp.body()).length : 0;
  const sheets = await page.evaluate(() => {
    const hrefs = [];
    const walk = (list) => {
      for (const sheet of list) {
        if (sheet.href) hrefs.push(sheet.href);
        let rules = [];
        try { rules = sheet.cssRules; } catch { /* another host's stylesheet: reported above */ }
        for (const rule of rules) if (rule.styleSheet) walk([rule.styleSheet]);
      }
    };
    walk(document.styleSheets);
    return hrefs;
  });
  let css = 0;
  for (const href of new Set(sheets.map((h) => h.replace(/#.*/, '')))) {
    if (new URL(href).origin !== origin) continue;
    if (!cssBytes.has(href)) {
      cssBytes.set(href, context.request.get(href).then(async (r) => (r.ok() ? (await r.body()).length : null)));
    }
    const bytes = await cssBytes.get(href);
    if (bytes === null) fail(`page weight: stylesheet ${new URL(href).pathname} could not be read`);
    else css += bytes;
  }
  weights.set(path, { html, css });
  if (!isPrint(path) && html + css >= WEIGHT_BUDGET) {
    budgetFailures.weight++;
    fail(`page weight ${kB(html + css)} (HTML ${kB(html)} + CSS ${kB(css)}), budget under ${kB(WEIGHT_BUDGET)}`);
  }
}

async function checkPage(page, path, requests) {
  const url = origin + path;
  const result = { failures: [], ids: new Set(), links: [] };
  pages.set(path, result);
  const fail = (msg) => result.failures.push(`${path}: ${msg}`);
  try {
    requests.length = 0;
    requests.recording = true;
    const resp = await page.goto(url);
    if (!resp || resp.status() !== 200) fail(`page answered HTTP ${resp?.status()}`);
    try {
      await checkBudgets(page, path, resp, requests, fail);
    } finally {
      requests.recording = false;
    }
    const info = await page.evaluate(() => ({
      lang: document.documentElement.getAttribute('lang') ?? '',
      title: document.querySelector('head > title')?.textContent.trim() ?? null,
      h1: document.querySelectorAll('h1').length,
      ids: [...document.querySelectorAll('[id]')].map((e) => e.id)
        .concat([...document.querySelectorAll('a[name]')].map((e) => e.name)),
      links: [...document.querySelectorAll('a[href], link[rel~="alternate"][href]')].map((a) => a.href),
      switcher: [...document.querySelectorAll('nav.language-switcher a[hreflang]')]
        .map((a) => ({ hreflang: a.getAttribute('hreflang'), href: a.getAttribute('href') })),
    }));
    result.ids = new Set(info.ids);
    result.links = info.links;
    if (!info.lang.trim()) fail('<html lang> is missing or empty');
    if (info.title === null) fail('no <title>');
    else if (!info.title) fail('<title> is empty');
    if (info.h1 !== 1) fail(`has ${info.h1} <h1> elements, expected exactly 1`);

    // axe-core: WCAG 2.2 A/AA and best-practice rules; undecided contrast fails too.
    await page.addScriptTag({ path: axePath });
    const axe = await page.evaluate((tags) => window.axe.run(document, {
      runOnly: { type: 'tag', values: tags }, resultTypes: ['violations', 'incomplete'],
    }), AXE_TAGS);
    axeTotals.pages++;
    for (const v of axe.violations) {
      axeTotals.violations += v.nodes.length;
      for (const node of v.nodes) fail(`axe ${v.id} (${v.impact}): ${node.target.join(' ')} — ${v.help}`);
    }
    for (const v of axe.incomplete) {
      axeTotals.incomplete += v.nodes.length;
      if (!DECIDE.has(v.id)) continue;
      for (const node of v.nodes) {
        const why = node.any.concat(node.all, node.none).map((c) => c.message).filter(Boolean)[0] ?? '';
        fail(`axe ${v.id} undecided: ${node.target.join(' ')} — ${why}`);
      }
    }

    // Language switcher: clicking each link must lead to this same page in the other language.
    for (const [i, s] of info.switcher.entries()) {
      const label = `language switcher link ${s.hreflang} (${s.href})`;
      try {
        if (i > 0) await page.goto(url);
        const link = page.locator('nav.language-switcher a[hreflang]').nth(i);
        await Promise.all([page.waitForEvent('load'), link.click()]);
        const there = await page.evaluate((lang) => ({
          lang: document.documentElement.getAttribute('lang') ?? '',
          back: [...document.querySelectorAll('link[rel~="alternate"][hreflang]')]
            .filter((l) => l.hreflang.toLowerCase() === lang.toLowerCase()).map((l) => l.href),
        }), info.lang);
        const landed = new URL(page.url()).pathname;
        if (there.lang.toLowerCase() !== s.hreflang.toLowerCase()) {
          fail(`${label} leads to ${landed} whose <html lang> is "${there.lang}", not "${s.hreflang}"`);
        }
        // A 404 page has no counterpart in the other language, so its switcher may lead to that home.
        if (!path.endsWith('/404.html') && !there.back.some((h) => samePath(new URL(h).pathname, path))) {
          fail(`${label} leads to ${landed}, which has no <link rel="alternate" hreflang="${info.lang}"> back to ${path}` +
            (there.back.length ? ` (it points to ${there.back.map((h) => new URL(h).pathname).join(', ')})` : ''));
        }
      } catch (e) {
        fail(`${label}: ${e.message.split('\n')[0]}`);
      }
    }
  } catch (e) {
    fail(`could not check page: ${e.message.split('\n')[0]}`);
  }
}

// Run the page checks a few at a time, each worker reusing one tab (much faster than a tab per page).
const queue = files.map(toPath);
await Promise.all(Array.from({ length: CONCURRENCY }, async () => {
  const page = await context.newPage();
  const requests = []; // this tab's requests to other hosts while a page's budgets are measured
  page.on('request', (r) => { if (requests.recording && offsite(new URL(r.url()))) requests.push(r); });
  while (queue.length) await checkPage(page, queue.shift(), requests);
  await page.close();
}));

// Internal links: each distinct same-origin URL is requested once; fragments must name an id there.
const targets = new Map(); // url without fragment -> Promise<{ status, ids|null, note }>
async function fetchTarget(u) {
  const resp = await context.request.get(u, { maxRedirects: 0, failOnStatusCode: false });
  const status = resp.status();
  const note = resp.headers().location ? ` (redirects to ${resp.headers().location})` : '';
  let ids = null;
  if (status === 200 && (resp.headers()['content-type'] ?? '').includes('html')) {
    const path = new URL(u).pathname;
    const known = [...pages.keys()].find((p) => samePath(p, path));
    if (known) ids = pages.get(known).ids;
    else { // an HTML page not found by the walk: read its ids in the browser
      const page = await context.newPage();
      await page.goto(u);
      ids = new Set(await page.evaluate(() => [...document.querySelectorAll('[id]')].map((e) => e.id)
        .concat([...document.querySelectorAll('a[name]')].map((e) => e.name))));
      await page.close();
    }
  }
  return { status, ids, note };
}
for (const [path, result] of pages) {
  const seen = new Set();
  for (const href of result.links) {
    if (seen.has(href)) continue;
    seen.add(href);
    const u = new URL(href);
    if (u.origin !== origin) continue;
    const hash = u.hash;
    u.hash = '';
    if (!targets.has(u.href)) targets.set(u.href, fetchTarget(u.href).catch((e) => ({ status: e.message.split('\n')[0], ids: null, note: '' })));
    const t = await targets.get(u.href);
    const shown = u.pathname + u.search + hash;
    if (t.status !== 200) {
      result.failures.push(`${path}: broken link ${shown}: HTTP ${t.status}${t.note}`);
      continue;
    }
    const id = decodeURIComponent(hash.slice(1));
    if (id && t.ids && !t.ids.has(id) && id.toLowerCase() !== 'top') {
      result.failures.push(`${path}: link ${shown}: no element with id "${id}" on ${u.pathname}`);
    }
  }
}

// Report in page order.
let passed = 0, failed = 0;
for (const path of files.map(toPath)) {
  const { failures } = pages.get(path);
  for (const f of failures) console.log(`FAIL ${f}`);
  failures.length ? failed++ : passed++;
}

// Screenshots of the home pages: /index.html and every */index.html one level deep.
if (shotsDir) {
  mkdirSync(shotsDir, { recursive: true });
  const homes = files.map((f) => relative(publicDir, f).split(sep))
    .filter((p) => p.at(-1) === 'index.html' && p.length <= 2)
    .map((p) => (p.length === 1 ? { name: 'root', path: '/' } : { name: p[0], path: `/${encodeURIComponent(p[0])}/` }));
  const sizes = {
    phone: { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true },
    desktop: { viewport: { width: 1366, height: 900 } },
  };
  for (const [size, options] of Object.entries(sizes)) {
    const ctx = await browser.newContext(options);
    const page = await ctx.newPage();
    for (const { name, path } of homes) {
      await page.goto(origin + path);
      await page.evaluate(() => document.fonts.ready);
      const out = join(shotsDir, `${name}-home-${size}.png`);
      await page.screenshot({ path: out, fullPage: true });
      console.log(`screenshot ${out}`);
    }
    await ctx.close();
  }
}

await browser.close();
// Budget figures: how many pages kept each budget, the heaviest web page, the print editions' weights.
const all = files.map(toPath);
const web = all.filter((p) => !isPrint(p) && weights.has(p));
const print = all.filter((p) => isPrint(p) && weights.has(p));
const total = (p) => weights.get(p).html + weights.get(p).css;
const show = (p) => `${p} ${kB(total(p))} (HTML ${kB(weights.get(p).html)} + CSS ${kB(weights.get(p).css)})`;
console.log(`budgets: layout shift 0 on ${all.length - budgetFailures.shift} of ${all.length} pages; ` +
  `no request to another host on ${all.length - budgetFailures.offsite} of ${all.length}; ` +
  `HTML + CSS under ${kB(WEIGHT_BUDGET)} on ${web.length - budgetFailures.weight} of ${web.length} web pages`);
if (web.length) {
  const heaviest = web.reduce((a, b) => (total(b) > total(a) ? b : a));
  console.log(`page weight: heaviest web page ${show(heaviest)}; print editions (not budgeted): ` +
    (print.map(show).join(', ') || 'none'));
}
console.log(`axe (${AXE_TAGS.join(', ')}): ${axeTotals.pages} pages, ${axeTotals.violations} violations, ` +
  `${axeTotals.incomplete} undecided (failures if ${[...DECIDE].join(', ')})`);
console.log(JSON.stringify({ passed, failed }));
