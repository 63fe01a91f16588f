/* Service worker for offline reading. The build fills in BASE, VERSION and PLAN (src/lib/site/offline.ts). */
const BASE = __BASE__;
const VERSION = __VERSION__;
const PLAN = __PLAN__;
const CACHE = `so-tay-${VERSION}`;
const KNOWN_PAGES = new Set([...PLAN.precache, ...PLAN.onVisit]);
const PRECACHED = new Set(PLAN.precache);
const PATTERNS = Object.entries(PLAN.patterns).map(([kind, source]) => [kind, new RegExp(source, 'i')]);

// Servers differ in what they put in Vary (astro preview: Origin; nginx: Accept-Encoding), and a
// module script or font asks with an Origin the install did not send: every file here is the same
// whatever the request headers, so Vary is ignored.
const match = (request, ignoreSearch = false) => caches.match(request, { ignoreVary: true, ignoreSearch });

self.addEventListener('install', (event) => {
  // Everything at once on the first visit: a cadre may lose the connection on the next page.
  event.waitUntil(
    caches
      .open(CACHE)
      .then((cache) => cache.addAll(PLAN.precache.map((f) => BASE + f)))
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

/** 'image', 'data' or 'page', by the file name. */
function kindOf(path) {
  return PATTERNS.find(([, re]) => re.test(path))?.[0] ?? 'page';
}

/** Keeps what was fetched but not precached (a comparison, a card once viewed) for offline use. */
function keep(path, response) {
  if (response.ok && response.type === 'basic' && !PRECACHED.has(path) && (PLAN.onVisit.includes(path) || kindOf(path) !== 'page')) {
    const copy = response.clone();
    void caches.open(CACHE).then((cache) => cache.put(BASE + path, copy));
  }
  return response;
}

/** A cached page's body under another status: the offline page says 503, the 404 page 404. */
async function answer(path, status, statusText) {
  const hit = await match(BASE + path);
  return hit ? new Response(hit.body, { status, statusText, headers: hit.headers }) : Response.error();
}

/** Offline, and the cache has no copy of `path`: say what is missing, never with status 200. */
function notKept(path, navigation) {
  const kind = kindOf(path);
  if (kind === 'page' && !KNOWN_PAGES.has(path)) return answer(PLAN.notFound, 404, 'Not Found');
  if (navigation) return answer(PLAN.answers[kind].path, 503, 'Service Unavailable');
  // A script's fetch or an <img>: the same sentence, in the type that was asked for.
  const body = kind === 'data' ? JSON.stringify({ error: PLAN.answers.data.title }) : PLAN.answers[kind].title;
  const type = kind === 'data' ? 'application/json; charset=utf-8' : 'text/plain; charset=utf-8';
  return new Response(body, { status: 503, statusText: 'Service Unavailable', headers: { 'Content-Type': type } });
}

/** Old addresses of a moved section (`trich-dan/x/`) lead to the new one, which is cached. */
function movedTo(path) {
  const [section, ...rest] = path.split('/');
  return section in PLAN.moved ? [PLAN.moved[section], ...rest].join('/') : undefined;
}

self.addEventListener('fetch', (event) => {
  const request = event.request;
  const url = new URL(request.url);
  if (request.method !== 'GET' || url.origin !== self.location.origin || !url.pathname.startsWith(BASE)) return;
  const path = url.pathname.slice(BASE.length);
  if (request.mode === 'navigate') {
    // Pages: the network when it answers, so corrections show up; the cache when it does not.
    event.respondWith(
      fetch(request)
        .then((response) => keep(path, response))
        .catch(async () => {
          const hit = await match(request, true);
          if (hit) return hit;
          const moved = movedTo(path);
          return moved ? Response.redirect(BASE + moved + url.search, 301) : notKept(path, true);
        }),
    );
    return;
  }
  // Assets and the search index are versioned by the build: the cache first. Pagefind asks for
  // its entry file with a cache-busting "?ts=…": online that goes to the network, offline it
  // falls back to the cached copy.
  event.respondWith(
    match(request).then(
      (hit) =>
        hit ||
        fetch(request)
          .then((response) => keep(path, response))
          .catch(() => match(request, true).then((cached) => cached || notKept(path, false))),
    ),
  );
});
