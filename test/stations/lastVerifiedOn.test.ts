/**
 * "Data checked <date>" is the last time the data was checked against public
 * sources: the independent audit, or a later freshness review in SOURCES.md
 * (a review that found nothing new still verified the data).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'chai';
import { lastVerifiedOn } from '../../scripts/lastVerifiedOn';
import { FrontCounterKnowledge } from '../../src/stations';

const AUDIT = 'Applied on 2026-11-26 from the independent audit (C1-C16).\n';

describe('the date the data was last verified', () => {
  it('is the audit date when no review came later', () => {
    expect(lastVerifiedOn(`# Sources\n${AUDIT}`)).to.equal('2026-11-26');
    expect(lastVerifiedOn(`${AUDIT}## Corrections applied (freshness review, 3 Jan 2026)\n`)).to.equal('2026-11-26');
  });

  it('is the latest freshness review after the audit, however its month is written', () => {
    expect(lastVerifiedOn(`${AUDIT}## Corrections applied (freshness review, 4 Dec 2026)\ntext\n### Again (freshness review, 15 January 2027)\n`)).to.equal('2027-01-15');
  });

  it('refuses SOURCES.md without the audit, or with a review date it cannot read', () => {
    expect(() => lastVerifiedOn('nothing here')).to.throw(/audit date/);
    expect(() => lastVerifiedOn(`${AUDIT}## Corrections applied (freshness review, 4 Dek 2026)\n`)).to.throw(/unreadable/);
  });

  it('data/ carries the latest check of the shared research data (its freshness review of 4 Dec 2026)', () => {
    const shared = process.env.STATIONDESK_SHARED_DATA ?? join(__dirname, '../../../shared/data');
    let sourcesMd: string | null = null;
    try {
      sourcesMd = readFileSync(join(shared, 'SOURCES.md'), 'utf8');
    } catch {
      // The shared research folder is not part of a clone: data/meta.json is checked on its own below.
    }
    const { verifiedOn } = FrontCounterKnowledge.load().data.meta;
    if (sourcesMd) expect(verifiedOn).to.equal(lastVerifiedOn(sourcesMd));
    expect(verifiedOn).to.equal('2026-12-04');
  });
});
