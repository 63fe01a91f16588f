// Offline reading: the service worker caches the whole site after the first visit.
if ('serviceWorker' in navigator) {
  const base = import.meta.env.BASE_URL.replace(/\/?$/, '/');
  void navigator.serviceWorker.register(`${base}sw.js`, { scope: base });
}
