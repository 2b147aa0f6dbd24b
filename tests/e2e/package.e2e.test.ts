// The built package (`npx wxt build` → .output/chrome-mv3, and the Firefox build when present),
// read as files: its code holds no way to reach the network except reading the extension's own
// packaged files, it names no remote address, and its manifest's content security policy allows
// no remote code.
import { describe, expect, it } from 'vitest';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

// The build to read: .output, or where BALCONY_EXTENSION_DIR (see harness.ts) points.
const ROOT = resolve(process.env.BALCONY_OUTPUT ?? (process.env.BALCONY_EXTENSION_DIR ? dirname(process.env.BALCONY_EXTENSION_DIR) : '.output'));
const BUILDS = ['chrome-mv3', 'firefox-mv2'].map((b) => join(ROOT, b)).filter((d) => existsSync(join(d, 'manifest.json')));

function files(dir: string, ext: RegExp): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) out.push(...files(p, ext));
    else if (ext.test(name)) out.push(p);
  }
  return out;
}

/** Every way a script can talk to a server or load code from one (an `import()` of anything but a relative path included). */
const NETWORK_API = /\b(fetch|XMLHttpRequest|WebSocket|sendBeacon|EventSource|importScripts|RTCPeerConnection|WebTransport|serviceWorker\.register)\b|\bimport\s*\((?!\s*["'`]\.{0,2}\/)/g;

/**
 * The known uses in the build, each of which can only read the extension's own files. Each regex
 * must match the code around the use; anything else fails the test with the code it found.
 */
const ALLOWED: Array<{ why: string; re?: RegExp; here?: RegExp }> = [
  {
    why: "The sidebar's shadow-root host (components/shadow-ui.ts) reads the content script's own stylesheet: fetch(runtime.getURL('/content-scripts/coach.css'))",
    here: /^fetch\(\s*\(?[\w$.]*runtime\.getURL\)?\(\s*[`'"]\/content-scripts\/[\w.-]+\.css[`'"]\s*\)\s*\)/,
  },
  {
    why: 'The content script imports the packaged engine on demand: import(runtime.getURL("/engine.js"))',
    here: /^import\(\s*[\w$.]*runtime\.getURL\(\s*[`'"]\/engine\.js[`'"]\s*\)\s*\)/,
  },
  {
    why: 'The engine frame (an extension page) imports the same packaged engine from its own origin: import(new URL("/engine.js", location.href).href)',
    here: /^import\(\s*new URL\(\s*[`'"]\/engine\.js[`'"]\s*,\s*location\.href\s*\)\.href\s*\)/,
  },
  {
    why: "Vite's modulepreload polyfill on the extension's own pages: fetches <link rel=modulepreload> hrefs, which are packaged chunks",
    re: /modulepreload[\s\S]{0,900}fetch\(\s*\w+\.href\s*,\s*\w+\s*\)/,
  },
];

/** Absolute addresses that may appear in the code: XML namespaces, the mail hosts' match patterns, a docs link in an error message. */
const ALLOWED_URLS = [
  /^http:\/\/www\.w3\.org\/(1999\/xhtml|2000\/svg|1998\/Math\/MathML|1999\/xlink|XML\/1998\/namespace|2000\/xmlns\/?)$/,
  /^https:\/\/(mail\.google\.com|outlook\.live\.com|outlook\.office\.com|outlook\.office365\.com)\/\*?$/,
  /^https?:\/\/\$\{\w+\}\/\*$/, // a match pattern built from a host name
  /^https:\/\/developer\.mozilla\.org\/[\w./#-]*$/,
];

describe('the built package', () => {
  it('exists (run `npx wxt build` first)', () => {
    expect(BUILDS.length).toBeGreaterThan(0);
  });

  it.each(BUILDS.map((b) => [b.split('/').pop()!, b]))('%s: no code that reaches the network, except reading its own packaged files', (_, dir) => {
    const unexplained: string[] = [];
    let seen = 0;
    for (const file of files(dir, /\.(m?js|html)$/)) {
      const code = readFileSync(file, 'utf8');
      for (const m of code.matchAll(NETWORK_API)) {
        seen++;
        const around = code.slice(Math.max(0, m.index - 1000), m.index + 200);
        const from = code.slice(m.index, m.index + 200);
        if (!ALLOWED.some((a) => (a.re ? a.re.test(around) : a.here!.test(from)))) {
          unexplained.push(`${relative(dir, file)}: ${m[0]} in …${code.slice(Math.max(0, m.index - 160), m.index + 120)}…`);
        }
      }
    }
    expect(unexplained).toEqual([]);
    // The scan really looks: the stylesheet read is there to be found.
    expect(seen).toBeGreaterThan(0);
  });

  it.each(BUILDS.map((b) => [b.split('/').pop()!, b]))('%s: names no remote address', (_, dir) => {
    const found = new Set<string>();
    for (const file of files(dir, /\.(m?js|html|css|json)$/)) {
      const code = readFileSync(file, 'utf8');
      for (const m of code.matchAll(/\b(?:https?|wss?):\/\/[^\s"'`)<>\\,;]+/g)) {
        const url = m[0].replace(/[.]+$/, '');
        if (!ALLOWED_URLS.some((re) => re.test(url))) found.add(`${relative(dir, file)}: ${url}`);
      }
    }
    expect([...found]).toEqual([]);
  });

  it.each(BUILDS.map((b) => [b.split('/').pop()!, b]))('%s: the content security policy allows no remote code', (_, dir) => {
    const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as {
      manifest_version: number;
      content_security_policy?: string | { extension_pages?: string; sandbox?: string };
      sandbox?: unknown;
      externally_connectable?: unknown;
    };
    const csp = manifest.content_security_policy;
    // Absent, the browser's default applies: "script-src 'self'; object-src 'self'" (plus 'wasm-unsafe-eval' in MV3).
    const policies = csp == null ? [] : typeof csp === 'string' ? [csp] : [csp.extension_pages ?? ''];
    for (const policy of policies) {
      const directives = new Map(policy.split(';').map((d) => d.trim()).filter(Boolean).map((d) => {
        const [name, ...values] = d.split(/\s+/);
        return [name!.toLowerCase(), values] as const;
      }));
      for (const name of ['script-src', 'object-src', 'worker-src', 'default-src', 'script-src-elem']) {
        for (const v of directives.get(name) ?? []) {
          expect(["'self'", "'none'", "'wasm-unsafe-eval'"], `${name} ${v} in "${policy}"`).toContain(v);
        }
      }
      expect(directives.has('script-src') || directives.has('default-src'), `no script-src in "${policy}"`).toBe(true);
    }
    // No sandboxed pages (their policy may allow eval), and no web page may message the extension.
    expect(typeof csp === 'object' && csp?.sandbox ? 'sandbox policy' : null).toBeNull();
    expect(manifest.sandbox).toBeUndefined();
    expect(manifest.externally_connectable).toBeUndefined();
  });

  it.each(BUILDS.map((b) => [b.split('/').pop()!, b]))('%s: no string is turned into code (eval, new Function, string timers)', (_, dir) => {
    const found: string[] = [];
    for (const file of files(dir, /\.m?js$/)) {
      const code = readFileSync(file, 'utf8');
      for (const m of code.matchAll(/\beval\s*\(|\bnew\s+Function\s*\(|\bset(?:Timeout|Interval)\(\s*[`'"]/g)) {
        found.push(`${relative(dir, file)}: …${code.slice(Math.max(0, m.index - 80), m.index + 80)}…`);
      }
    }
    expect(found).toEqual([]);
  });
});
