import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { browser } from 'wxt/browser';
import {
  DEFAULT_SETTINGS, defaultSettings, LIMITS, exportSettings, importSettings, loadSettings, migrate, saveSettings, SETTINGS_KEY,
  SETTINGS_VERSION, toCoachOptions, updateSettings, watchSettings, type Settings,
} from '../../lib/settings';

beforeEach(() => fakeBrowser.reset());

describe('schema and migration', () => {
  it('anything broken or missing falls back to the defaults, field by field', () => {
    expect(migrate(undefined)).toEqual(DEFAULT_SETTINGS);
    expect(migrate('nonsense')).toEqual(DEFAULT_SETTINGS);
    const m = migrate({ version: 1, sensitivity: 'extreme', categories: { why: false, ego: 'no', bogus: true }, highlights: 3, sites: { gmail: false } });
    expect(m.sensitivity).toBe('balanced');
    expect(m.categories).toEqual({ ...DEFAULT_SETTINGS.categories, why: false });
    expect(m.highlights).toBe(true);
    expect(m.sites).toEqual({ gmail: false, outlook: true });
  });

  it('migrates the unversioned shape to the current version', () => {
    const m = migrate({ enabled: { gmail: true, outlook: false }, disabledCategories: ['ego'], level: 'high', ignoredPhrases: ['  as per  my last email ', 'AS PER MY LAST EMAIL', ''] });
    expect(m.version).toBe(SETTINGS_VERSION);
    expect(m.sites).toEqual({ gmail: true, outlook: false });
    expect(m.categories.ego).toBe(false);
    expect(m.categories.why).toBe(true);
    expect(m.sensitivity).toBe('strict');
    expect(m.ignoredPhrases).toEqual(['as per my last email']);
  });

  it('a newer version from another browser keeps the fields this one knows', () => {
    const m = migrate({ version: 99, sensitivity: 'gentle', futureThing: { x: 1 } });
    expect(m.sensitivity).toBe('gentle');
    expect(m.version).toBe(SETTINGS_VERSION);
    expect('futureThing' in m).toBe(false);
  });

  it('maps to the engine options', () => {
    const s = defaultSettings();
    s.categories.ego = false;
    s.disabledRules = ['why.direct-question'];
    s.ignoredPhrases = ['per my last'];
    s.sensitivity = 'strict';
    expect(toCoachOptions(s)).toEqual({
      sensitivity: 'strict', categories: ['why', 'defensive', 'withdrawal', 'strength'],
      disabledRules: ['why.direct-question'], ignoredPhrases: ['per my last'],
    });
  });

  it('the whole object fits one storage.sync item (8 KB) even at its limits', () => {
    const s = defaultSettings();
    s.ignoredPhrases = Array.from({ length: 500 }, (_, i) => `${i} ${'x'.repeat(70)}`);
    s.disabledRules = Array.from({ length: 300 }, (_, i) => `${i}.rule-${'y'.repeat(90)}`);
    const m = migrate(s);
    expect(m.ignoredPhrases.length).toBe(LIMITS.phrases);
    expect(m.disabledRules.length).toBe(LIMITS.rules);
    expect(new TextEncoder().encode(JSON.stringify(m)).length + SETTINGS_KEY.length).toBeLessThan(8192);
  });
});

describe('export and import', () => {
  it('round-trips', () => {
    const s = defaultSettings();
    s.categories.why = false;
    s.ignoredPhrases = ['to be fair'];
    const r = importSettings(exportSettings(s));
    expect(r).toEqual({ ok: true, settings: s });
  });

  it('rejects malformed files with a code that names the problem', () => {
    const file = (settings: unknown, extra: object = {}) => JSON.stringify({ kind: 'balcony-settings', version: 1, settings, ...extra });
    const code = (text: string) => { const r = importSettings(text); return r.ok ? 'ok' : `${r.error.code}${r.error.detail && r.error.code === 'bad-field' ? `:${r.error.detail}` : ''}`; };
    expect(code('{ not json')).toBe('not-json');
    expect(code('[]')).toBe('not-balcony');
    expect(code(JSON.stringify({ sensitivity: 'strict' }))).toBe('not-balcony');
    expect(code(file({}, { version: 7 }))).toBe('too-new');
    expect(code(file({ sensitivity: 'extreme' }))).toBe('bad-field:sensitivity');
    expect(code(file({ categories: { why: 'yes' } }))).toBe('bad-field:categories.why');
    expect(code(file({ categories: { shouting: false } }))).toBe('bad-field:categories.shouting');
    expect(code(file({ ignoredPhrases: 'as per' }))).toBe('bad-field:ignoredPhrases');
    expect(code(file({ sites: { yahoo: true } }))).toBe('bad-field:sites.yahoo');
    expect(code(' '.repeat(70_000))).toBe('too-large');
    expect(code(file({ sensitivity: 'gentle' }))).toBe('ok');
    expect(code(`\uFEFF${file({})}`)).toBe('ok');
  });
});

describe('storage.sync', () => {
  it('loads defaults, saves, and notifies watchers', async () => {
    expect(await loadSettings()).toEqual(DEFAULT_SETTINGS);
    const seen: Settings[] = [];
    const stop = watchSettings((s) => seen.push(s));
    await updateSettings((s) => { s.categories.ego = false; });
    expect(((await browser.storage.sync.get(SETTINGS_KEY))[SETTINGS_KEY] as Settings).categories.ego).toBe(false);
    expect(seen.at(-1)!.categories.ego).toBe(false);
    stop();
    await saveSettings(defaultSettings());
    expect(seen).toHaveLength(1);
  });

  it('writes an older stored version back in the current shape', async () => {
    await browser.storage.sync.set({ [SETTINGS_KEY]: { enabled: { gmail: false }, level: 'low' } });
    const s = await loadSettings();
    expect(s.sites.gmail).toBe(false);
    expect(s.sensitivity).toBe('gentle');
    expect((await browser.storage.sync.get(SETTINGS_KEY))[SETTINGS_KEY]).toEqual(s);
  });

  it('ignores changes to other keys and other areas', async () => {
    const seen: Settings[] = [];
    watchSettings((s) => seen.push(s));
    await browser.storage.local.set({ [SETTINGS_KEY]: { sensitivity: 'strict', version: 1 } });
    await browser.storage.sync.set({ other: 1 });
    expect(seen).toHaveLength(0);
  });
});
