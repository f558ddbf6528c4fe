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
import { readComparison, saidByWhereItLies, type ComparisonReading } from './comparison';
import { completePostcode, followsList, pickCandidate } from './conversationTurns';
import { deskOf, readCues, readHistory, type Cues } from './cues';
import { readDanger, type DangerReading } from './emergency';
import { A_COUNTERS_CLOSURE_ASKED, CORRECTION, CORRECTION_SAID_AFTER, FACE_TO_FACE, FROM_ELSEWHERE, GO_IN_PERSON_AT, GOES_TO_A_DESK, IN, NAME_BEFORE_A_BREAK, NAME_INTRODUCED, NOT_PLACE_WORDS, ONE_OF_SEVERAL, ONE_OF_THOSE, QUESTION_WORD, URGENCY, WHERE_CAN_I_GO, YES_NO_VERB } from './lexicon';
import { guessForeignLanguage } from './language';
import { MAX_READ_LENGTH, readMessage, type Message } from './message';
import { dayBefore, readPastDate } from './pastDate';
import { londonDate } from './londonDays';
import { readPastAsked } from './pastPeriod';
import { questionInRequest, readRequest } from './requests';
import { Phrases } from './phrases';
import { TextRuns } from './patternFilter';
import type { PlaceFinder } from './placeFinder';
import { asBorough, atSomeOccurrence, boroughsAsSaid, halfwayBetween, placesBeforeLondonAsked, placesWithoutTheirBorough, placesInTheBoroughSaid, followedBy, notFoundMention, primaryMention, readPlaces, wordBoundaryAt, type PlaceReading } from './places';
import { PlanNames, readClosurePeriod } from './planNames';
import type { CannotDoTask, ClosurePeriod, ConversationContext, DeskKind, ListAsOf, PastAsked, PlaceMention, Question, WhenAsked } from './question';
import { readEmoji, readSmallTalk, type EmojiFeeling, type SmallTalk } from './smallTalk';
import { questionAfterAStoryOfSomethingElse, readTwoQuestions, type ReadHalf } from './twoQuestions';
import { readWhen, type WhenReading } from './when';

/** "sorry?", "soz??": asked, a request to say it again. */
const SORRY_ASKED = /^\s*(?:sorry|soz|sorry what|pardon)\s*\?+\s*$/i;
/** The words a musing turns on ("made me wonder", "got me thinking", "im curious"). */
const MUSES = /\b(?:wonder|wondering|wondered|thinking|think|curious|ask|asking)\b/;
/** Two or more words of a story, then a musing that turns to the question: the question is group 1. */
const QUESTION_AFTER_MUSING =
  /^\S+ \S+.*?\b(?:(?:it|that|this|which) (?:has |s |just |really )?(?:made|makes|got|gets|set|sets|left) me (?:wondering|wonder|thinking|think|curious|asking|ask)|(?:got|gets|getting) me (?:thinking|wondering)|(?:so |and )?(?:now )?(?:im|i am|i was|ive been|i been) (?:just |now |really )?(?:wondering|curious)|(?:so |and )?(?:now )?i (?:wonder|wondered))(?: (?:now|then|so|though|tho))? (.+)$/;

type ReadingName =
  'danger'
  | 'request'
  | 'requestQuestion'
  | 'emoji'
  | 'foreignLanguage'
  | 'smallTalk'
  | 'candidatePicked'
  | 'postcodeCompleted'
  | 'twoQuestions'
  | 'besidesUrgency'
  | 'besidesFear'
  | 'afterMusing'
  | 'afterStory'
  | 'listAskedAgain'
  | 'phrases'
  | 'when'
  | 'cues'
  | 'closurePeriod'
  | 'places'
  | 'comparison'
  | 'pastAsked'
  | 'pastDate'
  | 'datedText'
  | 'askingClause';

export class Reading {
  readonly message: Message;
  readonly ctx: ConversationContext;
  private readonly memo = new Map<ReadingName, unknown>();

  constructor(
    input: unknown,
    context: ConversationContext | undefined,
    readonly now: DateTime,
    readonly finder: PlaceFinder,
    /** Reads part of the message as a question of its own (for two questions in one); absent, none is split. */
    private readonly readHalf?: ReadHalf,
    /** Reads part of the message as a whole message of its own (its halves split too): the question after a story. */
    private readonly readPart?: ReadHalf,
  ) {
    this.message = readMessage(input);
    this.ctx = aboutTheCounterAvoided(this.message.text, context ?? {});
  }

  /** Each reading, made the first time a rule asks for it (a table, so asking again makes no closure). */
  private static readonly readers: Record<ReadingName, (r: Reading) => unknown> = {
    danger: (r) => (r.message.original.length <= MAX_READ_LENGTH ? readDanger(r.message.original, r.words, r.textRuns, r.now.year) : readDanger(r.message.original)),
    request: (r) => readRequest(r.text, r.textRuns),
    requestQuestion: (r) => (r.readHalf && r.request ? questionInRequest(r.text, r.ctx, r.readHalf, primaryMention(r.mentions, 'station')) : null),
    emoji: (r) => readEmoji(r.message.original),
    foreignLanguage: (r) => guessForeignLanguage(r.message.original),
    // "sorry?" asked is "pardon?" (what the bot can do), not an apology that stops what was going on.
    smallTalk: (r) => (SORRY_ASKED.test(r.message.original) ? 'help' : readSmallTalk(r.text)),
    candidatePicked: (r) => pickCandidate(r.text, r.ctx),
    postcodeCompleted: (r) => completePostcode(r.text, r.ctx, r.finder),
    twoQuestions: (r) => (r.readHalf ? readTwoQuestions(r.words, r.ctx, r.readHalf, r.message) : null),
    besidesUrgency: (r) => {
      const rest = r.text.replace(URGENCY, ' ').replace(/\s+/g, ' ').trim();
      return r.readHalf && rest !== r.text && rest !== '' ? r.readHalf(rest, r.ctx) : null;
    },
    // The whole message read again as a half, where no rule of the whole message's own (such as a fear told) applies.
    besidesFear: (r) => (r.readHalf ? r.readHalf(r.text, r.ctx) : null),
    afterMusing: (r) => {
      // Read on every message that is not danger: most say no word of musing, told without running the long pattern.
      if (!r.readHalf || !r.says(MUSES)) return null;
      const asked = QUESTION_AFTER_MUSING.exec(r.text)?.[1];
      return asked && asked.split(' ').length >= 2 ? r.readHalf(asked, r.ctx) : null;
    },
    afterStory: (r) => (r.readHalf && r.readPart ? questionAfterAStoryOfSomethingElse(r.message, r.ctx, r.readHalf, r.readPart) : null),
    listAskedAgain: (r) => {
      const list = r.ctx.lastList;
      if (!list) return null;
      return followsList(list, {
        text: r.text, cues: r.cues, mentions: r.mentions, dayNamed: r.when.when !== undefined, pastDate: r.pastDate, period: r.closurePeriod, correcting: r.correcting,
        yearPeriod: (year) => r.planNames.closedInYear(year),
        beforeLatestRound: () => {
          const round = r.planNames.latestRound(londonDate(r.now));
          return round ? dayBefore(round.from) : undefined;
        },
      });
    },
    phrases: (r) => {
      const p = new Phrases(r.words, r.textRuns);
      setAsideHomeTown(p);
      setAsideNames(p, r.message.original);
      return p;
    },
    when: (r) => readWhen(r.phrases, r.now, r.ctx.lastWhen),
    cues: (r) => {
      const cues = readCues(r.text, r.now.setZone('Europe/London'), r.planNames, r.textRuns);
      // A story told first ("i was mugged there in 2019, is ilford still open?"): the history asked is the question's.
      const asked = cues.history === undefined ? r.text : r.datedText;
      const read = asked === r.text ? cues : { ...cues, history: readHistory(new TextRuns(asked)) };
      // "was told they shut it, is acton still open?": the clause that asks, after one that tells, asks yes or no.
      return !read.yesNo && (read.status || read.open || read.closedState) && asksYesOrNoInAClause(r.askingClause, r.text) ? { ...read, yesNo: true } : read;
    },
    closurePeriod: (r) => readClosurePeriod(r.text, r.now, r.planNames),
    places: (r) => {
      void r.when;
      const read = readPlaces(r.phrases, r.finder);
      const mentions = placesBeforeLondonAsked(placesWithoutTheirBorough(placesInTheBoroughSaid(boroughsAsSaid(namedOnce(read.mentions), r.text), r.text, r.finder), r.text), r.message.original);
      const between = halfwayBetween(mentions, r.text);
      // "police station halfway between ilford and romford": the words that placed it are part of the place said.
      return between === mentions ? { ...read, mentions } : { ...read, mentions: between, unexplained: read.unexplained.filter((w) => !HALFWAY_WORDS.has(w)) };
    },
    comparison: (r) => readComparison(r.text, r.places, r.finder, r.discussedStation),
    pastAsked: (r) => readPastAsked(r.datedText, r.when.when, r.now, r.when.specialDay),
    pastDate: (r) => readPastDate(r.datedText, r.when.when, r.now),
    datedText: (r) => datedText(r.message),
    askingClause: (r) => askingClause(r.message),
  };

  private once<T>(key: ReadingName): T {
    let value = this.memo.get(key);
    if (value === undefined && !this.memo.has(key)) {
      value = Reading.readers[key](this);
      this.memo.set(key, value);
    }
    return value as T;
  }

  /** The words whose dates say when the question is asked of (`datedText`): read once for the cues and both past readings. */
  get datedText(): string {
    return this.once('datedText');
  }

  /**
   * The words of the clause that asks yes or no, after a clause that tells ("heard it closed down, is walworth still
   * open?": "is walworth still open"): the state asked about is read there, not in what was heard. The whole message
   * when no clause before tells, or when the asking clause names no state of its own ("they shut it, is that true?").
   */
  get askingClause(): string {
    return this.once('askingClause');
  }

  /** The normalised words ("whats", "roundtheclock") joined by spaces: what patterns are tested on. */
  get text(): string {
    return this.message.text;
  }

  get words(): string[] {
    return this.message.words;
  }

  /** The words' runs of characters, to skip patterns that cannot match them (read on the first pattern tried). */
  private runs: TextRuns | undefined;

  /** The runs of characters of the normalised words, read once a turn and shared by every reader of the words. */
  get textRuns(): TextRuns {
    return (this.runs ??= new TextRuns(this.message.text));
  }

  says(re: RegExp): boolean {
    return this.textRuns.test(re);
  }

  // Readings of the whole message, before it is read as a question.

  /** Harm now or about to happen, read clause by clause from the message as written (its punctuation parts the clauses). */
  get danger(): DangerReading {
    return this.once('danger');
  }

  /** A task asked of the bot that it cannot do ("order me a cab", "call the police for me"). */
  get request(): CannotDoTask | undefined {
    return this.once('request');
  }

  /** The question a request is wrapped around ("can you email me the opening hours of Brixton"), read on its own; null if none. */
  get questionInRequest(): Question | null {
    return this.once('requestQuestion');
  }

  /** A lone emoji that says something ("👋", "👍", "😡", "🤔"). */
  get emoji(): EmojiFeeling | undefined {
    return this.once('emoji');
  }

  /** The language of a message not in English (null inside when unsure which); undefined for English. */
  get foreignLanguage(): { language: string | null } | undefined {
    return this.once('foreignLanguage');
  }

  /** "thanks", "bye", "who are you?": a message that is only conversation. */
  get smallTalk(): SmallTalk | undefined {
    return this.once('smallTalk');
  }

  /** "the second one", "green": one of the places the bot offered, completing the question waiting. */
  get candidatePicked(): Question | null {
    return this.once('candidatePicked');
  }

  /** "0SB" after "IG8": the rest of a postcode, completing the question waiting. */
  get postcodeCompleted(): Question | null {
    return this.once('postcodeCompleted');
  }

  /** Two questions in one message, each read on its own, the second after the first. */
  get twoQuestions(): [Question, Question] | null {
    return this.once('twoQuestions');
  }

  /**
   * The message read again without its words of urgency ("it's urgent", "asap", "not urgent"): what else it asks ("brixton open
   * now pls its urgent" asks whether Brixton is open). Null when there is nothing else, or no half reader.
   */
  get askedBesidesUrgency(): Question | null {
    return this.once('besidesUrgency');
  }

  /**
   * What a message telling of fear asks besides ("I'm scared and alone, where's the nearest police station?"): the
   * message read as a half, so the rule that leads with 999 for the fear does not read it again. Null in a half.
   */
  get askedBesidesFear(): Question | null {
    return this.once('besidesFear');
  }

  /**
   * What a story's musing asks ("watched a documentary about the cuts, it made me wonder: how many counters are left?"):
   * the words after "it made me wonder" read as a half, so the story before cannot change the question. Null without
   * a story before the musing, or in a half.
   */
  get askedAfterMusing(): Question | null {
    return this.once('afterMusing');
  }

  /**
   * What is asked after a story of something else ("my cat knocked my tea over, it went everywhere. any 24 hour police
   * desks?"): the question read as a half, so the story cannot change it. Null without such a story, or in a half.
   */
  get askedAfterStory(): Question | null {
    return this.once('afterStory');
  }

  /** Right after a list of counters: "which ones?", "and in December 2017?", "what about Richmond?". */
  get listAskedAgain(): Question | null {
    return this.once('listAskedAgain');
  }

  // The readings of a question. Dates and times take their words first; the place search gets what is left.

  private get phrases(): Phrases {
    return this.once('phrases');
  }

  get when(): WhenReading {
    return this.once('when');
  }

  get cues(): Cues {
    return this.once('cues');
  }

  /** The plans the data knows, by the names residents use (none with a finder that knows no plans). */
  get planNames(): PlanNames {
    return this.finder.plans ?? PlanNames.NONE;
  }

  /** A period of closures named ("in December 2017", "the 2017 closures", "in February"), asked or not. */
  get closurePeriod(): ClosurePeriod | undefined {
    return this.once('closurePeriod');
  }

  get places(): PlaceReading {
    return this.once('places');
  }

  get mentions(): PlaceMention[] {
    return this.places.mentions;
  }

  /** Two or three counters named ("brixton or walworth"), or null. */
  get comparison(): ComparisonReading | null {
    return this.once('comparison');
  }

  /** A past period named ("summer 2021", "during covid", "before it closed"), for a question about one counter then. */
  get pastAsked(): PastAsked | undefined {
    return this.once('pastAsked');
  }

  /** A past date or year named ("in 2020"), for the 24-hour list. */
  get pastDate(): ListAsOf | undefined {
    return this.once('pastDate');
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

  /** "that one", or "it" just after a list across London, none picked: the counters listed, to choose from. */
  get oneOfTheListed(): PlaceMention | null {
    return oneOfTheListedUnsaid(this.text, this.ctx);
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
    // A name we do not know counts as a place named ("I live in Bermondsey, where can I report in person?"): the honest
    // "I couldn't find it" and a postcode asked for, not the phone numbers as if no place had been given.
    const placeNamed = this.mentions.length > 0 || notFoundMention(this.places.unknownNames[0]) !== null;
    return c.nearest === 'strong' || this.reportsAtStation || ((c.inPerson || c.existential) && (placeNamed || c.deskWords)) || this.says(WHERE_CAN_I_GO);
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
    return this.says(CORRECTION) || (this.onlyAPlace && (this.says(CORRECTION_SAID_AFTER) || CORRECTED_WITH_AN_ASTERISK.test(this.message.original)));
  }

  /** Two counters named with "which one's open?": about those two, not about the desks of a borough. */
  get comparesHours(): boolean {
    const c = this.cues;
    const compared = this.comparison;
    return compared !== null && (c.hours || c.open || c.status || c.closedState || c.roundTheClock || compared.rank !== undefined || this.when.when !== undefined);
  }

  /** Two desks named in a nearest question ("which is closer, Brixton or Walworth?"): measured from the resident. */
  get comparesDesks(): boolean {
    const desks = this.mentions.filter((m) => found(m)?.stationId !== undefined);
    // "the sutton end of croydon nearest station": one place said by where it lies, not two counters to choose between.
    return desks.length >= 2 && !(desks.length === 2 && saidByWhereItLies(this.text, desks[0], desks[1]));
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
    const named = primaryMention(this.mentions, 'station');
    if (named) return counterThere(named, this.text) ? { ...named, asCounter: true } : named;
    return notFoundMention(this.places.unknownNames[0], this.text) ?? oneOfTheListedUnsaid(this.text, this.ctx) ?? fromContext(this.ctx.lastPlace);
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

/**
 * Each place once: the same words for the same place said again ("rugby at twickenham ... nearest station to
 * twickenham") name one place, not two to choose between.
 */
function namedOnce(mentions: PlaceMention[]): PlaceMention[] {
  if (mentions.length < 2) return mentions;
  const key = (m: PlaceMention) => `${m.text.toLowerCase()}|${found(m)?.kind ?? m.result.status}|${found(m)?.label ?? ''}`;
  return mentions.filter((m, i) => mentions.findIndex((o) => key(o) === key(m)) === i);
}

export function found(m: PlaceMention | null | undefined): PlaceMatch | undefined {
  return m && m.result.status === 'found' ? m.result.match : undefined;
}

/**
 * After somewhere else was given ("where do i go instead of woodford": Ilford), a question of a counter's closure or past
 * ("when did it close?", "why?", "will it reopen?") is about the counter asked to avoid, not the desk given.
 */
function aboutTheCounterAvoided(text: string, ctx: ConversationContext): ConversationContext {
  return ctx.avoided && ctx.lastIntent === 'alternatives' && A_COUNTERS_CLOSURE_ASKED.test(text) ? { ...ctx, lastPlace: ctx.avoided } : ctx;
}

export function isAreaMention(m: PlaceMention | null): boolean {
  if (!m) return false;
  if (m.result.status === 'outside-london' || m.result.status === 'unknown-postcode') return true;
  const match = found(m);
  // A neighbourhood or town from the gazetteer ("Tooting", "Watford") is where someone is: it has no desk of its own.
  return match !== undefined && (match.kind === 'postcode' || match.kind === 'district' || match.placeId !== undefined);
}

/** A counter's words before "in", "at" or "of" a place: "the police station in bow", "the nick at soho" (read as "the police at soho"). */
const COUNTER_OF_A_PLACE = /\b(?:police station|police|station|nick|front counter|front desk|police desk|cop shop) (?:in|at|of) (?:the )?$/;

/** Whether the place named is asked of as the counter there (a found place, not a station or a borough), in words before its name. */
function counterThere(m: PlaceMention, text: string): boolean {
  const match = found(m);
  if (!match || match.kind === 'station' || match.kind === 'borough' || match.stationId) return false;
  const at = text.indexOf(m.text);
  return at > 0 && COUNTER_OF_A_PLACE.test(text.slice(Math.max(0, at - 40), at));
}

/** One counter referred to as "that one", "it" or "there", none named: "is that one open on sunday", "where is it". */
const ONE_COUNTER_REFERRED_TO = /\b(?:that one|this one|that station|this station|that place|that counter|this counter|that 1)\b/;

/**
 * "that one?", "is it open on sunday" right after a list of counters (two or more named, none yet picked): which
 * one is not known, so the listed counters are offered to choose from (not the counter discussed before the list, nor
 * "which police station?" with names never listed).
 */
function oneOfTheListedUnsaid(text: string, ctx: ConversationContext): PlaceMention | null {
  const named = ctx.namedCounters ?? [];
  // A borough's counters or closures listed are a list too ("how many stations did hackney have in 2017", "which stations
  // closed in lambeth"); a long list (the 36 closures of 2017) is still asked which of those, never of names not listed.
  const listShown = ctx.lastList !== undefined || ctx.lastIntent === 'borough-desks';
  if (!listShown || named.length < 2 || !(ONE_COUNTER_REFERRED_TO.test(text) || itAfterAListOfTheNetwork(text, ctx, named))) return null;
  const candidates = named.flatMap((m) => (m.result.status === 'found' ? [m.result.match] : []));
  return candidates.length >= 2 ? { text: 'that one', result: { status: 'ambiguous', candidates }, fromContext: true } : null;
}

/** "it" said as the counter: "why did it move", "is it still open", "when did it shut". */
const IT_AS_THE_COUNTER = /\b(?:it|its|it's|itt)\b/;

/**
 * "why did it move" just after a list across London (the counters that moved, the closures of 2021), none of them picked:
 * "it" is one of those listed, not the counter discussed before the list (which is not among them) nor one never listed.
 * After a borough's list, "it" may be the borough's counter ("is it still open": the one open now), so that is left alone.
 */
function itAfterAListOfTheNetwork(text: string, ctx: ConversationContext, named: PlaceMention[]): boolean {
  if (ctx.lastIntent !== 'closures-list' || ctx.lastList === undefined || !IT_AS_THE_COUNTER.test(text)) return false;
  const before = ctx.lastPlace?.result.status === 'found' ? ctx.lastPlace.result.match.stationId : undefined;
  return before === undefined || !named.some((m) => m.result.status === 'found' && m.result.match.stationId === before);
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

/** What comes before the station's name in "report it at Lewisham": a lookbehind, tried where the name occurs (no pattern made per call). */
const GOES_IN_AT = new RegExp(`(?<=\\b(?:${GO_IN_PERSON_AT})\\b[a-z ]{0,40}\\b(?:at|to|in) (?:the )?)`, 'y');

/** "report it at Lewisham": the station named is where the resident will go. */
function reportsAt(text: string, station: PlaceMention): boolean {
  const name = station.text.toLowerCase().replace(/[^a-z0-9 ]/g, '');
  return name !== '' && goesInAt(text, name);
}

/** `\b(?:<go>)\b[a-z ]{0,40}\b(?:at|to|in) (?:the )?<name>\b`, read where the name occurs: no pattern made per message. */
export function goesInAt(text: string, name: string): boolean {
  return atSomeOccurrence(text, name, (at) => followedBy(GOES_IN_AT, text, at) && wordBoundaryAt(text, at + name.length));
}

/** Where the resident comes from is not where they are: "visiting from Cardiff", "moved from Manchester". */
function setAsideHomeTown(p: Phrases): void {
  for (const m of p.all(FROM_ELSEWHERE)) {
    let last = m.last;
    for (let i = m.last + 1; i < p.words.length && i <= m.last + 3 && !p.isUsed(i) && !NOT_PLACE_WORDS.has(p.words[i]); i++) last = i;
    p.use({ groups: [], first: m.first, last });
  }
}

/** Up to this many words after "my name is" are the name ("John Smith"). */
const MOST_NAME_WORDS = 2;

/** A name introduced ("my name is Victoria", "I'm Paddy, ...") is a person, not a place: its words are set aside before the place search. */
function setAsideNames(p: Phrases, original: string): void {
  const nameWord = (i: number) => i < p.words.length && !p.isUsed(i) && !NOT_PLACE_WORDS.has(p.words[i]) && /^[a-z]+$/.test(p.words[i]);
  for (const m of p.all(NAME_INTRODUCED)) {
    let last = m.last;
    while (last - m.last < MOST_NAME_WORDS && nameWord(last + 1)) last++;
    if (last > m.last) p.use({ groups: [], first: m.last + 1, last });
  }
  if (!/\b(?:i|im|i'm|i\u2019m)\b/i.test(original)) return;
  for (const said of original.matchAll(NAME_BEFORE_A_BREAK)) {
    const name = said[1].toLowerCase();
    for (let i = 1; i < p.words.length; i++) {
      const afterIm = p.words[i - 1] === 'im' || (p.words[i - 1] === 'am' && p.words[i - 2] === 'i');
      if (afterIm && p.words[i] === name && nameWord(i)) p.use({ groups: [], first: i, last: i });
    }
  }
}

/** Said of now: "still", "now", "these days". */
const ASKS_OF_NOW = /\b(?:still|now|currently|today|nowadays|these days|at the moment|any ?more)\b/;
const CLAUSE_BREAKS = /[.,;!?\n]+/;
/** A clause that asks rather than tells: "was it open in 2019", "did walthamstow have a desk". */
const ASKING_CLAUSE = /^(?:is|was|were|did|does|do|what|whats|when|which|how|has|have|had|can|could|will|would|where|who|why|and|but)\b/;
const A_YEAR = /\b(?:19|20)\d\d\b/;

/**
 * The words whose dates say when a question is asked of: the whole message, unless a story told first ("back in 2020
 * my shed was broken into, is barkingside still open?") ends in a question asked of now, with no year of its own.
 */
function datedText(message: Message): string {
  const untold = questionAfterAStory(message);
  if (untold !== undefined) return untold;
  if (!A_YEAR.test(message.text) || !ASKS_OF_NOW.test(message.text)) return message.text;
  const clauses = message.original.split(CLAUSE_BREAKS).map((c) => readMessage(c).text).filter((c) => c !== '');
  const last = clauses.pop();
  if (last === undefined || clauses.length === 0 || clauses.some((c) => ASKING_CLAUSE.test(c))) return message.text;
  return ASKS_OF_NOW.test(last) && !A_YEAR.test(last) ? last : message.text;
}

/** A clause asking yes or no begins with its verb: "is it still open", "has walworth shut", "will ilford close". */
const ASKS_YES_OR_NO = /^(?:is|isnt|are|arent|has|hasnt|have|havent|will|wont|does|doesnt|do|dont|did|didnt|can|cant|was|wasnt)$/;
/** A clause that tells what was heard or seen before the question: "heard", "my mate said", "it seems", "apparently". */
const HEARD_OR_SEEN =
  /\b(?:heard|hear|hearing|said|says|saying|say|told|tells|reckon|reckons|seems|seemed|apparently|rumou?rs?|read|saw|seen|think|thought|claims?|claimed|posted|news|supposedly|allegedly)\b/;
/** The state of a counter named in a clause: open, closed, closing, gone. */
const A_STATE = /\b(?:open|opened|closed|closing|close|closes|shut|shutting|shuts|gone|going|running|there|about|around|operating|working|staying|kept|axed|left|standing)\b/;
/** "was told it shut": a clause that tells, though it begins as a question would. */
const TOLD_TO_ME = /^(?:was|were) (?:told|informed|advised)\b/;
/** The words that say a place lies between two others. */
const HALFWAY_WORDS = new Set(['between', 'halfway', 'half', 'way', 'midway', 'inbetween']);

/** Clauses as typed: punctuation, or a dash between words. */
const CLAUSES = /[.,;!?\n]+|\s[-–—]\s/;

/** The clause that asks, after one that tells, opens with a verb asking yes or no ("is it still open"). */
function asksYesOrNoInAClause(clause: string, text: string): boolean {
  return clause !== text && YES_NO_VERB.test(clause) && !QUESTION_WORD.test(clause);
}

/** See `Reading.askingClause`. */
function askingClause(message: Message): string {
  const clauses = message.original.split(CLAUSES).map((c) => readMessage(c).text).filter((c) => c !== '');
  let asked: string | undefined;
  if (clauses.length >= 2) {
    const first = clauses.findIndex((c) => ASKS_YES_OR_NO.test(c.split(' ')[0]) && !TOLD_TO_ME.test(c));
    if (first > 0) asked = clauses.slice(first).join(' ');
  } else if (HEARD_OR_SEEN.test(message.text)) {
    // Told without punctuation: "heard a rumour walworth was closing is it still open", the question from the last verb that asks.
    const words = message.words;
    const heard = words.findIndex((w) => HEARD_OR_SEEN.test(w));
    let verb = words.length - 1;
    while (verb > heard + 1 && !ASKS_YES_OR_NO.test(words[verb])) verb--;
    if (heard >= 0 && verb > heard + 1) asked = words.slice(verb).join(' ');
  }
  return asked !== undefined && A_STATE.test(asked) ? asked : message.text;
}

/** A time gone by, in a story: "last year", "in 2019", "two years ago", "last month", "back in". */
const STORY_TIME = /\b(?:(?:19|20)\d\d|last (?:year|month|week|summer|winter|spring|autumn|christmas)|(?:a|one|two|three|four|five|six|\d{1,2}) (?:years?|months?|weeks?) ago|back in|the year before last)\b/;
/** A verb telling what happened: "was arrested", "got mugged", "had my bike stolen", "we reported". */
const TOLD_AS_DONE = /^(?:was|were|got|had|did|went|lost|took|came|left|saw|broke|stole|stolen|\w{3,}ed)$/;
/** Words that begin a question asked of now, in the present tense: "is brixton open", "does ilford still open sundays". */
const ASKS_OF_THE_PRESENT = new Set(['is', 'are', 'isnt', 'arent', 'does', 'do', 'will', 'can', 'whats', 'where', 'wheres', 'which', 'how', 'hows', 'what', 'when']);
/** Fewest words a story takes before its question ("i was mugged in 2019"). */
const STORY_WORDS = 4;

/**
 * A story told first with no punctuation before the question ("my son was arrested last year is brixton open"): the
 * question's words, from the first word that asks in the present tense after a story in the past with its own time
 * (a verb done and "last year", a year...), when the question has no time gone by of its own. Undefined otherwise.
 */
function questionAfterAStory(message: Message): string | undefined {
  const words = message.words;
  if (words.length < STORY_WORDS + 2 || ASKING_CLAUSE.test(words[0]) || !STORY_TIME.test(message.text)) return undefined;
  // The typo corrector keeps a keyword's past form ("reported"), so a verb done is read in the words themselves.
  for (let i = STORY_WORDS; i < words.length - 1; i++) {
    if (!ASKS_OF_THE_PRESENT.has(words[i])) continue;
    const story = words.slice(0, i);
    const question = words.slice(i).join(' ');
    if (!story.some((w) => TOLD_AS_DONE.test(w)) || !STORY_TIME.test(story.join(' '))) continue;
    return STORY_TIME.test(question) || /\b(?:was|were|did|had|used)\b/.test(question) ? undefined : question;
  }
  return undefined;
}

/** "ilford*", "*walworth": a place typed with an asterisk, as a resident corrects the message before: a correction. */
const CORRECTED_WITH_AN_ASTERISK = /^\s*\*\s*[^*\s][^*]*$|^[^*]*[^*\s]\s*\*\s*$/;
