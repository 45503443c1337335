// The README's pictures of the shipped site, made again from a built site: the home page and
// one chapter page in both languages at phone (390 px) and desktop (1280 px) width, the first
// screen of each, and the cover of each print edition (pdftoppm).
// Usage: node screenshots.mjs PUBLIC_DIR OUT_DIR   (after `build --strict` and `pdf`)
// Writes OUT_DIR/site-<lang>-<page>-<width>.png and OUT_DIR/cover-<edition>.png, and lists them.
import { createServer } from 'node:http';
import { readFileSync, readdirSync, statSync, mkdirSync } from 'node:fs';
import { join, extname, normalize, resolve } from 'node:path';
import { execFileSync } from 'node:child_process';
import { chromium } from 'playwright-core';

const [publicArg, outArg] = process.argv.slice(2);
if (!publicArg || !outArg) {
  console.error('usage: node screenshots.mjs PUBLIC_DIR OUT_DIR');
  process.exit(2);
}
const publicDir = resolve(publicArg);
const outDir = resolve(outArg);
mkdirSync(outDir, { recursive: true });

// Which pages: the home pages and a chapter's page (with its contents box and the locations
// schematic) in both languages.
const PAGES = [
  { name: 'nl-home', path: '/nl/' },
  { name: 'de-home', path: '/de/' },
  { name: 'nl-chapter', path: '/nl/over-mst/locaties/' },
  { name: 'de-chapter', path: '/de/ueber-mst/standorte/' },
];
const WIDTHS = [{ name: '390', width: 390, height: 844 }, { name: '1280', width: 1280, height: 800 }];

// The built folder on 127.0.0.1, on a port the system chooses (folders answer their index.html).
const TYPES = { '.html': 'text/html; charset=utf-8', '.css': 'text/css', '.svg': 'image/svg+xml',
  '.woff2': 'font/woff2', '.png': 'image/png', '.jpg': 'image/jpeg', '.webp': 'image/webp', '.avif': 'image/avif' };
const server = createServer((request, response) => {
  let file = normalize(join(publicDir, decodeURIComponent(new URL(request.url, 'http://x').pathname)));
  if (!file.startsWith(publicDir)) file = publicDir + '/missing';
  try {
    if (statSync(file).isDirectory()) file = join(file, 'index.html');
    const body = readFileSync(file);
    response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
    response.end(body);
  } catch {
    response.writeHead(404).end();
  }
});
await new Promise((ready) => server.listen(0, '127.0.0.1', ready));
const base = `http://127.0.0.1:${server.address().port}`;

const written = [];
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
try {
  for (const size of WIDTHS) {
    const page = await browser.newPage({ viewport: { width: size.width, height: size.height } });
    for (const { name, path } of PAGES) {
      await page.goto(base + path, { waitUntil: 'load' });
      await page.evaluate(() => document.fonts.ready);
      const file = join(outDir, `site-${name}-${size.name}.png`);
      await page.screenshot({ path: file });
      written.push(file);
    }
    await page.close();
  }
} finally {
  await browser.close();
  server.close();
}

// The first page of each printed edition, as a reader sees it in a PDF viewer.
for (const pdf of readdirSync(publicDir).filter((f) => /^brochure-.+\.pdf$/.test(f)).sort()) {
  const edition = pdf.replace(/^brochure-|\.pdf$/g, '');
  const stem = join(outDir, `cover-${edition}`);
  execFileSync('pdftoppm', ['-r', '60', '-png', '-f', '1', '-l', '1', '-singlefile', join(publicDir, pdf), stem]);
  written.push(`${stem}.png`);
}
if (!written.some((f) => f.includes('cover-'))) {
  console.error(`no brochure-*.pdf in ${publicDir}: run \`diptych pdf\` first`);
  process.exitCode = 1;
}
for (const file of written) console.log(file);
