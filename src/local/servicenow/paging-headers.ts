/**
 * `X-Total-Count` and `Link` of a list answer [1]. Link has `first`, `prev`, `next` and `last`,
 * leaving out `prev`/`next` where there is none and the whole header on a single page (as observed
 * by third parties [8]). Each link is the request itself with another `sysparm_offset`.
 */
export function pagingHeaders(
  url: URL,
  origin: string,
  offset: number,
  limit: number,
  total: number,
  options: { noCount: boolean; suppressLink: boolean },
): Record<string, string> {
  const headers: Record<string, string> = {};
  if (!options.noCount) headers['X-Total-Count'] = String(total);
  if (options.suppressLink || limit <= 0 || (offset === 0 && total <= limit)) return headers;
  const at = (to: number) => {
    const params = new URLSearchParams(url.searchParams);
    params.set('sysparm_limit', String(limit));
    params.set('sysparm_offset', String(to));
    return `<${origin}${url.pathname}?${params.toString()}>`;
  };
  const last = total === 0 ? 0 : Math.floor((total - 1) / limit) * limit;
  const links = [`${at(0)};rel="first"`];
  if (offset > 0) links.push(`${at(Math.max(0, offset - limit))};rel="prev"`);
  if (offset + limit < total) links.push(`${at(offset + limit)};rel="next"`);
  links.push(`${at(last)};rel="last"`);
  headers.Link = links.join(',');
  return headers;
}
