import { render } from 'preact';
import { PopupApp, readActiveTab } from '@/components/popup/PopupApp';

// `popup.html?tab=<id>` describes that tab instead of the active one: the popup opened as a page
// (end-to-end tests, screenshots).
const tab = Number(new URLSearchParams(location.search).get('tab'));
render(<PopupApp readTab={() => readActiveTab(Number.isInteger(tab) && tab > 0 ? tab : undefined)} />, document.getElementById('app')!);
