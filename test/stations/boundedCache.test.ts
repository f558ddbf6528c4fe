import { expect } from 'chai';
import { BoundedCache, emptyAllCaches, withCachesOff } from '../../src/stations/boundedCache';

describe('BoundedCache: a least-recently-used cache of fixed size', () => {
  /** A cache whose computations are counted, so a test can tell a hit from a miss. */
  function counted(capacity: number) {
    const cache = new BoundedCache<string, string>(capacity);
    const computed: string[] = [];
    const get = (key: string) => cache.get(key, () => (computed.push(key), key.toUpperCase()));
    return { cache, computed, get };
  }

  it('computes a value once and then returns the kept one', () => {
    const { computed, get } = counted(4);
    expect([get('a'), get('a'), get('b'), get('a')]).to.deep.equal(['A', 'A', 'B', 'A']);
    expect(computed).to.deep.equal(['a', 'b']);
  });

  it('never holds more than its capacity, evicting the least recently used entry', () => {
    const { cache, computed, get } = counted(3);
    for (const key of ['a', 'b', 'c']) get(key);
    get('a'); // a is now the most recently used; b the least
    get('d'); // evicts b
    expect(cache.size).to.equal(3);
    computed.length = 0;
    for (const key of ['a', 'c', 'd']) get(key);
    expect(computed, 'a, c and d are still kept').to.deep.equal([]);
    get('b');
    expect(computed, 'b was evicted').to.deep.equal(['b']);
    for (let i = 0; i < 1000; i++) get(`k${i}`);
    expect(cache.size).to.equal(3);
  });

  it('keeps nothing when the computation throws, so a bad input fails every time', () => {
    const cache = new BoundedCache<string, number>(2);
    const fail = () => cache.get('bad', () => {
      throw new RangeError('bad input');
    });
    expect(fail).to.throw(RangeError);
    expect(cache.size).to.equal(0);
    expect(fail).to.throw(RangeError);
  });

  it('is bypassed inside withCachesOff: every call computes and nothing is kept', () => {
    const { cache, computed, get } = counted(4);
    get('a');
    const value = withCachesOff(() => [get('a'), get('a')]);
    expect(value).to.deep.equal(['A', 'A']);
    expect(computed).to.deep.equal(['a', 'a', 'a']);
    expect(cache.size).to.equal(1);
    get('a');
    expect(computed.length, 'back on afterwards').to.equal(3);
  });

  it('switches back on even when the work inside withCachesOff throws', () => {
    const { computed, get } = counted(4);
    expect(() =>
      withCachesOff(() => {
        throw new Error('boom');
      }),
    ).to.throw('boom');
    get('a');
    get('a');
    expect(computed).to.deep.equal(['a']);
  });

  it('starts empty again after emptyAllCaches, as after a restart', () => {
    const { cache, computed, get } = counted(4);
    get('a');
    emptyAllCaches();
    expect(cache.size).to.equal(0);
    get('a');
    expect(computed).to.deep.equal(['a', 'a']);
  });

  it('refuses a capacity that is not a positive whole number', () => {
    for (const capacity of [0, -1, 1.5, Number.NaN]) expect(() => new BoundedCache(capacity)).to.throw(RangeError);
  });
});
