/** Optional online postcode lookup, used at the edge (dialog and composition root) only. */
export type { LocatedPostcode, PostcodeLocator } from './postcodeLocator';
export { PostcodesIoClient, DEFAULT_LOOKUP_TIMEOUT_MS, DEFAULT_CACHE_SIZE, DEFAULT_CACHE_TTL_MS, type PostcodesIoClientOptions } from './postcodesIoClient';
export { refinePlace, refineQuestion, isRefinablePostcode, type RefinedPlace } from './refinePlace';
