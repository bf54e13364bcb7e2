/**
 * The partner's redirectUrl with the sandbox's parameters put FIRST in the query: DOKU's demo apps
 * read them with regexes such as `(?<=\?accountId=)\d+`. The URL's own query and fragment are kept.
 */
export function redirectWithParams(redirectUrl: string, params: Record<string, string>): string {
  const hashAt = redirectUrl.indexOf('#');
  const fragment = hashAt >= 0 ? redirectUrl.slice(hashAt) : '';
  const beforeHash = hashAt >= 0 ? redirectUrl.slice(0, hashAt) : redirectUrl;
  const queryAt = beforeHash.indexOf('?');
  const base = queryAt >= 0 ? beforeHash.slice(0, queryAt) : beforeHash;
  const existing = queryAt >= 0 ? beforeHash.slice(queryAt + 1) : '';
  const ours = new URLSearchParams(params).toString();
  return `${base}?${ours}${existing ? `&${existing}` : ''}${fragment}`;
}
