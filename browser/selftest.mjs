#!/usr/bin/env node
// Proves that each check of check-pages.mjs can fail: serves, on a loopback port of its own, a good
// page and pages each made to fail one check (low contrast, an overflowing div, console.error, a
// thrown error, a missing stylesheet, a refused request, HTTP 500, no skip link, a skip link that
// stays hidden, a skip link to nothing, the wrong lang, a chart drawn only by a script), runs the
// same checks on them in Chromium, and exits 1 unless the good page passes, a page with only a
// moderate axe finding passes with a warning, and each bad page fails with the expected reason.
//
//   node browser/selftest.mjs
import http from 'node:http';
import net from 'node:net';
import { launch, checkPage, WIDTHS } from './check-pages.mjs';

// A loopback port that nothing listens on: a request to it is refused.
const closedPort = await new Promise((resolve) => {
  const s = net.createServer().listen(0, '127.0.0.1', () => { const { port } = s.address(); s.close(() => resolve(port)); });
});

const CSS = `body { margin: 0; font-family: sans-serif; color: #1b1f24; background: #fff; }
main, header { padding: 0 1rem; max-width: 60rem; margin: 0 auto; }
.skip { position: absolute; left: 0.5rem; top: -3rem; background: #fff; padding: 0.5rem; }
.skip:focus { top: 0.5rem; }
.skip-stuck { position: absolute; left: -9999px; }`;

function page({ lang = 'en', head = '', skip = '<a class="skip" href="#main">Skip to content</a>', before = '', body = '', after = '', svg = '<svg role="img" aria-label="A bar" width="120" height="40"><rect width="120" height="40" fill="#0b57a4"/></svg>' } = {}) {
  return `<!DOCTYPE html>
<html lang="${lang}">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Fixture</title><link rel="stylesheet" href="/assets/site.css">${head}</head>
<body>
${skip}${before}
<header><form role="search" action="/"><label for="q">Search</label> <input id="q" name="q" type="search"> <button>Search</button></form></header>
<main id="main" tabindex="-1"><h1>A fixture page</h1><p>Some text that is readable.</p>${svg}${body}</main>
${after}
</body>
</html>`;
}

// name -> [status, html, {width: RegExp expected among the failures} | 'pass' | 'warn']
const CASES = {
  good: [200, page(), 'pass'],
  'fr-good': [200, page({ lang: 'fr' }), 'pass', '?lang=fr'],
  'minor-only': [200, page({ after: '<div>Text outside every landmark.</div>' }), 'warn'],
  contrast: [200, page({ body: '<p style="color:#c8c8c8">Faint grey text on white.</p>' }), { desktop: /axe serious color-contrast/, phone: /axe serious color-contrast/ }],
  'missing-alt': [200, page({ body: '<img src="/assets/dot.png">' }), { desktop: /axe critical image-alt/, phone: /axe critical image-alt/ }],
  overflow: [200, page({ body: '<div id="wide" style="width:600px">A wide box.</div>' }), { phone: /horizontal overflow: scrollWidth 6\d\d, innerWidth \d+, phone width 360; sticking out: div#wide/ }],
  'no-viewport-meta': [200, page().replace(/<meta name="viewport"[^>]*>/, ''), { phone: /horizontal overflow: scrollWidth 980, innerWidth 980, phone width 360/ }],
  console: [200, page({ body: '<script>console.error("boom from the fixture")</script>' }), { desktop: /console error: boom from the fixture/, phone: /console error: boom/ }],
  'page-error': [200, page({ body: '<script>throw new Error("kaboom")</script>' }), { desktop: /page error: kaboom/, phone: /page error: kaboom/ }],
  'missing-css': [200, page({ head: '<link rel="stylesheet" href="/assets/missing.css">' }), { desktop: /request answered 404: GET .*\/assets\/missing\.css/, phone: /request answered 404/ }],
  'refused-request': [200, page({ body: `<img alt="A dot" src="http://127.0.0.1:${closedPort}/dot.png">` }), { desktop: /request failed: GET http:\/\/127\.0\.0\.1:\d+\/dot\.png: net::ERR_CONNECTION_REFUSED/, phone: /request failed/ }],
  'status-500': [500, page(), { desktop: /HTTP 500 \(expected 200\)/, phone: /HTTP 500/ }],
  'no-skip': [200, page({ skip: '', before: '<nav aria-label="Site"><a href="/other">Other page</a></nav>' }), { desktop: /keyboard: Tab from the top focuses <a href=\/other> "Other page", not a skip link nor the search box/, phone: /not a skip link/ }],
  'hidden-skip': [200, page({ skip: '<a class="skip-stuck" href="#main">Skip to content</a>' }), { desktop: /keyboard: .* which is not visible/, phone: /not visible/ }],
  'skip-to-nothing': [200, page({ skip: '<a class="skip" href="#nowhere">Skip to content</a>' }), { desktop: /keyboard: the skip link .* points to no element/, phone: /points to no element/ }],
  'wrong-lang': [200, page({ lang: 'en' }), { desktop: /<html lang="en"> \(expected fr\)/, phone: /expected fr/ }, '?lang=fr'],
};
// Without JavaScript: the server-drawn chart passes, a chart a script draws fails.
const NO_JS = {
  'nojs-good': [200, page(), 'pass'],
  'nojs-script-chart': [200, page({ svg: '<div id="chart"></div><script>document.getElementById("chart").innerHTML = \'<svg width="10" height="10"></svg>\'</script>' }), /no <svg> in the page/],
};
const DOT_PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==', 'base64');

const server = http.createServer((req, res) => {
  const url = new URL(req.url, 'http://x');
  if (url.pathname === '/assets/site.css') { res.writeHead(200, { 'Content-Type': 'text/css' }); return res.end(CSS); }
  if (url.pathname === '/favicon.ico' || url.pathname === '/assets/dot.png') { res.writeHead(200, { 'Content-Type': 'image/png' }); return res.end(DOT_PNG); }
  const name = url.pathname.slice(1);
  const c = CASES[name] || NO_JS[name];
  if (!c) { res.writeHead(404, { 'Content-Type': 'text/plain' }); return res.end('not found'); }
  res.writeHead(c[0], { 'Content-Type': 'text/html; charset=utf-8' });
  res.end(c[1]);
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const base = `http://127.0.0.1:${server.address().port}/`;

let passed = 0;
let failed = 0;
const verdict = (ok, what, r) => {
  if (ok) passed++; else failed++;
  console.log(`${ok ? 'ok  ' : 'FAIL'} ${what}${ok ? '' : ' — got: ' + JSON.stringify({ failures: r.failures, warnings: r.warnings })}`);
};

const browser = await launch();
try {
  for (const width of WIDTHS) {
    const { name: widthName, ...options } = width;
    const context = await browser.newContext({ ...options, locale: 'en-US' });
    for (const [name, [, , expect, query]] of Object.entries(CASES)) {
      const r = await checkPage(context, base, { name, path: `/${name}${query || ''}` }, width, {});
      const what = `${name} (${widthName})`;
      if (expect === 'pass') verdict(r.failures.length === 0 && r.warnings.length === 0, `${what}: passes, no warning`, r);
      else if (expect === 'warn') verdict(r.failures.length === 0 && r.warnings.some((w) => /axe moderate region/.test(w)), `${what}: passes with an axe warning (region)`, r);
      else if (expect[widthName]) verdict(r.failures.some((f) => expect[widthName].test(f)), `${what}: fails with ${expect[widthName]}`, r);
      else verdict(r.failures.length === 0, `${what}: passes at this width`, r);
    }
    await context.close();
  }
  const context = await browser.newContext({ viewport: WIDTHS[0].viewport, locale: 'en-US', javaScriptEnabled: false });
  for (const [name, [, , expect]] of Object.entries(NO_JS)) {
    const r = await checkPage(context, base, { name, path: `/${name}`, expectSvg: true }, WIDTHS[0], { axe: false, keyboard: false });
    if (expect === 'pass') verdict(r.failures.length === 0, `${name} (no-js): passes`, r);
    else verdict(r.failures.some((f) => expect.test(f)), `${name} (no-js): fails with ${expect}`, r);
  }
  await context.close();
} finally {
  await browser.close();
  server.close();
}
console.log(`selftest: ${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
