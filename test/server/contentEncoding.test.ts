import { expect } from 'chai';
import { chooseEncoding, type ContentEncoding } from '../../src/http/contentEncoding';

describe('choosing a precompressed copy from Accept-Encoding', () => {
  const both: ContentEncoding[] = ['br', 'gzip'];
  const cases: [string | undefined, readonly ContentEncoding[], ContentEncoding | undefined][] = [
    ['gzip, deflate, br, zstd', both, 'br'],
    ['gzip, deflate', both, 'gzip'],
    ['br', ['gzip'], undefined],
    [undefined, both, undefined],
    ['', both, undefined],
    ['identity', both, undefined],
    ['*', both, 'br'],
    ['br;q=0, *', both, 'gzip'],
    ['gzip;q=1.0, br;q=0.5', both, 'gzip'],
    ['BR;Q=0.9, GZIP;q=0.1', both, 'br'],
    ['x-gzip', both, 'gzip'],
    ['br;q=0, gzip;q=0', both, undefined],
    ['br;q=nonsense, gzip', both, 'gzip'],
  ];
  for (const [header, available, expected] of cases) {
    it(`${JSON.stringify(header)} with ${available.join('+')} -> ${expected ?? 'none'}`, () => {
      expect(chooseEncoding(header, available)).to.equal(expected);
    });
  }
});
