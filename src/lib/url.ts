// Every internal link goes through the base path, so the site works at any prefix
// (BASE_PATH=/some/prefix/). Pages call href('/ke-hoach/'), never write '/ke-hoach/'.

/** The base path with exactly one trailing slash: '/' or '/some/prefix/'. */
export function basePath(base: string = import.meta.env.BASE_URL): string {
  return base.endsWith('/') ? base : `${base}/`;
}

/** '/ke-hoach/' → '/some/prefix/ke-hoach/' (path given from the site root). */
export function href(path: string, base: string = import.meta.env.BASE_URL): string {
  return basePath(base) + path.replace(/^\/+/, '');
}

/** The page of one unit's plan. */
export function planHref(cycle: string, unit: string, base?: string): string {
  return href(`/ke-hoach/${cycle}/${unit}/`, base);
}
