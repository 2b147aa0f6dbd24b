// Settings: typed schema with defaults and migration (pure), import/export validation (pure),
// and storage.sync access with change subscription.
export * from './schema';
export * from './transfer';
export { SETTINGS_KEY, loadSettings, saveSettings, updateSettings, resetSettings, watchSettings } from './store';
