/**
 * What understanding reads from one message, read once and only when a rule
 * asks: the normalised words, the moment named, the cues, the places, the
 * counters compared and a past date; then the facts several rules share ("a
 * station is named", "the resident means to go in person") and the place a
 * question is about. Lazy, so "thanks" or a message about danger never costs
 * a place search.
 */
import type { DateTime } from 'luxon';
import type { PlaceMatch } from '../stations/model';
import { readComparison, type ComparisonReading } from './comparison';
import { completePostcode, followsList, pickCandidate } from './conversationTurns';
import { deskOf, readCues, type Cues } from './cues';
import { readDanger, type DangerReading } from './emergency';
import { CORRECTION, FACE_TO_FACE, FROM_ELSEWHERE, GO_IN_PERSON_AT, GOES_TO_A_DESK, IN, NOT_PLACE_WORDS, ONE_OF_SEVERAL, ONE_OF_THOSE, WHERE_CAN_I_GO } from './lexicon';
import { guessForeignLanguage } from './language';
import { readMessage, type Message } from './message';
import { readPastDate } from './pastDate';
import { readPastAsked } from './pastPeriod';
import { readRequest } from './requests';
import { Phrases } from './phrases';
import type { PlaceFinder } from './placeFinder';
import { asBorough, boroughsAsSaid, notFoundMention, primaryMention, readPlaces, type PlaceReading } from './places';
import { PlanNames, readClosurePeriod } from './planNames';
import type { CannotDoTask, ClosurePeriod, ConversationContext, DeskKind, ListAsOf, PastAsked, PlaceMention, Question, WhenAsked } from './question';
import { readEmoji, readSmallTalk, type SmallTalk } from './smallTalk';
import { readTwoQuestions, type ReadHalf } from './twoQuestions';
import { readWhen, type WhenReading } from './when';

export class Reading {
  readonly message: Message;
  readonly ctx: ConversationContext;
  private readonly memo = new Map<string, unknown>();

  constructor(
    input: unknown,
    context: ConversationContext | undefined,
    readonly now: DateTime,
    readonly finder: PlaceFinder,
    /** Reads part of the message as a question of its own (for two questions in one); absent, none is split. */
    private readonly readHalf?: ReadHalf,
  ) {
    this.message = readMessage(input);
    this.ctx = context ?? {};
  }

  private once<T>(key: string, read: () => T): T {
    if (!this.memo.has(key)) this.memo.set(key, read());
    return this.memo.get(key) as T;
  }

  /** The normalised words ("whats", "roundtheclock") joined by spaces: what patterns are tested on. */
  get text(): string {
    return this.message.text;
  }

  get words(): string[] {
    return this.message.words;
  }

  says(re: RegExp): boolean {
    return re.test(this.message.text);
  }

  // Readings of the whole message, before it is read as a question.

  /** Harm now or about to happen, read clause by clause from the message as written (its punctuation parts the clauses). */
  get danger(): DangerReading {
    return this.once('danger', () => readDanger(this.message.original));
  }

  /** A task asked of the bot that it cannot do ("order me a cab", "call the police for me"). */
  get request(): CannotDoTask | undefined {
    return this.once('request', () => readRequest(this.text));
  }

  /** A lone emoji that says something ("👋", "👍"). */
  get emoji(): SmallTalk | undefined {
    return this.once('emoji', () => readEmoji(this.message.original));
  }

  /** The language of a message not in English (null inside when unsure which); undefined for English. */
  get foreignLanguage(): { language: string | null } | undefined {
    return this.once('foreignLanguage', () => guessForeignLanguage(this.message.original));
  }

  /** "thanks", "bye", "who are you?": a message that is only conversation. */
  get smallTalk(): SmallTalk | undefined {
    return this.once('smallTalk', () => readSmallTalk(this.text));
  }

  /** "the second one", "green": one of the places the bot offered, completing the question waiting. */
  get candidatePicked(): Question | null {
    return this.once('candidatePicked', () => pickCandidate(this.text, this.ctx));
  }

  /** "0SB" after "IG8": the rest of a postcode, completing the question waiting. */
  get postcodeCompleted(): Question | null {
    return this.once('postcodeCompleted', () => completePostcode(this.text, this.ctx, this.finder));
  }

  /** Two questions in one message, each read on its own, the second after the first. */
  get twoQuestions(): [Question, Question] | null {
    return this.once('twoQuestions', () => (this.readHalf ? readTwoQuestions(this.words, this.ctx, this.readHalf) : null));
  }

  /** Right after a list of counters: "which ones?", "and in December 2017?", "what about Richmond?". */
  get listAskedAgain(): Question | null {
    return this.once('listAskedAgain', () => {
      const list = this.ctx.lastList;
      if (!list) return null;
      return followsList(list, {
        text: this.text, cues: this.cues, mentions: this.mentions, dayNamed: this.when.when !== undefined, pastDate: this.pastDate, period: this.closurePeriod,
      });
    });
  }

  // The readings of a question. Dates and times take their words first; the place search gets what is left.

  private get phrases(): Phrases {
    return this.once('phrases', () => {
      const p = new Phrases(this.words);
      setAsideHomeTown(p);
      return p;
    });
  }

  get when(): WhenReading {
    return this.once('when', () => readWhen(this.phrases, this.now, this.ctx.lastWhen));
  }

  get cues(): Cues {
    return this.once('cues', () => readCues(this.text, this.now.setZone('Europe/London'), this.planNames));
  }

  /** The plans the data knows, by the names residents use (none with a finder that knows no plans). */
  get planNames(): PlanNames {
    return this.finder.plans ?? PlanNames.NONE;
  }

  /** A period of closures named ("in December 2017", "the 2017 closures", "in February"), asked or not. */
  get closurePeriod(): ClosurePeriod | undefined {
    return this.once('closurePeriod', () => readClosurePeriod(this.text, this.now, this.planNames));
  }

  get places(): PlaceReading {
    return this.once('places', () => {
      void this.when;
      const read = readPlaces(this.phrases, this.finder);
      return { ...read, mentions: boroughsAsSaid(read.mentions, this.text) };
    });
  }

  get mentions(): PlaceMention[] {
    return this.places.mentions;
  }

  /** Two or three counters named ("brixton or walworth"), or null. */
  get comparison(): ComparisonReading | null {
    return this.once('comparison', () => readComparison(this.text, this.places, this.finder));
  }

  /** A past period named ("summer 2021", "during covid", "before it closed"), for a question about one counter then. */
  get pastAsked(): PastAsked | undefined {
    return this.once('pastAsked', () => readPastAsked(this.text, this.when.when, this.now));
  }

  /** A past date or year named ("in 2020"), for the 24-hour list. */
  get pastDate(): ListAsOf | undefined {
    return this.once('pastDate', () => readPastDate(this.text, this.when.when, this.now));
  }

  // Facts several rules share.

  /** A police station named as the building ("brixton police station"). */
  get stationMention(): PlaceMention | undefined {
    return this.mentions.find((m) => found(m)?.kind === 'station');
  }

  /** A station named by its building or by the place it is named after ("wimbledon"). */
  get namedStation(): PlaceMention | undefined {
    return this.stationMention ?? this.mentions.find((m) => found(m)?.stationId !== undefined);
  }

  /** Where the resident is, if this message names somewhere: a postcode first, then a district or place. */
  get area(): PlaceMention | null {
    return primaryMention(this.mentions, 'location');
  }

  /** The place named is an area (a postcode, district, or somewhere outside London), not a counter. */
  get areaNamed(): boolean {
    return isAreaMention(this.area);
  }

  /** The counter the conversation is about, if it is one. */
  get discussedStation(): PlaceMention | undefined {
    const last = this.ctx.lastPlace;
    return last && found(last)?.stationId !== undefined ? last : undefined;
  }

  /** A place was being discussed and this message points back at it ("is it open", "and on Sunday"). */
  get leansOnDiscussed(): boolean {
    return this.ctx.lastPlace !== undefined && (this.cues.reference || this.cues.followUp);
  }

  /** The question is about a moment (now, or a time today), not a day, week or special day. */
  get momentAsked(): boolean {
    return isMoment(this.when.when) && !this.when.specialDay;
  }

  /** The desk a nearest question wants: 24-hour, open now, or any. */
  get desk(): DeskKind {
    return deskOf(this.cues, this.momentAsked);
  }

  /**
   * Reporting in person at a named station ("report it at Bromley police station on Sunday", "is Brixton
   * open? I want to report a theft"), or "go to the police station": a question about a counter. A station
   * named only as where it happened ("stolen outside Brixton police station") is not.
   */
  get reportsAtStation(): boolean {
    const c = this.cues;
    const station = this.namedStation;
    return station !== undefined && (c.open || c.hours || c.status || this.says(GOES_TO_A_DESK) || reportsAt(this.text, station));
  }

  /** The resident means to go to a counter. */
  get goesInPerson(): boolean {
    const c = this.cues;
    return c.nearest === 'strong' || this.reportsAtStation || ((c.inPerson || c.existential) && (this.mentions.length > 0 || c.deskWords)) || this.says(WHERE_CAN_I_GO);
  }

  /** "speak to someone in person": a counter, not a phone number. */
  get speaksFaceToFace(): boolean {
    return this.cues.inPerson && this.says(FACE_TO_FACE);
  }

  /** "Nearest station to SE9, and the 101 number?": the nearest to a place named is the answer worth giving. */
  get nearestToAPlace(): boolean {
    return this.cues.nearest === 'strong' && this.areaNamed;
  }

  /** Nothing asked of the place named: "what about Lewisham?", "no, Walworth". */
  get onlyAPlace(): boolean {
    const c = this.cues;
    return !c.hours && !c.status && !c.address && !c.open && !c.closedState && !c.existential && !c.nearest;
  }

  /** "no, Walworth", "sorry I meant Hayes": the last question again, about another place. */
  get correcting(): boolean {
    return this.says(CORRECTION);
  }

  /** Two counters named with "which one's open?": about those two, not about the desks of a borough. */
  get comparesHours(): boolean {
    const c = this.cues;
    const compared = this.comparison;
    return compared !== null && (c.hours || c.open || c.status || c.closedState || c.roundTheClock || compared.rank !== undefined || this.when.when !== undefined);
  }

  /** Two desks named in a nearest question ("which is closer, Brixton or Walworth?"): measured from the resident. */
  get comparesDesks(): boolean {
    return this.mentions.filter((m) => found(m)?.stationId !== undefined).length >= 2;
  }

  /** "and the nearest to SE17?" right after the 24-hour list: the nearest of those. */
  get ofTheList(): boolean {
    return this.ctx.lastIntent === 'list-24x7' && this.desk === 'any' && (this.cues.followUp || this.says(ONE_OF_THOSE));
  }

  /** "are there counters in Hackney": "in", for a borough. */
  get saysIn(): boolean {
    return this.says(IN);
  }

  // The place a question is about.

  /** The station (or place) a question is about: named now, else unnamed words, else the one being discussed. */
  get stationPlace(): PlaceMention | null {
    return primaryMention(this.mentions, 'station') ?? notFoundMention(this.places.unknownNames[0]) ?? fromContext(this.ctx.lastPlace);
  }

  /** Where the resident is, for "nearest": named now, else given earlier, else (on "from there") the place discussed. */
  get locationPlace(): PlaceMention | null {
    const named = primaryMention(this.mentions, 'location') ?? notFoundMention(this.places.unknownNames[0]);
    if (named) return named;
    const c = this.cues;
    if (c.reference || c.followUp || c.alternatives || this.says(ONE_OF_SEVERAL)) return mentionOf(this.ctx.lastLocation) ?? fromContext(this.ctx.lastPlace);
    return mentionOf(this.ctx.lastLocation);
  }

  /** Where the resident is, when two desks are named: an area named now, else the one given earlier. */
  get residentPlace(): PlaceMention | null {
    return this.areaNamed ? this.area : mentionOf(this.ctx.lastLocation);
  }

  /** The borough a "which counters are in ..." question is about: a borough named, else the one a place lies in. */
  get boroughPlace(): PlaceMention | null {
    const named = this.mentions.find((m) => found(m)?.kind === 'borough') ?? primaryMention(this.mentions, 'station');
    return named ? asBorough(named) : null;
  }
}

export function found(m: PlaceMention | null | undefined): PlaceMatch | undefined {
  return m && m.result.status === 'found' ? m.result.match : undefined;
}

export function isAreaMention(m: PlaceMention | null): boolean {
  if (!m) return false;
  if (m.result.status === 'outside-london' || m.result.status === 'unknown-postcode') return true;
  const match = found(m);
  // A neighbourhood or town from the gazetteer ("Tooting", "Watford") is where someone is: it has no desk of its own.
  return match !== undefined && (match.kind === 'postcode' || match.kind === 'district' || match.placeId !== undefined);
}

/** A place from the conversation, marked as such. */
export function fromContext(m: PlaceMention | undefined): PlaceMention | null {
  return m ? { ...m, fromContext: true } : null;
}

/** A place remembered as a match (the last location), as a mention from the conversation. */
export function mentionOf(match: PlaceMatch | undefined): PlaceMention | null {
  if (!match) return null;
  return { text: match.label, result: { status: 'found', match, alternatives: [] }, fromContext: true };
}

/** A moment: now, or a time of day, rather than a day or a week. */
export function isMoment(when: WhenAsked | undefined): boolean {
  return when === undefined || when.kind === 'now' || when.kind === 'instant';
}

/** "report it at Lewisham": the station named is where the resident will go. */
function reportsAt(text: string, station: PlaceMention): boolean {
  const name = station.text.toLowerCase().replace(/[^a-z0-9 ]/g, '');
  if (!name) return false;
  return new RegExp(`\\b(?:${GO_IN_PERSON_AT})\\b[a-z ]{0,40}\\b(?:at|to|in) (?:the )?${name}\\b`).test(text);
}

/** Where the resident comes from is not where they are: "visiting from Cardiff", "moved from Manchester". */
function setAsideHomeTown(p: Phrases): void {
  for (const m of p.all(FROM_ELSEWHERE)) {
    let last = m.last;
    for (let i = m.last + 1; i < p.words.length && i <= m.last + 3 && !p.isUsed(i) && !NOT_PLACE_WORDS.has(p.words[i]); i++) last = i;
    p.use({ groups: [], first: m.first, last });
  }
}
