/**
 * Where an anonymous bot may send its replies. With no token check, anyone
 * can post an activity, and its serviceUrl is where the bot then POSTs: left
 * open, that makes the server a proxy into internal addresses (loopback,
 * metadata endpoints, the local network). So in anonymous mode only the local
 * Direct Line's own URL and the origins in ALLOWED_SERVICE_URLS are called.
 * With MicrosoftAppId set, the channel's signed token vouches for serviceUrl.
 */

export type ServiceUrlVerdict = 'allowed' | 'drop' | 'refuse';

export class ServiceUrlPolicy {
  constructor(
    private readonly anonymous: boolean,
    private readonly allowedOrigins: () => readonly string[],
  ) {}

  /**
   * allowed: reply there. drop: the replies come back in the response
   * (expectReplies), so the URL is removed rather than trusted. refuse: 403.
   */
  verdict(serviceUrl: unknown, expectReplies: boolean): ServiceUrlVerdict {
    if (!this.anonymous || serviceUrl === undefined || serviceUrl === null) return 'allowed';
    if (typeof serviceUrl === 'string' && URL.canParse(serviceUrl) && this.allowedOrigins().includes(new URL(serviceUrl).origin)) return 'allowed';
    return expectReplies ? 'drop' : 'refuse';
  }
}
