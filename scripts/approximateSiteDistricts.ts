/**
 * Sites in `stations.csv` with no postcode, mapped to the postcode district of
 * the place named in their address, so that "nearest desk to Woodford" has a
 * point to start from. These points are marked `approximate` everywhere and are
 * never shown as the site's address. Each entry names the place it was read
 * from; the district centroid itself comes from OS Code-Point Open.
 */
export const APPROXIMATE_SITE_DISTRICTS: Record<string, { place: string; district: string }> = {
  'marlowe-house-sidcup': { place: 'Sidcup', district: 'DA14' },
  'west-wickham': { place: 'West Wickham', district: 'BR4' },
  'copperfield-house': { place: 'Penge', district: 'SE20' },
  'shepherds-bush': { place: "Shepherd's Bush", district: 'W12' },
  'new-malden': { place: 'New Malden', district: 'KT3' },
  streatham: { place: 'Streatham', district: 'SW16' },
  'sovereign-gate': { place: 'Richmond', district: 'TW9' },
  'worcester-park': { place: 'Worcester Park', district: 'KT4' },
  'brick-lane': { place: 'Brick Lane, Spitalfields', district: 'E1' },
  'walthamstow-town-centre': { place: 'Walthamstow', district: 'E17' },
  woodford: { place: 'Woodford Green', district: 'IG8' },
  northwood: { place: 'Northwood', district: 'HA6' },
  'royalty-studios': { place: 'Lancaster Road, North Kensington', district: 'W11' },
  wanstead: { place: 'Wanstead', district: 'E11' },
  leyton: { place: 'Leyton', district: 'E10' },
  leytonstone: { place: 'Leytonstone', district: 'E11' },
  'walthamstow-police-station': { place: 'Walthamstow', district: 'E17' },
  'barking-police-station': { place: 'Barking town centre', district: 'IG11' },
  'sidcup-main-road': { place: 'Sidcup', district: 'DA14' },
};
