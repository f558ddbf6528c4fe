/**
 * Answer -> Reply: picks the renderer for the answer's kind and applies the
 * channel's rules. Renders only: every fact comes from the answer, nothing
 * is looked up and no clock is read.
 */
import type { Answer } from '../answers/answer';
import { finishReply, renderContext } from './finish';
import { distanceText } from './format/distance';
import { renderComparison } from './kinds/comparison';
import { renderContact } from './kinds/contact';
import {
  renderAskLocation,
  renderAskStation,
  renderChoosePlace,
  renderNonEnglish,
  renderOutOfScope,
  renderOutsideLondon,
  renderPlaceNotFound,
  renderPostcodeUnknown,
  renderSmallTalk,
} from './kinds/conversation';
import { renderBoroughDesks, renderClosures, renderList24x7 } from './kinds/lists';
import { renderNearest } from './kinds/nearest';
import { renderOutsideMet } from './kinds/outsideMet';
import { renderPlaceOnly } from './kinds/placeOnly';
import { renderPlans } from './kinds/plans';
import { renderStationHours } from './kinds/stationHours';
import { renderNoLocation, renderStationAddress, renderStationHistory } from './kinds/stationInfo';
import { renderStationStatus } from './kinds/stationStatus';
import type { RenderContext, Reply, ReplyDraft, ReplyOptions } from './reply';

/** "The nearest open front counter to E17 4PP is Tottenham Police Station, about 4.1 km away." leads answers about a place's nearest desk. */
function withNearestTo(answer: Answer, draft: ReplyDraft, context: RenderContext): ReplyDraft {
  if (!('nearestTo' in answer) || !answer.nearestTo || !('status' in answer)) return draft;
  const { from } = answer.nearestTo;
  const name = context.markdown ? `**${answer.status.station.name}**` : answer.status.station.name;
  const lead = `The nearest open front counter to ${from.label} is ${name}, ${distanceText(answer.nearestTo)} away.`;
  return { ...draft, paragraphs: [lead, ...draft.paragraphs] };
}

function draftFor(answer: Answer, context: RenderContext): ReplyDraft {
  return withNearestTo(answer, draftForKind(answer, context), context);
}

function draftForKind(answer: Answer, context: RenderContext): ReplyDraft {
  switch (answer.kind) {
    case 'station-status':
      return renderStationStatus(answer, context);
    case 'station-hours':
      return renderStationHours(answer, context);
    case 'station-address':
      return renderStationAddress(answer, context);
    case 'station-history':
      return renderStationHistory(answer, context);
    case 'no-location-for-station':
      return renderNoLocation(answer, context);
    case 'nearest':
      return renderNearest(answer, context);
    case 'borough-desks':
      return renderBoroughDesks(answer, context);
    case 'comparison':
      return renderComparison(answer, context);
    case 'list-24x7':
      return renderList24x7(answer, context);
    case 'closures-list':
      return renderClosures(answer, context);
    case 'plans':
      return renderPlans(answer, context);
    case 'contact':
      return renderContact(answer, context);
    case 'place-only':
      return renderPlaceOnly(answer, context);
    case 'ask-location':
      return renderAskLocation(answer);
    case 'ask-station':
      return renderAskStation(answer);
    case 'choose-place':
      return renderChoosePlace(answer, context);
    case 'postcode-outside-london':
      return renderOutsideLondon(answer);
    case 'outside-met':
      return renderOutsideMet(answer, context);
    case 'postcode-unknown':
      return renderPostcodeUnknown(answer);
    case 'place-not-found':
      return renderPlaceNotFound(answer);
    case 'welcome':
    case 'greeting':
    case 'identity':
    case 'help':
    case 'thanks':
    case 'goodbye':
    case 'cancelled':
    case 'forgotten':
      return renderSmallTalk(answer, context);
    case 'non-english':
      return renderNonEnglish(answer);
    case 'out-of-scope':
      return renderOutOfScope(answer);
  }
}

export function renderReply(answer: Answer, options: ReplyOptions): Reply {
  const context = renderContext(options);
  return finishReply(draftFor(answer, context), context);
}
