import { randomBytes } from 'node:crypto';
import type { Account } from './acl';

/**
 * An OAuth application registry entry (System OAuth > Application Registry). Access tokens live
 * `accessTokenLifespan` seconds (default 1800 [24]); refresh tokens `refreshTokenLifespan`
 * (default 100 days, unverified). Client credentials run as `applicationUser` [20][21][23].
 */
export interface OAuthClient {
  clientId: string;
  clientSecret: string;
  accessTokenLifespan?: number;
  refreshTokenLifespan?: number;
  applicationUser?: string;
}

interface Token {
  userName: string;
  clientId: string;
  expiresAt: number;
}

export type TokenAnswer = { status: number; body: Record<string, unknown> };

/**
 * ServiceNow's answer to any refused grant: a 401 with this body, whatever the cause (bad client,
 * bad password, expired refresh token, a disabled grant type). Reported in ServiceNow community
 * threads; not documented, so the connector must not rely on more than "not 200".
 */
export const ACCESS_DENIED: TokenAnswer = {
  status: 401,
  body: { error_description: 'access_denied', error: 'server_error' },
};

/**
 * Basic auth and bearer tokens for the Table API, and the grants of `/oauth_token.do`: `password`
 * and `refresh_token` always [18][19], `client_credentials` only when the instance enables it
 * (`glide.oauth.inbound.client.credential.grant_type.enabled`, off by default since Washington DC
 * [22]). Token lifetimes run on the runtime clock.
 */
export class Authenticator {
  private readonly access = new Map<string, Token>();
  private readonly refresh = new Map<string, Token>();
  clientCredentialsEnabled = false;

  constructor(
    private readonly accounts: Account[],
    private readonly clients: OAuthClient[],
    private readonly now: () => Date,
  ) {}

  /** The account an `Authorization` header stands for, or `undefined` (a 401). */
  authenticate(header: string | null): Account | undefined {
    if (header === null) return undefined;
    const [scheme, credentials = ''] = header.split(' ', 2);
    if (scheme?.toLowerCase() === 'basic') {
      const decoded = Buffer.from(credentials, 'base64').toString('utf8');
      const colon = decoded.indexOf(':');
      return this.account(decoded.slice(0, colon), decoded.slice(colon + 1));
    }
    if (scheme?.toLowerCase() === 'bearer') {
      const token = this.live(this.access, credentials);
      return token && this.accountNamed(token.userName);
    }
    return undefined;
  }

  /** Answers `POST /oauth_token.do` with a form body. */
  grant(form: URLSearchParams): TokenAnswer {
    const client = this.clients.find(
      (c) => c.clientId === form.get('client_id') && c.clientSecret === form.get('client_secret'),
    );
    if (!client) return ACCESS_DENIED;
    switch (form.get('grant_type')) {
      case 'password': {
        const account = this.account(form.get('username') ?? '', form.get('password') ?? '');
        return account ? this.issue(client, account.userName, true) : ACCESS_DENIED;
      }
      case 'refresh_token': {
        const token = this.live(this.refresh, form.get('refresh_token') ?? '');
        if (!token || token.clientId !== client.clientId) return ACCESS_DENIED;
        // The refresh token stays valid until it expires; a new access token is issued.
        return this.issue(client, token.userName, false, form.get('refresh_token') ?? undefined);
      }
      case 'client_credentials': {
        const user = client.applicationUser && this.accountNamed(client.applicationUser);
        return this.clientCredentialsEnabled && user
          ? this.issue(client, user.userName, false)
          : ACCESS_DENIED;
      }
      default:
        return ACCESS_DENIED;
    }
  }

  /** Every access token issued so far expires now (refresh tokens stay valid). */
  expireAccessTokens(): void {
    this.access.clear();
  }

  private issue(
    client: OAuthClient,
    userName: string,
    withRefresh: boolean,
    keptRefresh?: string,
  ): TokenAnswer {
    const at = this.now().getTime();
    const lifespan = client.accessTokenLifespan ?? 1800;
    const accessToken = randomBytes(32).toString('base64url');
    this.access.set(accessToken, { userName, clientId: client.clientId, expiresAt: at + lifespan * 1000 });
    const body: Record<string, unknown> = {
      access_token: accessToken,
      scope: 'useraccount',
      token_type: 'Bearer',
      expires_in: lifespan,
    };
    if (withRefresh) {
      const refreshToken = randomBytes(32).toString('base64url');
      const refreshLifespan = client.refreshTokenLifespan ?? 8_640_000;
      this.refresh.set(refreshToken, {
        userName,
        clientId: client.clientId,
        expiresAt: at + refreshLifespan * 1000,
      });
      body.refresh_token = refreshToken;
    } else if (keptRefresh !== undefined) body.refresh_token = keptRefresh;
    return { status: 200, body };
  }

  private live(tokens: Map<string, Token>, value: string): Token | undefined {
    const token = tokens.get(value);
    if (!token) return undefined;
    if (token.expiresAt <= this.now().getTime()) {
      tokens.delete(value);
      return undefined;
    }
    return token;
  }

  private account(userName: string, password: string): Account | undefined {
    const account = this.accountNamed(userName);
    return account && account.password === password ? account : undefined;
  }

  private accountNamed(userName: string): Account | undefined {
    return this.accounts.find((a) => a.userName === userName && a.active !== false);
  }
}
