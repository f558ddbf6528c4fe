/**
 * With DIRECTLINE_SECRET set, the page talks to Azure's Direct Line. The secret
 * stays here: the server trades it for a short-lived token bound to a fresh
 * "dl_" user id (so a browser cannot speak as someone else) and gives the
 * browser only that token.
 */
import { z } from 'zod';

export interface DirectLineTokenSource {
  /** Direct Line base URL, e.g. https://directline.botframework.com/v3/directline */
  endpoint: string;
  secret: string;
  fetch?: typeof fetch;
  timeoutMs?: number;
}

export interface ExchangedToken {
  token: string;
  expiresIn: number;
  conversationId?: string;
}

/** The token exchange failed; the message is safe to log (it never contains the secret). */
export class DirectLineTokenError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'DirectLineTokenError';
  }
}

const generateResponse = z.object({
  token: z.string().min(1),
  expires_in: z.number().int().positive(),
  conversationId: z.string().optional(),
});

export async function exchangeSecretForToken(source: DirectLineTokenSource, userId: string): Promise<ExchangedToken> {
  const doFetch = source.fetch ?? fetch;
  let response: Response;
  try {
    response = await doFetch(`${source.endpoint}/tokens/generate`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${source.secret}`, 'Content-Type': 'application/json' },
      body: JSON.stringify({ user: { id: userId } }),
      signal: AbortSignal.timeout(source.timeoutMs ?? 10_000),
    });
  } catch (error) {
    throw new DirectLineTokenError(`Direct Line token request failed: ${(error as Error).name}`);
  }
  if (!response.ok) {
    await response.body?.cancel();
    throw new DirectLineTokenError(`Direct Line answered ${response.status} to the token request`);
  }
  const parsed = generateResponse.safeParse(await response.json().catch(() => undefined));
  if (!parsed.success) throw new DirectLineTokenError('Direct Line sent a token response we do not understand');
  return { token: parsed.data.token, expiresIn: parsed.data.expires_in, conversationId: parsed.data.conversationId };
}
