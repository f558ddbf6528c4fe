/**
 * Answer first: a yes/no question ("is Acton still open?", "is Hayes closed on
 * Sundays?") gets "Yes" or "No" as its first word, in the question's own terms,
 * then the statement that says why. What was asked comes from understanding
 * (`YesNoAsked`); any other question gets the statement alone.
 */
import type { YesNoAsked } from '../../understanding/question';
import { lowerFirst } from '../format/text';

/** The statement after "Yes, " or "No, ": `The front counter ...` -> `the front counter ...`. */
export function continuing(statement: string): string {
  return /^(The|At|Before|As|It|This|On|Its)\b/.test(statement) ? statement.charAt(0).toLowerCase() + statement.slice(1) : lowerFirst(statement);
}

/** `Yes, <statement>` when what was asked is so, `No, <statement>` when not; the statement alone when nothing was asked yes or no. */
export function answered(isSo: boolean | null, statement: string): string {
  return isSo === null ? statement : `${isSo ? 'Yes' : 'No'}, ${continuing(statement)}`;
}

/** Whether an "open?" or "closed?" question is answered yes, given whether the counter is open then; null for other questions. */
export function openAskedIsSo(asked: YesNoAsked | null | undefined, open: boolean): boolean | null {
  if (asked === 'open') return open;
  if (asked === 'closed') return !open;
  return null;
}
