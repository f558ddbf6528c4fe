/**
 * Which of the precompressed copies of a file to send, from the request's
 * Accept-Encoding (RFC 9110 §12.5.3): the smallest the browser accepts, or
 * none (the file as it is) when it accepts none of them.
 */
export type ContentEncoding = 'br' | 'gzip';

/** Smallest first: brotli beats gzip on text. */
const PREFERENCE: readonly ContentEncoding[] = ['br', 'gzip'];

export function chooseEncoding(acceptEncoding: string | undefined, available: readonly ContentEncoding[]): ContentEncoding | undefined {
  if (!acceptEncoding) return undefined;
  const weights = new Map<string, number>();
  for (const part of acceptEncoding.split(',')) {
    const [name, ...parameters] = part.split(';').map((piece) => piece.trim().toLowerCase());
    if (!name) continue;
    const q = parameters.find((parameter) => parameter.startsWith('q='));
    const weight = q === undefined ? 1 : Number(q.slice(2));
    weights.set(name, Number.isFinite(weight) ? weight : 0);
  }
  const weightOf = (encoding: ContentEncoding) => weights.get(encoding) ?? (encoding === 'gzip' ? weights.get('x-gzip') : undefined) ?? weights.get('*') ?? 0;
  return PREFERENCE.filter((encoding) => available.includes(encoding) && weightOf(encoding) > 0).sort((a, b) => weightOf(b) - weightOf(a))[0];
}
