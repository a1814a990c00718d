#!/usr/bin/env node
// Real-browser check of the Treaty Tracker's HTML pages, in Debian's Chromium driven by playwright-core.
//
//   node browser/check-pages.mjs http://localhost:8080 [--out DIR]
//
// For each page, at desktop (1280x900) and phone (360x740) width: HTTP 200, no console error, no
// page error, no failed request (network failure or a 4xx/5xx answer), <html lang> as asked
// (en, or fr for ?lang=fr), no horizontal overflow at phone width, no axe-core violation of impact
// serious or critical (the others are printed as warnings), Tab from the top focuses a visible
// "skip to content" link (whose target exists) or the search box, and a full-page screenshot in
// DIR/<name>-<desktop|phone>.png (DIR: target/screenshots at the repository's top). Then, with
// JavaScript disabled, /states/VNM must still carry its <svg> chart.
// One line per page and width; exit 1 on any failure, with a summary; exit 2 on a usage error.
//
// Environment: CHROMIUM (default /usr/bin/chromium), CHECK_TIMEOUT_MS (default 30000, per navigation).
// The functions are exported for browser/selftest.mjs, which proves each check can fail.
import { chromium } from 'playwright-core';
import { createRequire } from 'node:module';
import { mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const require = createRequire(import.meta.url);
const here = path.dirname(fileURLToPath(import.meta.url));
export const AXE_PATH = require.resolve('axe-core/axe.min.js');

export const WIDTHS = [
  { name: 'desktop', viewport: { width: 1280, height: 900 } },
  { name: 'phone', viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 },
];

export const CHROMIUM_ARGS = [
  '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
];

// The pages; {source} is replaced by an article's id discovered from GET /api/v1/sources.
export function defaultPages(sourceId) {
  return [
    { name: 'home', path: '/' },
    { name: 'search-vietnam', path: '/?q=Vietnam' },
    { name: 'search-cat', path: '/?q=CAT' },
    { name: 'state-vnm', path: '/states/VNM' },
    { name: 'state-vnm-fr', path: '/states/VNM?lang=fr' },
    { name: 'treaty-cat', path: '/treaties/CAT' },
    { name: 'source', path: `/sources/${encodeURIComponent(sourceId)}` },
    { name: 'recommendations-vnm', path: '/recommendations?state=VNM' },
    { name: 'recommendations-torture-fr', path: '/recommendations?q=torture&lang=fr' },
  ];
}

// The page whose chart must be drawn without JavaScript.
export const NO_JS_PAGE = { name: 'state-vnm-nojs', path: '/states/VNM', expectSvg: true };

export function expectedLang(pagePath) {
  return new URL(pagePath, 'http://x').searchParams.get('lang') || 'en';
}

// An article's id (kind article), paging through GET /api/v1/sources.
export async function discoverArticle(base) {
  for (let page = 1; page <= 100; page++) {
    const url = new URL(`/api/v1/sources?page=${page}&per_page=1000`, base);
    const res = await fetch(url, { headers: { Accept: 'application/json' } });
    if (!res.ok) throw new Error(`GET ${url} answered ${res.status}`);
    const body = await res.json();
    const article = (body.items || []).find((s) => s.kind === 'article');
    if (article) return article.id;
    if (!body.items || body.items.length === 0 || page * (body.per_page || 1000) >= (body.total || 0)) break;
  }
  throw new Error('GET /api/v1/sources lists no source of kind article');
}

export async function launch() {
  // launch() gives Chromium a fresh user-data-dir of its own (a temporary folder, removed on close).
  return chromium.launch({
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    headless: true,
    args: CHROMIUM_ARGS,
  });
}

function short(text, n = 160) {
  const s = String(text).replace(/\s+/g, ' ').trim();
  return s.length > n ? s.slice(0, n - 1) + '…' : s;
}

// Loads one page in a new tab of the context and runs every check; returns {failures, warnings, ms}.
export async function checkPage(context, base, page, width, { outDir, axe = true, keyboard = true } = {}) {
  const failures = [];
  const warnings = [];
  const tab = await context.newPage();
  const url = new URL(page.path, base).href;
  tab.on('console', (msg) => {
    if (msg.type() !== 'error') return;
    const loc = msg.location();
    // the page's own status is checked below: its "Failed to load resource" would only repeat it
    if (loc && loc.url === url && msg.text().startsWith('Failed to load resource')) return;
    const hint = loc && /\/favicon\.ico$/.test(loc.url) ? ' (the browser asks for /favicon.ico unless the page names an icon: <link rel="icon" ...>)' : '';
    failures.push(`console error: ${short(msg.text())}${loc && loc.url ? ` (${loc.url}${loc.lineNumber ? ':' + loc.lineNumber : ''})` : ''}${hint}`);
  });
  tab.on('pageerror', (err) => failures.push(`page error: ${short(err.message)}`));
  tab.on('requestfailed', (req) => failures.push(`request failed: ${req.method()} ${req.url()}: ${req.failure()?.errorText}`));
  tab.on('response', (res) => {
    if (res.url() !== url && res.status() >= 400) failures.push(`request answered ${res.status()}: ${res.request().method()} ${res.url()}`);
  });
  const t0 = Date.now();
  try {
    const res = await tab.goto(url, { waitUntil: 'load', timeout: Number(process.env.CHECK_TIMEOUT_MS || 30000) });
    const ms = Date.now() - t0;
    if (!res) failures.push('no response');
    else if (res.status() !== 200) failures.push(`HTTP ${res.status()} (expected 200)`);
    else if (!/^text\/html/.test(res.headers()['content-type'] || '')) failures.push(`Content-Type ${res.headers()['content-type']} (expected text/html)`);
    if (failures.length) { // not the page: the other checks would only say so again
      if (outDir) await tab.screenshot({ path: path.join(outDir, `${page.name}-${width.name}.png`), fullPage: true });
      return { failures, warnings, ms };
    }
    const body = await res.text().catch(() => '');

    const lang = await tab.evaluate(() => document.documentElement.getAttribute('lang') || '');
    const want = expectedLang(page.path);
    if (lang.toLowerCase().split('-')[0] !== want) failures.push(`<html lang="${lang}"> (expected ${want})`);

    if (page.expectSvg) {
      const count = await tab.locator('svg').count();
      if (!body.includes('<svg') || count === 0) failures.push(`no <svg> in the page (${count} svg elements)`);
    }

    if (width.name === 'phone') {
      // Measured against the phone's width, not only innerWidth: a mobile browser zooms out to fit
      // wide content (or lays out at 980 px without a viewport meta), and innerWidth then grows with it.
      const o = await tab.evaluate((phoneWidth) => {
        const doc = document.scrollingElement || document.documentElement;
        const limit = Math.min(window.innerWidth, phoneWidth) + 1;
        if (doc.scrollWidth <= limit && window.innerWidth <= phoneWidth + 1) return null;
        // the deepest elements sticking out to the right, outside any scrolling or clipping box
        const clipped = (el) => {
          for (let p = el.parentElement; p && p !== document.body; p = p.parentElement) {
            if (getComputedStyle(p).overflowX !== 'visible') return true;
          }
          return false;
        };
        const out = [...document.body.querySelectorAll('*')].filter((el) => el.getBoundingClientRect().right > limit && !clipped(el));
        const leaves = out.filter((el) => !out.some((other) => other !== el && el.contains(other)));
        const name = (el) => el.tagName.toLowerCase() + (el.id ? '#' + el.id : '') + (el.classList.length ? '.' + [...el.classList].join('.') : '');
        return { scrollWidth: doc.scrollWidth, innerWidth: window.innerWidth, offenders: leaves.slice(0, 3).map((el) => `${name(el)} (right ${Math.round(el.getBoundingClientRect().right)})`) };
      }, width.viewport.width);
      if (o) failures.push(`horizontal overflow: scrollWidth ${o.scrollWidth}, innerWidth ${o.innerWidth}, phone width ${width.viewport.width}${o.offenders.length ? '; sticking out: ' + o.offenders.join(', ') : ''}`);
    }

    if (outDir) await tab.screenshot({ path: path.join(outDir, `${page.name}-${width.name}.png`), fullPage: true });

    if (axe) {
      // Evaluated rather than added as a script tag: the pages' Content-Security-Policy forbids inline scripts,
      // and the check must see the pages under the policy they are served with.
      await tab.evaluate(readFileSync(AXE_PATH, 'utf8'));
      const violations = await tab.evaluate(async () => {
        const result = await window.axe.run(document, { resultTypes: ['violations'] });
        return result.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.length, target: v.nodes[0] && v.nodes[0].target.join(' '), summary: v.nodes[0] && v.nodes[0].failureSummary }));
      });
      for (const v of violations) {
        const text = `axe ${v.impact} ${v.id}: ${v.help} (${v.nodes} element${v.nodes === 1 ? '' : 's'}, first ${v.target})`;
        if (v.impact === 'serious' || v.impact === 'critical') failures.push(text + (v.summary ? ` — ${short(v.summary, 200)}` : ''));
        else warnings.push(text);
      }
    }

    if (keyboard) {
      // From the top of a freshly loaded page: the first Tab.
      await tab.evaluate(() => { if (document.activeElement && document.activeElement !== document.body) document.activeElement.blur(); window.scrollTo(0, 0); });
      await tab.keyboard.press('Tab');
      const f = await tab.evaluate(() => {
        const el = document.activeElement;
        if (!el || el === document.body) return { what: 'nothing' };
        const text = (el.innerText || el.value || el.getAttribute('aria-label') || '').trim();
        const desc = `<${el.tagName.toLowerCase()}${el.id ? ' id=' + el.id : ''}${el.getAttribute('href') ? ' href=' + el.getAttribute('href') : ''}> "${text.slice(0, 40)}"`;
        const href = el.tagName === 'A' ? el.getAttribute('href') || '' : '';
        const isSkip = href.startsWith('#') && href.length > 1;
        const isSearch = el.tagName === 'INPUT' && (el.type === 'search' || el.name === 'q');
        const r = el.getBoundingClientRect();
        const style = getComputedStyle(el);
        let visible = r.width >= 1 && r.height >= 1 && style.visibility !== 'hidden' && Number(style.opacity) > 0.1;
        if (visible) {
          const x = Math.min(Math.max(r.left + r.width / 2, 0), window.innerWidth - 1);
          const y = Math.min(Math.max(r.top + r.height / 2, 0), window.innerHeight - 1);
          const hit = document.elementFromPoint(x, y);
          const inView = r.right > 0 && r.bottom > 0 && r.left < window.innerWidth && r.top < window.innerHeight;
          visible = inView && !!hit && (hit === el || el.contains(hit));
        }
        const target = isSkip ? document.getElementById(decodeURIComponent(href.slice(1))) : null;
        return { what: isSkip ? 'skip' : isSearch ? 'search' : 'other', desc, visible, targetFound: !!target, text };
      });
      if (f.what === 'nothing') failures.push('keyboard: Tab from the top focuses nothing');
      else if (f.what === 'other') failures.push(`keyboard: Tab from the top focuses ${f.desc}, not a skip link nor the search box`);
      else if (!f.visible) failures.push(`keyboard: Tab from the top focuses ${f.desc}, which is not visible`);
      else if (f.what === 'skip' && !f.targetFound) failures.push(`keyboard: the skip link ${f.desc} points to no element`);
      else if (f.what === 'skip' && !f.text) failures.push(`keyboard: the skip link ${f.desc} has no text`);
    }
    return { failures, warnings, ms };
  } catch (err) {
    failures.push(`could not check: ${short(err.message, 300)}`);
    return { failures, warnings, ms: Date.now() - t0 };
  } finally {
    await tab.close().catch(() => {});
  }
}

// Checks the pages at both widths, then the page without JavaScript; prints a line for each.
export async function checkSite(base, pages, { outDir, log = console.log, noJs = NO_JS_PAGE } = {}) {
  if (outDir) mkdirSync(outDir, { recursive: true });
  const browser = await launch();
  const results = [];
  const report = (page, widthName, r) => {
    results.push({ page: page.name, path: page.path, width: widthName, ...r });
    const status = r.failures.length ? 'FAIL' : 'ok  ';
    const extra = r.failures.length ? ` — ${short(r.failures[0], 140)}${r.failures.length > 1 ? ` (+${r.failures.length - 1} more)` : ''}`
      : r.warnings.length ? ` (${r.warnings.length} axe warning${r.warnings.length === 1 ? '' : 's'}: ${r.warnings.map((w) => w.split(':')[0].replace(/^axe /, '')).join(', ')})` : '';
    log(`${status} ${page.name.padEnd(28)} ${widthName.padEnd(8)} ${String(r.ms).padStart(5)} ms  ${page.path}${extra}`);
  };
  try {
    for (const width of WIDTHS) {
      const { name, ...options } = width;
      const context = await browser.newContext({ ...options, locale: 'en-US' });
      for (const page of pages) report(page, name, await checkPage(context, base, page, width, { outDir }));
      await context.close();
    }
    if (noJs) {
      const context = await browser.newContext({ viewport: WIDTHS[0].viewport, locale: 'en-US', javaScriptEnabled: false });
      report(noJs, 'no-js', await checkPage(context, base, noJs, WIDTHS[0], { outDir: null, axe: false, keyboard: false }));
      await context.close();
    }
  } finally {
    await browser.close();
  }
  return results;
}

async function main(argv) {
  const args = argv.slice(2);
  let outDir = path.join(here, '..', 'target', 'screenshots');
  const positional = [];
  for (let i = 0; i < args.length; i++) {
    if (args[i] === '--out') outDir = path.resolve(args[++i]);
    else if (args[i] === '-h' || args[i] === '--help') { console.log('usage: node browser/check-pages.mjs BASE_URL [--out DIR]'); return 0; }
    else positional.push(args[i]);
  }
  if (positional.length !== 1 || !/^https?:\/\//.test(positional[0])) {
    console.error('usage: node browser/check-pages.mjs BASE_URL [--out DIR]   (e.g. http://localhost:8080)');
    return 2;
  }
  const base = positional[0].replace(/\/+$/, '') + '/';
  const started = Date.now();
  let sourceId;
  try {
    sourceId = await discoverArticle(base);
  } catch (err) {
    console.error(`check-pages: FAIL: cannot find an article to check: ${err.message}`);
    return 1;
  }
  const pages = defaultPages(sourceId);
  console.log(`check-pages: ${pages.length} pages x ${WIDTHS.map((w) => w.name).join(', ')} + no-JS, on ${base} (article ${sourceId}), screenshots in ${outDir}`);
  const results = await checkSite(base, pages, { outDir });
  const failed = results.filter((r) => r.failures.length);
  const warned = results.reduce((n, r) => n + r.warnings.length, 0);
  const secs = ((Date.now() - started) / 1000).toFixed(1);
  if (failed.length) {
    console.log(`\ncheck-pages: ${failed.length} of ${results.length} checks FAILED (${secs} s):`);
    for (const r of failed) {
      console.log(`  ${r.page} (${r.width}) ${r.path}`);
      for (const f of r.failures) console.log(`    - ${f}`);
    }
  }
  const passed = results.length - failed.length;
  console.log(`check-pages: ${passed} passed, ${failed.length} failed (${warned} axe warnings of minor or moderate impact; ${secs} s)`);
  return failed.length ? 1 : 0;
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  main(process.argv).then((code) => process.exit(code), (err) => { console.error(`check-pages: FAIL: ${err.stack || err}`); process.exit(1); });
}
