// @vitest-environment happy-dom
// The options page against a fake browser: every control saves to storage.sync, changes made
// elsewhere show up live, and a bad settings file is refused with nothing overwritten.
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { browser } from 'wxt/browser';
import { OptionsApp } from '../../components/options/OptionsApp';
import { useFallbackMessages } from '../../lib/i18n';
import { defaultSettings, exportSettings, SETTINGS_KEY, type Settings } from '../../lib/settings';
import messages from '../../public/_locales/en/messages.json';

beforeAll(() => useFallbackMessages(messages));
beforeEach(() => fakeBrowser.reset());
afterEach(cleanup);

const stored = async () => (await browser.storage.sync.get(SETTINGS_KEY))[SETTINGS_KEY] as Settings | undefined;
const toggle = (testid: string, attr?: [string, string]) =>
  screen.getAllByTestId(testid).find((el) => !attr || el.getAttribute(attr[0]) === attr[1]) as HTMLInputElement;

function upload(text: string, name = 'settings.json') {
  const input = screen.getByTestId('import-input') as HTMLInputElement;
  const file = new File([text], name, { type: 'application/json' });
  Object.defineProperty(input, 'files', { value: [file], configurable: true });
  fireEvent.change(input);
}

describe('OptionsApp', () => {
  it('shows the defaults, with every text from the i18n messages', async () => {
    render(<OptionsApp />);
    await screen.findAllByTestId('category-toggle');
    expect(screen.getAllByTestId('category-toggle').map((el) => [el.getAttribute('data-category'), (el as HTMLInputElement).checked]))
      .toEqual([['why', true], ['defensive', true], ['ego', true], ['withdrawal', true], ['strength', true]]);
    expect((screen.getByTestId('sensitivity-balanced') as HTMLInputElement).checked).toBe(true);
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe(messages.optionsTitle.message);
    // No message key leaks through untranslated.
    expect(document.body.textContent).not.toMatch(/\b(cat|site|sensitivity|section)_[a-z]+/);
  });

  it('turning a category off, changing sensitivity, a site and display options saves them to storage.sync', async () => {
    render(<OptionsApp />);
    await screen.findAllByTestId('category-toggle');
    fireEvent.click(toggle('category-toggle', ['data-category', 'ego']));
    await waitFor(async () => expect((await stored())?.categories.ego).toBe(false));
    fireEvent.click(screen.getByTestId('sensitivity-strict'));
    await waitFor(async () => expect((await stored())?.sensitivity).toBe('strict'));
    expect(screen.getByTestId('sensitivity-desc').textContent).toBe(messages.sensitivity_strict_desc.message);
    fireEvent.click(screen.getByTestId('site-toggle-outlook'));
    fireEvent.click(screen.getByTestId('highlights-toggle'));
    fireEvent.click(screen.getByTestId('sidebar-start-collapsed'));
    fireEvent.click(screen.getByTestId('theme-dark'));
    await waitFor(async () => {
      const s = (await stored())!;
      expect([s.sites.outlook, s.highlights, s.sidebarStart, s.theme, s.categories.ego]).toEqual([false, false, 'collapsed', 'dark', false]);
    });
    expect(document.documentElement.getAttribute('data-theme')).toBe('dark');
  });

  it('single rules: off from here, and a rule turned off from the sidebar shows up live', async () => {
    render(<OptionsApp />);
    await screen.findAllByTestId('rule-toggle');
    const id = toggle('rule-toggle').getAttribute('data-rule')!;
    fireEvent.click(toggle('rule-toggle', ['data-rule', id]));
    await waitFor(async () => expect((await stored())?.disabledRules).toEqual([id]));
    // Elsewhere (the sidebar's "Don't flag this kind again") another rule goes off.
    const other = screen.getAllByTestId('rule-toggle')[3]!.getAttribute('data-rule')!;
    await browser.storage.sync.set({ [SETTINGS_KEY]: { ...(await stored())!, disabledRules: [id, other] } });
    await waitFor(() => expect(toggle('rule-toggle', ['data-rule', other]).checked).toBe(false));
    fireEvent.click(toggle('rule-toggle', ['data-rule', id]));
    await waitFor(async () => expect((await stored())?.disabledRules).toEqual([other]));
  });

  it('phrases never to flag: add, no duplicates, remove', async () => {
    render(<OptionsApp />);
    const input = await screen.findByTestId('phrase-input');
    for (const p of ['as per my last email', '  AS PER my last email ']) {
      fireEvent.input(input, { target: { value: p } });
      fireEvent.click(screen.getByTestId('phrase-add'));
    }
    await waitFor(async () => expect((await stored())?.ignoredPhrases).toEqual(['as per my last email']));
    expect(screen.getAllByTestId('phrase').map((el) => el.textContent)).toEqual(['as per my last email×']);
    fireEvent.click(within(screen.getByTestId('phrase')).getByRole('button'));
    await waitFor(async () => expect((await stored())?.ignoredPhrases).toEqual([]));
  });

  it('a malformed settings file is refused with a clear message, and nothing is overwritten', async () => {
    const mine = defaultSettings();
    mine.categories.why = false;
    mine.ignoredPhrases = ['to be fair'];
    await browser.storage.sync.set({ [SETTINGS_KEY]: mine });
    render(<OptionsApp />);
    await screen.findAllByTestId('category-toggle');
    const bad = JSON.stringify({ kind: 'balcony-settings', version: 1, settings: { sensitivity: 'extreme', categories: { why: true } } });
    upload(bad, 'bad.json');
    const alert = await screen.findByTestId('import-error');
    expect(alert.getAttribute('role')).toBe('alert');
    expect(alert.textContent).toBe('bad.json was not imported: the setting “sensitivity” has a value Balcony does not understand. Your settings are unchanged.');
    expect(await stored()).toEqual(mine);
    upload('{ "kind": "balcony-settings", ', 'truncated.json');
    await waitFor(() => expect(screen.getByTestId('import-error').textContent).toMatch(/^truncated\.json was not imported: it is not valid JSON/));
    upload('[1, 2, 3]', 'other.json');
    await waitFor(() => expect(screen.getByTestId('import-error').textContent).toMatch(/it is not a Balcony settings file/));
    expect(await stored()).toEqual(mine);
    expect(toggle('category-toggle', ['data-category', 'why']).checked).toBe(false);
  });

  it('a good file is imported and applied; export writes the same shape', async () => {
    render(<OptionsApp />);
    await screen.findAllByTestId('category-toggle');
    const next = defaultSettings();
    next.sensitivity = 'gentle';
    next.categories.withdrawal = false;
    upload(exportSettings(next), 'mine.json');
    await screen.findByTestId('import-ok');
    await waitFor(async () => expect(await stored()).toEqual(next));
    await waitFor(() => expect(toggle('category-toggle', ['data-category', 'withdrawal']).checked).toBe(false));

    let blob: Blob | undefined;
    const create = vi.spyOn(URL, 'createObjectURL').mockImplementation((b) => { blob = b as Blob; return 'blob:x'; });
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
    fireEvent.click(screen.getByTestId('export'));
    expect(click).toHaveBeenCalled();
    const file = JSON.parse(await blob!.text());
    expect(file).toMatchObject({ kind: 'balcony-settings', version: 1, settings: next });
    create.mockRestore();
    click.mockRestore();
  });
});
