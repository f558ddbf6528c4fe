/** Understanding: a resident's message (and the conversation so far) in, a typed `Question` out. */
export { understand, explainUnderstanding, type Explanation, type RuleName } from './understand';
export { nextContext, isPlaceQuestion } from './context';
export type { PlaceFinder, FoundPlace } from './placeFinder';
export type * from './question';
