import { withBase } from '../lib/routes.ts';

/** A route (src/lib/routes.ts) under the configured base: `href(routes.document('x'))` → `/so-tay/van-ban/x/`. */
export function href(path = ''): string {
  return withBase(path, import.meta.env.BASE_URL);
}
