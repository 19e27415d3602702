/**
 * Bodies of the United Nations system whose names and usual acronyms do not begin with "UN", so
 * that "the UN agency" or "the U.N. health agency" can mean them: the specialized agencies, related
 * organisations and the funds and offices news calls UN agencies. Names and acronyms from the
 * United Nations System chart (un.org, "The United Nations System", 2023 edition); a body whose
 * name or acronym opens with "United Nations" or "UN" needs no entry (its initials tell).
 */
const UN_SYSTEM_BODIES = new Set(
  [
    'world health organization', 'world health organisation', 'who',
    'world food programme', 'world food program', 'wfp',
    'food and agriculture organization', 'food and agriculture organisation', 'fao',
    'international atomic energy agency', 'iaea',
    'international labour organization', 'international labor organization', 'international labour organisation', 'ilo',
    'international organization for migration', 'iom',
    'world meteorological organization', 'wmo',
    'international civil aviation organization', 'icao',
    'international maritime organization', 'imo',
    'international telecommunication union', 'itu',
    'universal postal union', 'upu',
    'world intellectual property organization', 'wipo',
    'international fund for agricultural development', 'ifad',
    'office for the coordination of humanitarian affairs', 'ocha',
  ],
);

/** Whether a body's name or alias (any case, full stops ignored) is one of the UN system's named above. */
export function unSystemBody(name: string): boolean {
  return UN_SYSTEM_BODIES.has(name.replace(/\./g, '').toLowerCase());
}
