/**
 * The whole held-out set, batch by batch. Each batch was written at one time,
 * by people who had not read how the bot understands or answers text, and none
 * is ever tuned on (see each batch file's header). `npm run eval:heldout`
 * reports the pass rate per batch as well as overall, so a later batch shows
 * how the bot does on questions written after the last round of changes.
 */
import { HELDOUT_CASES as FIRST_BATCH, type HeldoutCase } from './heldoutQuestions';
import { HELDOUT_CASES_2 as SECOND_BATCH } from './heldoutQuestions2';
import { HELDOUT_CASES_3 as THIRD_BATCH } from './heldoutQuestions3';
import { HELDOUT_CASES_4 as FOURTH_BATCH } from './heldoutQuestions4';
import { HELDOUT_CASES_5 as FIFTH_BATCH } from './heldoutQuestions5';
import { HELDOUT_CASES_6 as SIXTH_BATCH } from './heldoutQuestions6';
import { HELDOUT_CASES_7 as SEVENTH_BATCH } from './heldoutQuestions7';
import { HELDOUT_CASES_8 as EIGHTH_BATCH } from './heldoutQuestions8';
import { HELDOUT_CASES_9 as NINTH_BATCH } from './heldoutQuestions9';
import { HELDOUT_CASES_10 as TENTH_BATCH } from './heldoutQuestions10';
import { HELDOUT_CASES_11 as ELEVENTH_BATCH } from './heldoutQuestions11';
import { HELDOUT_CASES_12 as TWELFTH_BATCH } from './heldoutQuestions12';
import { HELDOUT_CASES_13 as THIRTEENTH_BATCH } from './heldoutQuestions13';
import { HELDOUT_CASES_14 as FOURTEENTH_BATCH } from './heldoutQuestions14';
import { HELDOUT_CASES_15 as FIFTEENTH_BATCH } from './heldoutQuestions15';
import { HELDOUT_CASES_16 as SIXTEENTH_BATCH } from './heldoutQuestions16';
import { HELDOUT_CASES_17 as SEVENTEENTH_BATCH } from './heldoutQuestions17';
import { HELDOUT_CASES_18 as EIGHTEENTH_BATCH } from './heldoutQuestions18';
import { HELDOUT_CASES_19 as NINETEENTH_BATCH } from './heldoutQuestions19';
import { HELDOUT_CASES_20 as TWENTIETH_BATCH } from './heldoutQuestions20';
import { HELDOUT_CASES_21 as TWENTY_FIRST_BATCH } from './heldoutQuestions21';
import { HELDOUT_CASES_22 as TWENTY_SECOND_BATCH } from './heldoutQuestions22';
import { HELDOUT_CASES_23 as TWENTY_THIRD_BATCH } from './heldoutQuestions23';
import { HELDOUT_CASES_24 as TWENTY_FOURTH_BATCH } from './heldoutQuestions24';
import { HELDOUT_CASES_25 as TWENTY_FIFTH_BATCH } from './heldoutQuestions25';
import { HELDOUT_CASES_26 as TWENTY_SIXTH_BATCH } from './heldoutQuestions26';
import { HELDOUT_CASES_27 as TWENTY_SEVENTH_BATCH } from './heldoutQuestions27';
import { HELDOUT_CASES_28 as TWENTY_EIGHTH_BATCH } from './heldoutQuestions28';
import { HELDOUT_CASES_29 as TWENTY_NINTH_BATCH } from './heldoutQuestions29';
import { HELDOUT_CASES_30 as THIRTIETH_BATCH } from './heldoutQuestions30';
import { HELDOUT_CASES_31 as THIRTY_FIRST_BATCH } from './heldoutQuestions31';
import { HELDOUT_CASES_32 as THIRTY_SECOND_BATCH } from './heldoutQuestions32';

export interface HeldoutBatch {
  /** Short label used in reports. */
  label: string;
  /** When and how the batch was written. */
  written: string;
  cases: readonly HeldoutCase[];
}

export const HELDOUT_BATCHES: readonly HeldoutBatch[] = [
  { label: '1', written: '2026-12-04, before any change for issue 7 (heldoutQuestions.ts)', cases: FIRST_BATCH },
  { label: '2', written: '2026-12-04, after the issue 7 changes landed (heldoutQuestions2.ts)', cases: SECOND_BATCH },
  { label: '3', written: '2026-12-04, after batches 1 and 2, by an engineer who had not seen the bot answer them (heldoutQuestions3.ts)', cases: THIRD_BATCH },
  {
    label: '4',
    written:
      '2026-12-04, after batches 1 to 3, by an engineer who had not read how the bot understands or answers text and had not seen it answer any of them; committed before the bot was first run on it, then measured with --rates-only (heldoutQuestions4.ts)',
    cases: FOURTH_BATCH,
  },
  {
    label: '5',
    written:
      '2026-12-05, after batches 1 to 4, by an engineer who had not read how the bot understands or answers text and had not seen it answer any of them; committed before the bot was first run on it, then measured once with --rates-only (heldoutQuestions5.ts)',
    cases: FIFTH_BATCH,
  },
  {
    label: '6',
    written:
      '2026-12-05, after batches 1 to 5, by an engineer who had not read how the bot understands or answers text and had not seen it answer any of them; weighted towards the service, lists, requests it cannot carry out, the past and comparisons; committed before the bot was first run on it, then measured once with --rates-only (heldoutQuestions6.ts)',
    cases: SIXTH_BATCH,
  },
  {
    label: '7',
    written:
      '2026-12-05, after batches 1 to 6, by an engineer who had not read how the bot understands or answers text and had not seen it answer any of them; spread over every kind with fresh phrasings and districts and places no earlier batch used; committed before the bot was first run on it, then measured once with --rates-only (heldoutQuestions7.ts)',
    cases: SEVENTH_BATCH,
  },
  {
    label: '8',
    written:
      '2026-12-05, after batches 1 to 7, by an engineer who had not read how the bot understands or answers text and had not seen it answer any of them; spread over every kind with fresh phrasings, postcode sectors and places no earlier batch used, 47 conversations and Teams messages; committed before the bot was first run on it, then measured once with --rates-only (heldoutQuestions8.ts)',
    cases: EIGHTH_BATCH,
  },
  {
    label: '9',
    written:
      '2026-12-05, after batches 1 to 8, by a helper engineer who had not read how the bot understands or answers text and had not seen it answer any of them; spread over every kind with fresh phrasings, postcode sectors, districts and places no earlier batch used, danger in ten other languages, 53 conversations, Teams messages and conflicting sources; committed before the bot was first run on it (heldoutQuestions9.ts)',
    cases: NINTH_BATCH,
  },
  {
    label: '10',
    written:
      '2026-12-05, after batches 1 to 9, by an engineer who had not read how the bot understands or answers text and had not seen it answer any of them; committed before the bot was first run on it, then measured once with --rates-only (heldoutQuestions10.ts)',
    cases: TENTH_BATCH,
  },
  {
    label: '11',
    written:
      '2026-12-05, after batches 1 to 10, by a helper engineer who had not read how the bot understands or answers text and had not seen it answer any of them; committed before the bot was first run on it (heldoutQuestions11.ts)',
    cases: ELEVENTH_BATCH,
  },
  {
    label: '12',
    written:
      '2026-12-05 (twelfth session), after batches 1 to 11, by a helper engineer who had not read how the bot understands or answers text and had not seen it answer any of them; committed before the bot was first run on it (heldoutQuestions12.ts)',
    cases: TWELFTH_BATCH,
  },
  {
    label: '13',
    written:
      '2026-12-06 (thirteenth session), after batches 1 to 12, by a helper engineer who had not read how the bot understands or answers text and had not seen it answer any of them; committed before the bot was first run on it (heldoutQuestions13.ts)',
    cases: THIRTEENTH_BATCH,
  },
  {
    label: '14',
    written:
      '2026-12-06 (fourteenth session), after batches 1 to 13, by a helper engineer who had not read how the bot understands or answers text and had not seen it answer any of them; committed before the bot was first run on it (heldoutQuestions14.ts)',
    cases: FOURTEENTH_BATCH,
  },
  {
    label: '15',
    written:
      '2026-12-06 (fourteenth session, second batch), after batches 1 to 14, by a helper engineer who had not read how the bot understands or answers text and had not seen it answer any of them; weighted towards conversations, Teams messages and what residents ask when their counter has closed; committed before the bot was first run on it (heldoutQuestions15.ts)',
    cases: FIFTEENTH_BATCH,
  },
  {
    label: '16',
    written:
      '2026-12-06 (fourteenth session, third batch), after batches 1 to 15, by a helper engineer who had not read how the bot understands or answers text and had not seen it answer any of them; weighted towards the service, requests it cannot carry out, small talk as typed on a phone, comparisons between two counters, ambiguous names and the past; committed before the bot was first run on it (heldoutQuestions16.ts)',
    cases: SIXTEENTH_BATCH,
  },
  {
    label: '17',
    written:
      '2026-12-06 (fifteenth session), after batches 1 to 16, by a helper engineer who had not read how the bot understands or answers text and had not seen it answer any of them; weighted towards the service, the past, requests it cannot carry out, small talk as typed on a phone, ambiguous names, lists, roads, neighbourhoods and landmarks, with danger in 27 other languages none of them named in batch 16 header; committed before the bot was first run on it (heldoutQuestions17.ts)',
    cases: SEVENTEENTH_BATCH,
  },
  {
    label: '18',
    written:
      '2026-12-06 (sixteenth session), after batches 1 to 17, by a helper engineer who had not read how the bot understands or answers text and had not seen it answer any of them; weighted towards the service, the past, follow-ups, small talk as typed on a phone, ambiguous names, requests it cannot carry out, off-topic questions, comparisons, lists, neighbourhoods, landmarks, hospitals and roads, with danger in 38 other languages none of them named in an earlier batch; committed before the bot was first run on it (heldoutQuestions18.ts)',
    cases: EIGHTEENTH_BATCH,
  },
  {
    label: '19',
    written:
      '2026-12-06 (seventeenth session), after batches 1 to 18, by a helper engineer who had not read how the bot understands or answers text and had not seen it answer any of them; weighted towards the service, the past, follow-ups, small talk as typed on a phone, ambiguous names, requests it cannot carry out, off-topic questions, comparisons, lists, neighbourhoods, landmarks and roads, with danger in 31 other languages, 30 of them named in no earlier batch; committed before the bot was first run on it (heldoutQuestions19.ts)',
    cases: NINETEENTH_BATCH,
  },
  {
    label: '20',
    written:
      '2026-12-06 (seventeenth session, second batch), after batches 1 to 19, by a helper engineer who had not read how the bot understands or answers text and had not seen it answer any of them; weighted towards the service, the past, follow-ups, small talk as typed on a phone, ambiguous names, requests it cannot carry out, off-topic questions, comparisons, lists, neighbourhoods and stations, with danger in 25 other languages none of them named in an earlier batch; committed before the bot was first run on it (heldoutQuestions20.ts)',
    cases: TWENTIETH_BATCH,
  },
  {
    label: '21',
    written:
      '2026-12-06 (eighteenth session), after batches 1 to 20, by a helper engineer who had not read how the bot understands or answers text and had not seen it answer any of them; weighted towards the service, the past, follow-ups, small talk as typed on a phone, ambiguous names, requests it cannot carry out, off-topic questions, comparisons, lists, neighbourhoods, landmarks and the City of London, with danger in 19 other languages none of them named in an earlier batch; committed before the bot was first run on it (heldoutQuestions21.ts)',
    cases: TWENTY_FIRST_BATCH,
  },
  {
    label: '22',
    written:
      '2026-12-06 (nineteenth session), after batches 1 to 21, by a helper engineer who had not read how the bot understands or answers text and had not seen it answer any of them; weighted towards the past (closures by year, moves, counts then and now), the service (sources, freshness, privacy), follow-ups that refer back, ambiguous names, requests it cannot carry out, off-topic questions, comparisons, lists, roads and landmarks no earlier batch named and the City of London, with danger in 16 other languages none of them named in an earlier batch; committed before the bot was first run on it (heldoutQuestions22.ts)',
    cases: TWENTY_SECOND_BATCH,
  },
  {
    label: '23',
    written:
      '2026-12-06 (twentieth session), after batches 1 to 22, by a helper engineer who had not read how the bot understands or answers text and had not seen it answer any of them; weighted towards the past (closures by year, moves, counts then and now), the service (sources, freshness, privacy), follow-ups that refer back, ambiguous names, requests it cannot carry out, off-topic questions, comparisons, lists, roads and landmarks no earlier batch named and the City of London, with danger in 17 other languages none of them named in an earlier batch; committed before the bot was first run on it (heldoutQuestions23.ts)',
    cases: TWENTY_THIRD_BATCH,
  },
  {
    label: '24',
    written:
      '2026-12-07 (twenty-first session), after batches 1 to 23, by a helper engineer who had not read how the bot understands or answers text and had not seen it answer any of them; weighted towards the past (closures and moves by year, counts then and now), the service (sources, freshness, privacy), follow-ups that refer back, ambiguous names, out-of-scope requests a resident might really make, requests it cannot carry out, comparisons, lists, roads and landmarks no earlier batch named and the City of London, with danger in 14 other languages none of them named in an earlier batch; committed before the bot was first run on it (heldoutQuestions24.ts)',
    cases: TWENTY_FOURTH_BATCH,
  },
  {
    label: '25',
    written:
      '2026-12-07 (twenty-second session), after batches 1 to 24, by a helper engineer who had not read how the bot understands or answers text and had not seen it answer any of them; weighted towards the past (closures and moves by year, counts then and now), the service (sources, freshness, privacy), follow-ups that refer back, ambiguous names, out-of-scope requests a resident might really make, requests it cannot carry out, comparisons, lists, neighbourhoods named with their postcode district and the City of London, with danger in 14 other languages none of them named in an earlier batch; committed before the bot was first run on it (heldoutQuestions25.ts)',
    cases: TWENTY_FIFTH_BATCH,
  },
  {
    label: '26',
    written:
      '2026-12-07 (twenty-third session), after batches 1 to 25, by a helper engineer who had not read how the bot understands or answers text and had not seen it answer any of them; weighted towards the past (closures and moves by year, counts then and now), the service (sources, freshness, privacy, Crimestoppers, Language Line, Relay UK), follow-ups that refer back, ambiguous names, out-of-scope requests a resident might really make, requests it cannot carry out, comparisons, lists, roads and landmarks named with their postcode district and the City of London, with danger in 14 other languages none of them named in an earlier batch; committed before the bot was first run on it (heldoutQuestions26.ts)',
    cases: TWENTY_SIXTH_BATCH,
  },
  {
    label: '27',
    written:
      '2026-12-07 (twenty-fourth session), after batches 1 to 26, by a helper engineer who had not read how the bot understands or answers text and had not seen it answer any of them; weighted towards the past (closures and moves by year, counts then and now), the service (sources, freshness, privacy, Crimestoppers, Language Line, Relay UK), follow-ups that refer back, ambiguous names, out-of-scope requests a resident might really make, requests it cannot carry out, comparisons, lists, roads, landmarks and neighbourhoods named with their postcode district and the City of London, with danger in 14 other languages none of them named in an earlier batch; committed before the bot was first run on it (heldoutQuestions27.ts)',
    cases: TWENTY_SEVENTH_BATCH,
  },
  {
    label: '28',
    written:
      '2026-12-07 (twenty-fifth session), after batches 1 to 27, by a helper engineer who had not read how the bot understands or answers text and had not seen it answer any of them; weighted towards the past (closures and moves by year, counts then and now), the service (sources, freshness, privacy, Crimestoppers, Language Line, Relay UK), follow-ups that refer back, ambiguous names, out-of-scope requests a resident might really make, requests it cannot carry out, comparisons, lists, roads, landmarks and neighbourhoods named with their postcode district and the City of London, with danger in 13 other languages none of them named in an earlier batch; committed before the bot was first run on it (heldoutQuestions28.ts)',
    cases: TWENTY_EIGHTH_BATCH,
  },
  {
    label: '29',
    written:
      '2026-12-07 (twenty-sixth session), after batches 1 to 28, by a helper engineer who had not read how the bot understands or answers text and had not seen it answer any of them; weighted towards the past (closures and moves by year, counts then and now), the service (sources, freshness, privacy, Crimestoppers, Language Line, Relay UK), follow-ups that refer back, ambiguous names, out-of-scope requests a resident might really make, requests it cannot carry out, comparisons, lists, roads, landmarks and neighbourhoods named with their postcode district and the City of London, with danger in 13 other languages none of them named in an earlier batch; committed before the bot was first run on it (heldoutQuestions29.ts)',
    cases: TWENTY_NINTH_BATCH,
  },
  {
    label: '30',
    written:
      '2026-12-07 (twenty-seventh session), after batches 1 to 29, by a helper engineer who had not read how the bot understands or answers text and had not seen it answer any of them; weighted towards the past (closures and moves by year, counts then and now), the service (sources, freshness, privacy, Crimestoppers, Language Line, Relay UK), follow-ups that refer back, ambiguous names, out-of-scope requests a resident might really make, requests it cannot carry out, comparisons, lists, roads, landmarks and neighbourhoods named with their postcode district and the City of London, with danger in 13 other languages none of them named in an earlier batch; committed before the bot was first run on it (heldoutQuestions30.ts)',
    cases: THIRTIETH_BATCH,
  },
  {
    label: '31',
    written:
      '2026-12-07 (twenty-eighth session), after batches 1 to 30, by a helper engineer who had not read how the bot understands or answers text and had not seen it answer any of them; weighted towards the past (closures and moves by year, counts then and now), the service (sources, freshness, privacy, Crimestoppers, Language Line, Relay UK), follow-ups that refer back, ambiguous names, out-of-scope requests a resident might really make, requests it cannot carry out, comparisons, lists, roads, landmarks and neighbourhoods named with their postcode district and the City of London, with danger in 13 other languages none of them named in an earlier batch; committed before the bot was first run on it (heldoutQuestions31.ts)',
    cases: THIRTY_FIRST_BATCH,
  },
  {
    label: '32',
    written:
      '2026-12-08 (twenty-ninth session), after batches 1 to 31, by a helper engineer who had not read how the bot understands or answers text and had not seen it answer any of them; weighted towards the past (closures and moves by year, counts then and now), the service (sources, freshness, privacy, Crimestoppers, Language Line, Relay UK), follow-ups that refer back, ambiguous names, out-of-scope requests a resident might really make, requests it cannot carry out, comparisons, lists, roads, landmarks and neighbourhoods named with their postcode district and the City of London, with danger in 13 other languages none of them named in an earlier batch; committed before the bot was first run on it (heldoutQuestions32.ts)',
    cases: THIRTY_SECOND_BATCH,
  },
];

/** A held-out case with the batch it belongs to. */
export interface LabelledHeldoutCase extends HeldoutCase {
  batch: string;
}

/** Every batch's cases, each labelled with its batch. */
export const HELDOUT_CASES: readonly LabelledHeldoutCase[] = HELDOUT_BATCHES.flatMap((b) => b.cases.map((c) => ({ ...c, batch: b.label })));
