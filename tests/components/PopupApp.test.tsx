// @vitest-environment happy-dom
// The popup against a fake browser: why Balcony is or isn't active on the tab, the one-click
// per-site switch, and the links.
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { browser } from 'wxt/browser';
import { PopupApp, readActiveTab, type TabInfo } from '../../components/popup/PopupApp';
import { useFallbackMessages } from '../../lib/i18n';
import { SETTINGS_KEY, type Settings } from '../../lib/settings';
import messages from '../../public/_locales/en/messages.json';

beforeAll(() => useFallbackMessages(messages));
beforeEach(() => fakeBrowser.reset());
afterEach(() => { cleanup(); vi.restoreAllMocks(); });

const tab = (info: TabInfo) => () => Promise.resolve(info);
const state = () => screen.getByTestId('popup').getAttribute('data-state');

describe('PopupApp', () => {
  it('on an unsupported page: says so, no site switch, links still there', async () => {
    render(<PopupApp readTab={tab({ site: null, status: null })} />);
    await waitFor(() => expect(state()).toBe('unsupported'));
    expect(screen.getByTestId('popup-title').textContent).toBe(messages.popupUnsupported.message);
    expect(screen.queryByTestId('site-toggle')).toBe(null);
    expect(screen.getByTestId('open-options')).toBeTruthy();
    expect(screen.getByTestId('open-playground')).toBeTruthy();
  });

  it('on Gmail: active with the draft count; one click turns the site off (saved), and on again', async () => {
    render(<PopupApp readTab={tab({ site: 'gmail', status: { site: 'gmail', enabled: true, drafts: 1, flags: 2 } })} />);
    await waitFor(() => expect(state()).toBe('on'));
    expect(screen.getByTestId('popup-title').textContent).toBe('Coaching on Gmail');
    expect(screen.getByTestId('popup-detail').textContent).toBe('2 to reconsider in the current draft.');
    fireEvent.click(screen.getByTestId('site-toggle'));
    await waitFor(() => expect(state()).toBe('off'));
    expect(screen.getByTestId('popup-title').textContent).toBe('Turned off on Gmail');
    expect(((await browser.storage.sync.get(SETTINGS_KEY))[SETTINGS_KEY] as Settings).sites).toEqual({ gmail: false, outlook: true });
    fireEvent.click(screen.getByTestId('site-toggle'));
    await waitFor(() => expect(state()).toBe('on'));
  });

  it('a mail tab opened before install asks for a reload', async () => {
    render(<PopupApp readTab={tab({ site: 'outlook', status: null })} />);
    await waitFor(() => expect(state()).toBe('reload'));
    expect(screen.getByTestId('popup-detail').textContent).toBe(messages.popupReloadDetail.message);
  });

  it('reads the active tab: the site from its address, the status from its content script', async () => {
    await browser.windows.create({ focused: true });
    const t = await browser.tabs.create({ url: 'https://mail.google.com/mail/u/0/#inbox', active: true });
    vi.spyOn(browser.tabs, 'sendMessage').mockRejectedValue(new Error('Could not establish connection'));
    expect(await readActiveTab()).toEqual({ site: 'gmail', status: null });
    await browser.tabs.update(t.id!, { url: 'https://example.com/' });
    expect(await readActiveTab()).toEqual({ site: null, status: null });
    // Without the `tabs` permission the address may be hidden: the content script's answer tells the site.
    vi.spyOn(browser.tabs, 'query').mockImplementation((() => Promise.resolve([{ id: 7 }])) as never);
    vi.spyOn(browser.tabs, 'sendMessage').mockImplementation((() => Promise.resolve({ site: 'outlook', enabled: true, drafts: 0, flags: 0 })) as never);
    expect(await readActiveTab()).toEqual({ site: 'outlook', status: { site: 'outlook', enabled: true, drafts: 0, flags: 0 } });
  });

  it('the links open the settings and the playground', async () => {
    const options = vi.spyOn(browser.runtime, 'openOptionsPage').mockResolvedValue(undefined);
    const create = vi.spyOn(browser.tabs, 'create');
    vi.spyOn(window, 'close').mockImplementation(() => {});
    render(<PopupApp readTab={tab({ site: null, status: null })} />);
    fireEvent.click(screen.getByTestId('open-options'));
    expect(options).toHaveBeenCalled();
    fireEvent.click(screen.getByTestId('open-playground'));
    expect(create).toHaveBeenCalledWith({ url: browser.runtime.getURL('/playground.html') });
  });
});
