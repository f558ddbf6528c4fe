/**
 * Between understanding and answering: when the resident gave a whole unit
 * postcode ("IG8 0SB"), understanding placed it at its sector's centroid
 * (offline data). With a postcode lookup configured, swap in the postcode's
 * own point so distances are measured from the postcode itself. Anything else
 * (sectors, districts, stations, places) and any failed lookup is left as
 * understanding gave it.
 */
import { isValid } from 'postcode';
import type { Question, PlaceMention } from '../understanding/question';
import type { PostcodeLocator } from './postcodeLocator';

export interface RefinedPlace {
  mention: PlaceMention;
  /** `postcode-lookup`: the point is the postcode's own; `offline`: the mention is unchanged. */
  basis: 'postcode-lookup' | 'offline';
  /** Plain words on where the point came from, e.g. "location of postcode IG8 0SB from api.postcodes.io". */
  note: string;
}

/** A whole unit postcode still placed at a centroid: the only kind of mention a lookup can improve. */
export function isRefinablePostcode(mention: PlaceMention): boolean {
  const r = mention.result;
  return r.status === 'found' && r.match.kind === 'postcode' && r.match.approximate && r.match.postcode !== undefined && isValid(r.match.postcode);
}

/** The mention with the postcode's own point (`approximate: false`, label unchanged), or the mention as it was. Never rejects. */
export async function refinePlace(mention: PlaceMention, locator: PostcodeLocator): Promise<RefinedPlace> {
  const offline: RefinedPlace = { mention, basis: 'offline', note: 'offline data (postcode centroids from OS Code-Point Open)' };
  if (mention.result.status !== 'found' || !isRefinablePostcode(mention)) return offline;
  const match = mention.result.match;
  let located;
  try {
    located = await locator.locate(match.postcode as string);
  } catch (_error) {
    return offline;
  }
  if (!located) return offline;
  return {
    mention: { ...mention, result: { ...mention.result, match: { ...match, point: { ...located.point }, approximate: false } } },
    basis: 'postcode-lookup',
    note: `location of postcode ${located.postcode} from ${located.source}`,
  };
}

/** The question with its place refined, or the same question when there is nothing to refine or no locator. */
export async function refineQuestion(question: Question, locator: PostcodeLocator | undefined): Promise<Question> {
  if (!locator || !('place' in question) || !question.place || !isRefinablePostcode(question.place)) return question;
  const refined = await refinePlace(question.place, locator);
  return refined.basis === 'offline' ? question : ({ ...question, place: refined.mention } as Question);
}
