// The README's pictures of the shipped site, made again from a built site: the home page and
// one chapter page in both languages at phone (390 px) and desktop (1280 px) width, the first
// screen of each, and the cover of each print edition (pdftoppm); then the two pictures the
// README shows, composed from those: the home page (Dutch on a desktop, German on a phone) and
// the printed brochure (cover, contents, a page of the bilingual edition).
// Usage: node screenshots.mjs PUBLIC_DIR DOCS_DIR   (after `build --strict` and `pdf`)
// Writes DOCS_DIR/screens/site-<lang>-<page>-<width>.png, DOCS_DIR/screens/cover-<edition>.png,
// DOCS_DIR/home-nl-de.png and DOCS_DIR/brochure-pages.png, and lists them.
import { createServer } from 'node:http';
import { readFileSync, readdirSync, statSync, mkdirSync, rmSync } from 'node:fs';
import { join, extname, normalize, resolve } from 'node:path';
import { execFileSync } from 'node:child_process';
import { chromium } from 'playwright-core';

const [publicArg, outArg] = process.argv.slice(2);
if (!publicArg || !outArg) {
  console.error('usage: node screenshots.mjs PUBLIC_DIR DOCS_DIR');
  process.exit(2);
}
const publicDir = resolve(publicArg);
const docsDir = resolve(outArg);
const outDir = join(docsDir, 'screens');
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
const pdfs = readdirSync(publicDir).filter((f) => /^brochure-.+\.pdf$/.test(f)).sort();
if (pdfs.length === 0) {
  console.error(`no brochure-*.pdf in ${publicDir}: run \`diptych pdf\` first`);
  process.exit(1);
}
// Pages of a PDF as PNG files (pdftoppm), at the resolution of a PDF viewer on screen.
const pdfPage = (pdf, number, stem) => {
  execFileSync('pdftoppm', ['-r', '60', '-png', '-f', `${number}`, '-l', `${number}`, '-singlefile', join(publicDir, pdf), stem]);
  return `${stem}.png`;
};
for (const pdf of pdfs) written.push(pdfPage(pdf, 1, join(outDir, `cover-${pdf.replace(/^brochure-|\.pdf$/g, '')}`)));

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
  const shot = (name) => join(outDir, name);
  written.push(await compose(browser, join(docsDir, 'home-nl-de.png'),
    [shot('site-nl-home-1280.png'), shot('site-de-home-390.png')]));
  const scratch = join(outDir, '.page');
  const spread = ['brochure-bilingual.pdf', 'brochure-nl.pdf'].find((f) => pdfs.includes(f)) ?? pdfs[0];
  const pages = [shot(`cover-${spread.replace(/^brochure-|\.pdf$/g, '')}.png`), pdfPage(spread, 2, `${scratch}-2`)];
  pages.push(pdfPage(spread, 3, `${scratch}-3`));
  written.push(await compose(browser, join(docsDir, 'brochure-pages.png'), pages));
  for (const stem of ['-2', '-3']) rmSync(`${scratch}${stem}.png`);
} finally {
  await browser.close();
  server.close();
}
for (const file of written) console.log(file);

// One picture of several, side by side on a quiet grey, for the README.
async function compose(browser, file, images) {
  const page = await browser.newPage({ viewport: { width: 800, height: 600 } });
  const tags = images.map((image) => `<img src="data:image/png;base64,${readFileSync(image).toString('base64')}">`);
  await page.setContent(`<body style="margin:0;display:inline-flex;gap:24px;align-items:flex-start;padding:24px;background:#cfd8e0">
    ${tags.join('')}<style>img{box-shadow:0 2px 8px rgba(0,0,0,.25)}</style></body>`);
  const box = await page.evaluate(() => ({ width: document.body.scrollWidth, height: document.body.scrollHeight }));
  await page.setViewportSize(box);
  await page.screenshot({ path: file });
  await page.close();
  return file;
}
