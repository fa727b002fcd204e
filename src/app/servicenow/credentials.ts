/**
 * How the connector signs in (servicenow.md §2): OAuth 2.0 client credentials (preferred; the
 * instance must enable the grant and name an OAuth Application User [20][22]), the password grant
 * (access + refresh token [18][19]), or basic auth as the fallback. Held as app secrets; nothing
 * here is ever logged or put in an error.
 */
export type Credentials =
  | { kind: 'basic'; userName: string; password: string }
  | { kind: 'oauth-password'; clientId: string; clientSecret: string; userName: string; password: string }
  | { kind: 'oauth-client-credentials'; clientId: string; clientSecret: string };
