/**
 * HSTS: browsers that reached the bot over HTTPS (directly, or through a proxy
 * such as App Service's front end that says so in X-Forwarded-Proto) are told
 * to keep to HTTPS. Over plain HTTP the header would be ignored, so it is not sent.
 */
import type { TLSSocket } from 'node:tls';
import type * as restify from 'restify';

export const HSTS = 'max-age=31536000; includeSubDomains';

export function setTransportSecurity(req: restify.Request, res: restify.Response): void {
  const forwarded = req.header('x-forwarded-proto')?.split(',')[0]?.trim().toLowerCase();
  if ((req.socket as TLSSocket).encrypted || forwarded === 'https') res.header('Strict-Transport-Security', HSTS);
}
