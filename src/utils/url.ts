/** A site path under the configured base: `href('van-ban/x/')` → `/so-tay/van-ban/x/` when hosted under `/so-tay/`. */
export function href(path = ''): string {
  const base = import.meta.env.BASE_URL.replace(/\/?$/, '/');
  return `${base}${path.replace(/^\//, '')}`;
}
