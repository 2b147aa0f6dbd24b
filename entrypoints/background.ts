// The background has no job yet: everything runs in the page. Kept so the
// extension has a service worker that tests can find and reload.
export default defineBackground(() => {});
