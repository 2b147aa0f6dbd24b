// The built manifests ask for nothing beyond `storage` and the mail hosts (as content-script
// matches), load no remote code, and carry what the stores need (icons, i18n, Firefox's id and
// data-collection declaration).
import { beforeAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const MAIL = ['https://mail.google.com/*', 'https://outlook.live.com/*', 'https://outlook.office.com/*', 'https://outlook.office365.com/*'];
const CHROME = '.output/chrome-mv3';
const FIREFOX = '.output/firefox-mv2';
type Manifest = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
const read = (dir: string): Manifest => JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'));

// The packages as shipped: vitest sets NODE_ENV=test, and a build made under it is another build
// (10 KB larger, with test-only paths), so a missing package is built with the shipping mode.
const build = (...args: string[]) => spawnSync('npx', ['wxt', 'build', ...args], { stdio: 'pipe', env: { ...process.env, NODE_ENV: 'production' } }).status;
beforeAll(() => {
  if (!existsSync(join(CHROME, 'manifest.json'))) expect(build()).toBe(0);
  if (!existsSync(join(FIREFOX, 'manifest.json'))) expect(build('-b', 'firefox')).toBe(0);
}, 120_000);

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => (statSync(join(dir, f)).isDirectory() ? files(join(dir, f)).map((x) => `${f}/${x}`) : [f]));
}

describe.each([['chrome', CHROME], ['firefox', FIREFOX]])('%s manifest', (browser, dir) => {
  it('asks only for storage; hosts only as content-script matches', () => {
    const m = read(dir);
    expect(m.permissions).toEqual(['storage']);
    expect(m.optional_permissions ?? []).toEqual([]);
    expect(m.host_permissions ?? []).toEqual([]);
    expect(m.optional_host_permissions ?? []).toEqual([]);
    expect(m.content_scripts.flatMap((c: Manifest) => c.matches).sort()).toEqual(MAIL);
    const war = m.web_accessible_resources ?? [];
    for (const r of war) if (typeof r === 'object') expect([...r.matches].sort()).toEqual(MAIL);
    expect(m.externally_connectable).toBeUndefined();
    expect(JSON.stringify(m.content_security_policy ?? '')).not.toMatch(/https?:|unsafe-eval/);
  });

  it('names, icons at the store sizes, i18n and the pages', () => {
    const m = read(dir);
    expect(m.default_locale).toBe('en');
    expect(m.name).toBe('__MSG_extName__');
    const messages = JSON.parse(readFileSync(join(dir, '_locales/en/messages.json'), 'utf8'));
    expect(messages.extName.message).toMatch(/^Balcony/);
    expect(messages.extDescription.message.length).toBeLessThanOrEqual(132); // Chrome Web Store limit
    for (const size of ['16', '32', '48', '128']) {
      expect(m.icons[size]).toBe(`icon/${size}.png`);
      const png = readFileSync(join(dir, m.icons[size]));
      expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([Number(size), Number(size)]);
    }
    expect(m.options_ui.page).toBe('options.html');
    expect((m.action ?? m.browser_action).default_popup).toBe('popup.html');
    expect(existsSync(join(dir, 'playground.html'))).toBe(true);
    if (browser === 'firefox') {
      expect(m.browser_specific_settings.gecko.id).toMatch(/@/);
      expect(m.browser_specific_settings.gecko.data_collection_permissions).toEqual({ required: ['none'] });
    } else {
      expect(m.browser_specific_settings).toBeUndefined();
    }
  });

  it('ships no test helpers, fixtures, keys or screenshots, and no remote code', () => {
    const all = files(dir);
    expect(all.filter((f) => /fixture|screenshot|\.test\.|\.pem$|\.key$|harness|e2e/i.test(f))).toEqual([]);
    for (const f of all.filter((x) => /\.(js|html)$/.test(x))) {
      const text = readFileSync(join(dir, f), 'utf8');
      expect(text, f).not.toMatch(/<script[^>]+src=["']https?:/i);
      expect(text, f).not.toMatch(/import\(["']https?:/);
    }
  });
  // Issue 12's budget: the content script loads on every mail page, before anything is coached.
  it('keeps the content script within 40 KB gzip (the engine loads apart, on demand)', () => {
    const scripts = readdirSync(join(dir, 'content-scripts')).filter((f) => f.endsWith('.js'));
    const gzip = scripts.reduce((sum, f) => sum + gzipSync(readFileSync(join(dir, 'content-scripts', f)), { level: 9 }).length, 0);
    expect(gzip / 1024).toBeLessThanOrEqual(40);
  });
});
