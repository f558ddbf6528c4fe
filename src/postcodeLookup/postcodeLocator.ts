/**
 * The seam for an optional, online postcode lookup: a whole unit postcode in,
 * its own location out. Injected into the dialog by the composition root, so
 * the bot works without it and tests pass a fake or a local stand-in.
 */
import type { LatLon } from '../stations/model';

/** Where a unit postcode itself is, according to a lookup service. */
export interface LocatedPostcode {
  /** Normalised, as the service spelled it: "IG8 0SB". */
  postcode: string;
  point: LatLon;
  /** Who said so, for the basis note: "api.postcodes.io". */
  source: string;
}

export interface PostcodeLocator {
  /**
   * The postcode's own location, or `null` when the service could not say
   * (down, slow, unknown postcode, an implausible answer). Never rejects.
   */
  locate(postcode: string): Promise<LocatedPostcode | null>;
}
