/** Where the site and its Pagefind bundle live, for the boot script and the engine alike. */
export const BASE = import.meta.env.BASE_URL.replace(/\/?$/, '/');
export const PAGEFIND_SCRIPT = `${BASE}pagefind/pagefind.js`;
