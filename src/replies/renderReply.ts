/**
 * Answer -> Reply: picks the renderer for the answer's kind, which says what
 * the answer means (`sections.ts`), and composes it for the channel
 * (`compose.ts`). Renders only: every fact comes from the answer, nothing is
 * looked up and no clock is read.
 */
import type { Answer, LeadsWith999 } from '../answers/answer';
import { composeReply, renderContext } from './compose';
import { answerInstant, formatDate, londonDateTime } from './format/dates';
import { distanceText } from './format/distance';
import { instantText } from './format/moment';
import { bold } from './format/text';
import { renderCannotDo } from './kinds/cannotDo';
import { renderComparison } from './kinds/comparison';
import { renderContact } from './kinds/contact';
import {
  renderAskLocation,
  renderAskStation,
  renderChoosePlace,
  renderClock,
  renderNonEnglish,
  renderOutOfScope,
  renderOutsideLondon,
  renderPlaceNotFound,
  renderPostcodeUnknown,
  renderSmallTalk,
} from './kinds/conversation';
import { renderBoroughDesks, renderClosingList, renderClosures, renderList24x7, renderOpenList, renderCountsCompared, renderKept, renderMoved, renderFirstClosure } from './kinds/lists';
import { renderMore } from './kinds/more';
import { renderNearerOf } from './kinds/nearerOf';
import { renderNearest } from './kinds/nearest';
import { renderOutsideMet } from './kinds/outsideMet';
import { renderPlaceOnly } from './kinds/placeOnly';
import { placeAskedNowFirst } from './parts/placeAskedNow';
import { renderPlans } from './kinds/plans';
import { renderReopenings, renderSaved } from './kinds/reopenings';
import { renderStationHours } from './kinds/stationHours';
import { renderNoLocation, renderStationAddress, renderStationHistory } from './kinds/stationInfo';
import { bothSections } from './kinds/both';
import { renderService } from './kinds/service';
import { renderStationPast } from './kinds/stationPast';
import { renderStationStatus } from './kinds/stationStatus';
import type { RenderContext, Reply, ReplyOptions } from './reply';
import type { AnswerSections } from './sections';
import type { WhenAsked } from '../understanding/question';

/** "The nearest open front counter to E17 4PP is Tottenham Police Station, about 4.1 km away." leads answers about a place's nearest desk. */
function withNearestTo(answer: Answer, sections: AnswerSections): AnswerSections {
  if (!('nearestTo' in answer) || !answer.nearestTo || !('status' in answer)) return sections;
  const { from } = answer.nearestTo;
  const lead = `The nearest open front counter to ${from.label} is ${bold(answer.status.station.name)}, ${distanceText(answer.nearestTo)} away.`;
  // Spoken as shown: the new first sentence and the next line (the answer's own speech began with what now comes second).
  const { speak: _theAnswersOwn, ...shown } = sections;
  return { ...shown, headline: lead, keyLines: [sections.headline, ...(sections.keyLines ?? [])] };
}

/** "Is Marylebone police station open?": no counter by that name in the data, said before the nearest one. */
function withNoCounterCalled(answer: Answer, sections: AnswerSections): AnswerSections {
  if (!('noCounterCalled' in answer) || !answer.noCounterCalled) return sections;
  const lead = `My sources have no police front counter called ${answer.noCounterCalled}.`;
  // "new barnet police station": the closed counter the place's name holds, said next, so it is not taken for open.
  const namesake = 'closedNamesake' in answer ? answer.closedNamesake : undefined;
  const closed = namesake
    ? `${bold(namesake.name)}, ${distanceText(namesake)} from ${answer.noCounterCalled}, is closed${namesake.closedOn ? ` (since ${formatDate(namesake.closedOn)})` : ''}.`
    : '';
  const headline = closed ? `${lead} ${closed}\n${sections.headline}` : `${lead} ${sections.headline}`;
  return { ...sections, headline, speak: sections.speak ? `${lead} ${closed ? `${closed} ` : ''}${sections.speak}` : sections.speak };
}

/** "Is there a police station in canary wharf?": no counter in the place itself (or its namesake closed), said before the nearest. */
function withPlaceAskedNow(answer: Answer, sections: AnswerSections): AnswerSections {
  if (answer.kind !== 'nearest' || !answer.placeAskedNow) return sections;
  const first = placeAskedNowFirst(answer.placeAskedNow, answer.from.borough ?? undefined);
  return first ? { ...sections, headline: `${first}${sections.headline}`, ...(sections.speak ? { speak: `${first.replaceAll('**', '')}${sections.speak}` } : {}) } : sections;
}

/** "Yes, Stoke Newington Police Station is open now" asked of Hackney: the next line says why that desk. */
function withOnlyCounterIn(answer: Answer, sections: AnswerSections): AnswerSections {
  if (!('onlyCounterIn' in answer) || !answer.onlyCounterIn) return sections;
  return { ...sections, keyLines: [`It is the only front counter open in ${answer.onlyCounterIn}.`, ...(sections.keyLines ?? [])] };
}

/** The moment an answer is about, when the question named one. */
function momentOf(answer: Answer): WhenAsked | undefined {
  if (answer.kind === 'station-hours') return answer.when;
  if (answer.kind === 'nearest') return answer.moment?.when;
  if (answer.kind === 'comparison') return answer.answers.find((a) => a.kind === 'station-hours')?.when;
  return undefined;
}

/** A time worked out from loose words ("half 9", "after work") is said back after the headline, so the resident can correct it. */
function withTimeSaid(answer: Answer, sections: AnswerSections): AnswerSections {
  const when = momentOf(answer);
  if (when?.kind !== 'instant' || !when.said || !('at' in answer)) return sections;
  const meant = instantText(londonDateTime(when.iso), answerInstant(answer.at, answer.asOf), when.before).replace(/^at /, '');
  return { ...sections, headline: `${sections.headline} (I took "${when.said}" to mean ${meant}.)` };
}

/** A question back that a fear told came with: the 999 line first (`LeadsWith999`). */
function ledBy999(answer: LeadsWith999, asking: AnswerSections, context: RenderContext): AnswerSections {
  return answer.leadsWith ? bothSections(sectionsFor(answer.leadsWith, context), asking) : asking;
}

/** Two headlines that say the same, a leading "Yes, " or "No, " aside: the second adds nothing. */
function sameSaying(first: string, second: string): boolean {
  const said = (h: string) => h.replace(/^(?:Yes|No), /, '').trim().toLowerCase();
  return said(first) === said(second) || said(first).startsWith(said(second));
}

export function sectionsFor(answer: Answer, context: RenderContext): AnswerSections {
  return withTimeSaid(answer, withNoCounterCalled(answer, withOnlyCounterIn(answer, withPlaceAskedNow(answer, withNearestTo(answer, sectionsForKind(answer, context))))));
}

function sectionsForKind(answer: Answer, context: RenderContext): AnswerSections {
  switch (answer.kind) {
    case 'both': {
      const [first, second] = answer.answers.map((a) => sectionsFor(a, context));
      // "is walworth open tmrw and what time does it shut": the second answer says again what the first said (its yes or
      // no aside), so the first alone answers both, once.
      if (sameSaying(first.headline, second.headline)) return first;
      // A contact answer's offer to find the nearest counter is moot beside an answer about a place.
      const aboutAPlace = answer.answers.some((a) => 'from' in a || 'status' in a);
      const [a, b] = answer.answers.map((a, i) => (a.kind === 'contact' && aboutAPlace ? { ...[first, second][i], details: [] } : [first, second][i]));
      return bothSections(a, b);
    }
    case 'station-status':
      return renderStationStatus(answer);
    case 'station-hours':
      return renderStationHours(answer);
    case 'station-address':
      return renderStationAddress(answer);
    case 'station-history':
      return renderStationHistory(answer);
    case 'station-past':
      return renderStationPast(answer);
    case 'no-location-for-station':
      return renderNoLocation(answer);
    case 'nearest':
      return renderNearest(answer);
    case 'borough-desks':
      return renderBoroughDesks(answer);
    case 'comparison':
      return renderComparison(answer);
    case 'list-24x7':
      return renderList24x7(answer);
    case 'open-list':
      return renderOpenList(answer);
    case 'counts-compared':
      return renderCountsCompared(answer);
    case 'closing-list':
      return renderClosingList(answer);
    case 'nearer-of':
      return renderNearerOf(answer);
    case 'closures-list':
      return renderClosures(answer);
    case 'reopenings':
      return renderReopenings(answer);
    case 'saved-list':
      return renderSaved(answer);
    case 'kept-list':
      return renderKept(answer);
    case 'moved-list':
      return renderMoved(answer);
    case 'first-closure':
      return renderFirstClosure(answer);
    case 'plans':
      return renderPlans(answer);
    case 'contact':
      return renderContact(answer);
    case 'service':
      return renderService(answer, context);
    case 'cannot-do':
      return renderCannotDo(answer);
    case 'place-only':
      return renderPlaceOnly(answer);
    case 'more':
      return renderMore(answer, context);
    case 'ask-location':
      return ledBy999(answer, renderAskLocation(answer), context);
    case 'ask-station':
      return ledBy999(answer, renderAskStation(answer), context);
    case 'choose-place':
      return ledBy999(answer, renderChoosePlace(answer), context);
    case 'postcode-outside-london':
    case 'town-outside-london':
      return renderOutsideLondon(answer);
    case 'outside-met':
      return renderOutsideMet(answer);
    case 'postcode-unknown':
      return renderPostcodeUnknown(answer);
    case 'place-not-found':
      return renderPlaceNotFound(answer);
    case 'welcome':
    case 'greeting':
    case 'identity':
    case 'help':
    case 'thanks':
    case 'acknowledged':
    case 'goodbye':
    case 'cancelled':
    case 'forgotten':
      return renderSmallTalk(answer, context);
    case 'clock':
      return renderClock(answer);
    case 'non-english':
      return renderNonEnglish(answer);
    case 'out-of-scope':
      return renderOutOfScope(answer);
  }
}

export function renderReply(answer: Answer, options: ReplyOptions): Reply {
  const context = renderContext(options);
  return composeReply(sectionsFor(answer, context), context);
}
