// Unit and component tests run without the extension's i18n API: serve the English messages the
// same way `browser.i18n.getMessage` would.
import { useFallbackMessages } from '../lib/i18n';
import messages from '../public/_locales/en/messages.json';

useFallbackMessages(messages);
