import { z } from 'zod';
import type { Credentials } from './credentials';
import { egressRefusal, ServiceNowFailure } from './failure';
import type { ServiceNowHttp, Timer } from './ports';

/** The token endpoint's answer; `expires_in` in seconds (1800 by default [24]). */
const tokenAnswer = z.object({
  access_token: z.string().min(1),
  refresh_token: z.string().min(1).optional(),
  expires_in: z.coerce.number().positive().optional(),
});

/** Renew a token this long before it expires, so a page request never carries one that lapses in flight. */
const EARLY_MS = 60_000;

/**
 * The `Authorization` header for each call. OAuth tokens come from `POST /oauth_token.do`
 * (form-urlencoded only [18]) and are renewed before they expire; after a 401 the caller calls
 * {@link renew}, which tries the refresh token first and falls back to a new grant. Basic auth
 * needs no renewal, so a 401 with it is final.
 */
export class Authorizer {
  private accessToken: string | undefined;
  private refreshToken: string | undefined;
  private expiresAt = 0;
  /** Token requests made (for the sync's figures). */
  tokenRequests = 0;

  constructor(
    private readonly http: ServiceNowHttp,
    private readonly credentials: Credentials,
    private readonly timer: Timer,
  ) {}

  get renewable(): boolean {
    return this.credentials.kind !== 'basic';
  }

  async header(): Promise<string> {
    const credentials = this.credentials;
    if (credentials.kind === 'basic') {
      return `Basic ${Buffer.from(`${credentials.userName}:${credentials.password}`).toString('base64')}`;
    }
    if (this.accessToken === undefined || this.timer.now() >= this.expiresAt - EARLY_MS) await this.obtain();
    return `Bearer ${this.accessToken as string}`;
  }

  /** Forgets the access token after a 401; the next {@link header} gets a new one. */
  renew(): void {
    this.accessToken = undefined;
  }

  private async obtain(): Promise<void> {
    const credentials = this.credentials;
    if (credentials.kind === 'basic') return;
    const client = { client_id: credentials.clientId, client_secret: credentials.clientSecret };
    if (this.refreshToken !== undefined) {
      const refreshed = await this.grant({
        ...client,
        grant_type: 'refresh_token',
        refresh_token: this.refreshToken,
      });
      if (refreshed) return;
      // An expired or revoked refresh token: fall through to a full grant.
      this.refreshToken = undefined;
    }
    const form =
      credentials.kind === 'oauth-password'
        ? {
            ...client,
            grant_type: 'password',
            username: credentials.userName,
            password: credentials.password,
          }
        : { ...client, grant_type: 'client_credentials' };
    if (!(await this.grant(form))) {
      throw new ServiceNowFailure(
        'AUTH',
        credentials.kind === 'oauth-password'
          ? 'The instance refused the OAuth password grant: check the client id and secret, the user name and the password.'
          : 'The instance refused the OAuth client-credentials grant: check the client id and secret, that the grant is enabled (glide.oauth.inbound.client.credential.grant_type.enabled) and that the OAuth client names an application user.',
        401,
      );
    }
  }

  private async grant(form: Record<string, string>): Promise<boolean> {
    this.tokenRequests += 1;
    const response = await this.http.send({
      method: 'POST',
      path: '/oauth_token.do',
      headers: { Accept: 'application/json' },
      form,
    });
    const refused = egressRefusal(response.status, response.body);
    if (refused) throw refused;
    if (response.status !== 200) return false;
    const parsed = tokenAnswer.safeParse(response.body);
    if (!parsed.success) {
      throw new ServiceNowFailure(
        'BAD_ANSWER',
        'The token endpoint answered 200 without an access token.',
        200,
      );
    }
    this.accessToken = parsed.data.access_token;
    this.refreshToken = parsed.data.refresh_token ?? this.refreshToken;
    this.expiresAt = this.timer.now() + (parsed.data.expires_in ?? 1800) * 1000;
    return true;
  }
}
