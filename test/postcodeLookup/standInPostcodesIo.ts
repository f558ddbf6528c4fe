/**
 * A local stand-in for postcodes.io on 127.0.0.1 (no real network): answers
 * `GET /postcodes/{postcode}` the way the real service does, or slowly, or
 * with a broken body, as each test asks. Records every postcode requested.
 */
import { createServer, type ServerResponse } from 'node:http';
import { closeServer, listenOnLoopback } from '../server/helpers';

export type StandInAnswer =
  | { kind: 'found'; lat: number; lon: number; postcode?: string /* what the service says it found; the asked one by default */ }
  | { kind: 'no-coordinates' }
  | { kind: 'not-found' }
  | { kind: 'server-error' }
  | { kind: 'malformed' }
  /** Sends nothing until the stand-in closes: longer than any client waits. */
  | { kind: 'slow' };

export interface StandInPostcodesIo {
  url: string;
  /** Postcodes requested, decoded, in order. */
  requested: string[];
  /** Request paths as received (still URL-encoded). */
  paths: string[];
  answer(postcode: string, answer: StandInAnswer): void;
  close(): Promise<void>;
}

function json(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'Content-Type': 'application/json' });
  res.end(JSON.stringify(body));
}

/** Postcodes.io matches postcodes whatever their spacing or case. */
const key = (postcode: string) => postcode.replace(/\s+/g, '').toUpperCase();

export async function startStandInPostcodesIo(): Promise<StandInPostcodesIo> {
  const answers = new Map<string, StandInAnswer>();
  const requested: string[] = [];
  const paths: string[] = [];

  const server = createServer((req, res) => {
    const path = req.url ?? '';
    paths.push(path);
    const m = /^\/postcodes\/([^/?]+)$/.exec(path);
    if (req.method !== 'GET' || !m) return json(res, 404, { status: 404, error: 'Resource not found' });
    const asked = decodeURIComponent(m[1]);
    requested.push(asked);
    const answer = answers.get(key(asked)) ?? { kind: 'not-found' };
    switch (answer.kind) {
      case 'found':
        return json(res, 200, {
          status: 200,
          result: { postcode: answer.postcode ?? asked.toUpperCase(), quality: 1, country: 'England', latitude: answer.lat, longitude: answer.lon, admin_district: 'Redbridge' },
        });
      case 'no-coordinates':
        return json(res, 200, { status: 200, result: { postcode: asked.toUpperCase(), quality: 9, latitude: null, longitude: null } });
      case 'not-found':
        return json(res, 404, { status: 404, error: 'Postcode not found' });
      case 'server-error':
        return json(res, 503, { status: 503, error: 'Service unavailable' });
      case 'malformed':
        res.writeHead(200, { 'Content-Type': 'application/json' });
        return res.end('{"status":200,"result":{"postcode":');
      case 'slow':
        return; // never answered; closeServer() ends the connection
    }
  });
  const url = await listenOnLoopback(server);
  return {
    url,
    requested,
    paths,
    answer: (postcode, answer) => answers.set(key(postcode), answer),
    close: () => closeServer(server),
  };
}
