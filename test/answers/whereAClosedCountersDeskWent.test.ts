/**
 * counterMoves over the project's data: a closed counter's desk went where the timeline's words say (a replacement
 * opening that names it, or a closing row naming a counter after words of a move), never to a counter a row only
 * mentions in passing.
 */
import { expect } from 'chai';
import { counterMoves } from '../../src/answers/counterMoves';
import { FrontCounterKnowledge } from '../../src/stations';

const knowledge = FrontCounterKnowledge.load();
const AS_OF = '2026-12-04';

const movesOf = (id: string, asOf = AS_OF) => counterMoves(knowledge.timeline, knowledge.data.stations, knowledge.timeline.statusAsOf(id, asOf), asOf).map((m) => m.station.id);

describe('where a closed counter\'s desk went, read from the timeline', () => {
  it('follows a replacement whose opening row names the old counter (Barking Learning Centre "replacing Barking police station")', () => {
    expect(movesOf('barking-police-station')).to.deep.equal(['barking-learning-centre']);
  });

  it('follows a closing row that names where the desk moved ("counter moved to Stratford", "Service moved to Hayes", "replaced by Marlowe House")', () => {
    expect(movesOf('forest-gate')).to.deep.equal(['stratford']);
    expect(movesOf('uxbridge')).to.deep.equal(['hayes']);
    expect(movesOf('sidcup-main-road')).to.deep.equal(['marlowe-house-sidcup']);
    expect(movesOf('paddington-green')).to.deep.equal(['church-street']);
  });

  it('takes a counter named only in passing for no move ("Bexley had only Bexleyheath", the "Kingston Mail")', () => {
    expect(movesOf('marlowe-house-sidcup')).to.deep.equal([]);
    expect(movesOf('new-malden')).to.deep.equal([]);
  });

  it('gives no move for an open counter, nor for one closed with no such row', () => {
    expect(movesOf('stratford')).to.deep.equal([]);
    expect(movesOf('kilburn')).to.deep.equal([]);
  });

  it('says what became of the counter moved to, as of the date asked', () => {
    const [move] = counterMoves(knowledge.timeline, knowledge.data.stations, knowledge.timeline.statusAsOf('barking-police-station', AS_OF), AS_OF);
    expect(move.status.counter).to.equal('closed');
    expect(move.status.since?.date).to.equal('2026-02-28');
    const [before] = counterMoves(knowledge.timeline, knowledge.data.stations, knowledge.timeline.statusAsOf('barking-police-station', '2025-06-01'), '2025-06-01');
    expect(before.status.counter).to.equal('open');
  });
});
