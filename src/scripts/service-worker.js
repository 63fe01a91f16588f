/* Service worker for offline reading. The build fills in BASE, VERSION and FILES. */
const BASE = __BASE__;
const VERSION = __VERSION__;
const FILES = __FILES__;
const CACHE = `so-tay-${VERSION}`;

self.addEventListener('install', (event) => {
  // Everything at once on the first visit: a cadre may lose the connection on the next page.
  event.waitUntil(
    caches
      .open(CACHE)
      .then((cache) => cache.addAll(FILES.map((f) => BASE + f)))
      .then(() => self.skipWaiting()),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) => Promise.all(keys.filter((k) => k.startsWith('so-tay-') && k !== CACHE).map((k) => caches.delete(k))))
      .then(() => self.clients.claim()),
  );
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET' || new URL(request.url).origin !== self.location.origin) return;
  if (request.mode === 'navigate') {
    // Pages: the network when it answers, so corrections show up; the cache when it does not.
    event.respondWith(
      fetch(request).catch(() =>
        caches.match(request, { ignoreSearch: true }).then((hit) => hit || caches.match(BASE + '404.html')),
      ),
    );
    return;
  }
  // Assets and the search index are versioned by the build: the cache first. Pagefind asks for
  // its entry file with a cache-busting "?ts=…": online that goes to the network, offline it
  // falls back to the cached copy.
  event.respondWith(
    caches
      .match(request)
      .then((hit) => hit || fetch(request).catch(() => caches.match(request, { ignoreSearch: true }))),
  );
});
