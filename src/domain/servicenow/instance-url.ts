/**
 * Whether an admin's instance URL may be stored. Forge lets backend functions make outbound calls
 * over HTTPS only (https://developer.atlassian.com/platform/forge/function-reference/nodejs-runtime/),
 * and the manifest declares `*.service-now.com` (a wildcard that never covers the parent domain:
 * https://developer.atlassian.com/platform/forge/add-content-security-and-egress-controls/). An
 * instance behind a custom domain is accepted only when the admin confirms it is theirs; until the
 * site declares that domain as egress, the platform refuses the call and the connection test says so.
 */
export type InstanceUrlCheck =
  { ok: true; origin: string; customDomain: boolean } | { ok: false; reason: string };

const SERVICENOW_HOST = /^[a-z0-9]([a-z0-9-]*[a-z0-9])?\.service-now\.com$/;
const IP_HOST = /^(\d{1,3}(\.\d{1,3}){3}|\[[0-9a-f:]+\])$/i;

export function checkInstanceUrl(text: string, confirmCustomDomain: boolean): InstanceUrlCheck {
  let url: URL;
  try {
    url = new URL(text.trim());
  } catch {
    return {
      ok: false,
      reason: `"${text}" is not a URL: enter your instance's address, like https://acme.service-now.com.`,
    };
  }
  if (url.protocol !== 'https:') {
    return {
      ok: false,
      reason: `The instance URL must start with https://: the app calls ServiceNow over HTTPS only (${url.protocol.replace(':', '')} was given).`,
    };
  }
  if (url.username !== '' || url.password !== '') {
    return {
      ok: false,
      reason: 'Leave the user name and password out of the URL: enter them as credentials.',
    };
  }
  if ((url.pathname !== '/' && url.pathname !== '') || url.search !== '' || url.hash !== '') {
    return {
      ok: false,
      reason: `Enter the instance's address only (https://${url.host}), without a path or query.`,
    };
  }
  const host = url.hostname.toLowerCase();
  if (IP_HOST.test(host) || host === 'localhost' || !host.includes('.')) {
    return { ok: false, reason: `${host} is not a public host name: enter your instance's address.` };
  }
  if (host === 'service-now.com') {
    return { ok: false, reason: 'Enter your own instance, like https://acme.service-now.com.' };
  }
  const customDomain = !SERVICENOW_HOST.test(host);
  if (customDomain && !confirmCustomDomain) {
    return {
      ok: false,
      reason:
        `${host} is not a ServiceNow host (*.service-now.com). If it is your instance's custom domain, ` +
        'confirm it; note that Forge lets the app reach only *.service-now.com until that domain is allowed as egress for your site.',
    };
  }
  return { ok: true, origin: `https://${url.host.toLowerCase()}`, customDomain };
}
