/**
 * The slips of the danger words ("collaped" -> "collapsed") a production start reads from the build
 * (dist/src/understanding/danger-slips.json) instead of working them out: they must be exactly those the
 * words the danger reading knows today give, and be ignored once those words (or the everyday ones) differ.
 */
import { expect } from 'chai';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import '../../src/understanding/emergency';
import { DANGER_SLIPS_FILE, dangerSlipsFromBuild, dangerSlipsOf, dangerSpelling, knownDangerWords, writeDangerSlips } from '../../src/understanding/dangerSpellings';
import { COMMON_WORDS } from '../../src/understanding/lexicon';

const BUILT = join(__dirname, '../../dist/src/understanding', DANGER_SLIPS_FILE);

describe('the danger words\' slips the build leaves are the ones the danger reading would work out', () => {
  const worked = dangerSlipsOf(knownDangerWords(), COMMON_WORDS);

  it('holds thousands of slips, "collaped" among them', () => {
    expect(worked.size).to.be.greaterThan(1000);
    expect(worked.get('collaped')).to.equal('collapsed');
    expect(dangerSpelling('collaped')).to.equal('collapsed');
  });

  it('the file `npm run build` left in dist/ holds exactly them, in order, for today\'s words', () => {
    expect(existsSync(BUILT), `${BUILT} is missing: run npm run build`).to.equal(true);
    const built = dangerSlipsFromBuild(knownDangerWords(), COMMON_WORDS, BUILT);
    expect(built, 'made from other words than the danger reading knows now: run npm run build').to.not.equal(undefined);
    expect([...built!]).to.deep.equal([...worked]);
  });

  it('is not used once the known or everyday words differ, nor when unreadable', () => {
    const dir = mkdtempSync(join(tmpdir(), 'stationdesk-slips-'));
    try {
      const file = join(dir, DANGER_SLIPS_FILE);
      writeDangerSlips(file);
      expect([...dangerSlipsFromBuild(knownDangerWords(), COMMON_WORDS, file)!]).to.deep.equal([...worked]);
      expect(dangerSlipsFromBuild(new Set([...knownDangerWords(), 'zzyzzyva']), COMMON_WORDS, file)).to.equal(undefined);
      expect(dangerSlipsFromBuild(knownDangerWords(), new Set([...COMMON_WORDS].slice(1)), file)).to.equal(undefined);
      expect(dangerSlipsFromBuild(knownDangerWords(), COMMON_WORDS, join(dir, 'missing.json'))).to.equal(undefined);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
