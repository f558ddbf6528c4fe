/**
 * `npm run data:build` reads the shared research data from the folder given as
 * its argument or in STATIONDESK_SHARED_DATA, never from a guessed place, and
 * says clearly what to set when the folder is missing or incomplete.
 */
import { expect } from 'chai';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SHARED_DATA_FILES, SharedDataNotFound, sharedDataDir } from '../../scripts/sharedDataDir';

describe('the shared data folder of npm run data:build', () => {
  let complete = '';
  let partial = '';
  before(() => {
    complete = mkdtempSync(join(tmpdir(), 'stationdesk-shared-'));
    for (const file of SHARED_DATA_FILES) writeFileSync(join(complete, file), '');
    partial = mkdtempSync(join(tmpdir(), 'stationdesk-partial-'));
    writeFileSync(join(partial, 'stations.csv'), '');
  });
  after(() => {
    rmSync(complete, { recursive: true, force: true });
    rmSync(partial, { recursive: true, force: true });
  });

  it('is the argument when one is given, whatever STATIONDESK_SHARED_DATA says', () => {
    expect(sharedDataDir(complete, { STATIONDESK_SHARED_DATA: partial })).to.equal(complete);
  });

  it('is STATIONDESK_SHARED_DATA without an argument', () => {
    expect(sharedDataDir(undefined, { STATIONDESK_SHARED_DATA: complete })).to.equal(complete);
    expect(sharedDataDir('  ', { STATIONDESK_SHARED_DATA: complete })).to.equal(complete);
  });

  it('is never guessed: with neither, the error says both ways to give it', () => {
    expect(() => sharedDataDir(undefined, {})).to.throw(SharedDataNotFound, /No shared data folder given.*npm run data:build -- \/path\/to\/shared\/data.*STATIONDESK_SHARED_DATA=/);
  });

  it('must hold every file the build reads: the error names the folder, where it came from and what is missing', () => {
    expect(() => sharedDataDir(undefined, { STATIONDESK_SHARED_DATA: partial })).to.throw(
      SharedDataNotFound,
      new RegExp(`^${partial} \\(from STATIONDESK_SHARED_DATA\\) lacks events\\.csv, plans\\.csv, .*CODE-POINT-OPEN-LICENCE\\.txt\\.`),
    );
    expect(() => sharedDataDir(join(partial, 'stations.csv'), {})).to.throw(SharedDataNotFound, /stations\.csv \(from the argument\) is not a folder/);
    expect(() => sharedDataDir(join(partial, 'nowhere'), {})).to.throw(SharedDataNotFound, /nowhere \(from the argument\) is not a folder/);
  });

  it('the build script stops with that message and exit code 1, writing nothing', () => {
    const out = mkdtempSync(join(tmpdir(), 'stationdesk-out-'));
    try {
      const env = { ...process.env };
      delete env.STATIONDESK_SHARED_DATA;
      const result = spawnSync(process.execPath, ['--import', 'tsx', join(__dirname, '..', '..', 'scripts', 'build-data.ts'), '', out], { encoding: 'utf8', env });
      expect(result.status).to.equal(1);
      expect(result.stderr).to.match(/^data:build: No shared data folder given\. .*STATIONDESK_SHARED_DATA/);
      expect(result.stderr).to.not.match(/\n\s+at /);
      expect(existsSync(out) ? readdirSync(out) : []).to.deep.equal([]);
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  });
});
