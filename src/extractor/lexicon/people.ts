/**
 * Nouns for people and bodies of people, the heads of source phrases that name no one: "health
 * officials", "residents of Elm Row", "several nurses at the clinic", "a banker briefed on the
 * talks", "local fishermen", "the staff". Singular forms are listed; plurals are made by the usual
 * English rules (and -man -> -men), so each noun is written once.
 */

/**
 * Players by position ("said goaltender Stuart Skinner"; not "forward", "centre" or "guard",
 * which are other words too): people nouns, and the roles a team's name comes before ("Oilers
 * goaltender …", see ../runContext).
 */
/** Kinship nouns: "her daughter, Grace Okafor-Bell" gives Grace the role a later "her daughter said" finds. */
export const KIN_NOUNS = new Set(['mother', 'father', 'son', 'daughter', 'husband', 'wife', 'brother', 'sister', 'grandmother', 'grandfather', 'grandson', 'granddaughter', 'aunt', 'uncle', 'niece', 'nephew', 'cousin', 'widow', 'widower', 'stepson', 'stepdaughter', 'stepmother', 'stepfather', 'fiancé', 'fiancée', 'neighbor', 'neighbour', 'brother-in-law', 'sister-in-law', 'mother-in-law', 'father-in-law', 'son-in-law', 'daughter-in-law']);

/**
 * Nouns of a person's peers that, like a kin noun, introduce someone by the given name alone ("her
 * co-worker Lourdes, 49,", "his friend, Carmen,"): a person of the article, whom a later "she" may
 * mean; unlike kin, no surname of the one whose peer it is.
 */
export const PEER_NOUNS = new Set(['co-worker', 'coworker', 'colleague', 'friend', 'classmate', 'roommate', 'housemate', 'boyfriend', 'girlfriend', 'neighbour', 'neighbor', 'landlord', 'landlady', 'tenant', 'partner', 'teammate']);

/**
 * Nouns of those who serve one person, that like a peer's introduce someone by the given name
 * alone ("her lawyer Frank said", "his coach, Mike,"): no surname of the one they serve either.
 */
export const SERVING_NOUNS = new Set(['lawyer', 'attorney', 'agent', 'coach', 'trainer', 'doctor', 'physician', 'therapist', 'nurse', 'caregiver', 'manager', 'publicist', 'assistant', 'interpreter', 'translator', 'tutor', 'teacher', 'pastor']);

/** Whether `lower` is a peer's or a server's noun (PEER_NOUNS, SERVING_NOUNS). */
export const peerOrServing = (lower: string): boolean => PEER_NOUNS.has(lower) || SERVING_NOUNS.has(lower);

/** Nouns for one person of a nation that are no adjective ("Briton", not "British"): a role before a name ("Briton Lando Norris"). */
export const NATIONAL_NOUNS = new Set(['briton', 'englishman', 'englishwoman', 'scot', 'scotsman', 'scotswoman', 'welshman', 'welshwoman', 'irishman', 'irishwoman', 'frenchman', 'frenchwoman', 'dutchman', 'dutchwoman', 'spaniard', 'swede', 'dane', 'finn', 'pole', 'turk', 'kiwi', 'aussie', 'argentine', 'filipino', 'filipina', 'icelander', 'luxembourger', 'monegasque']);
export const PLAYER_POSITIONS = ['goaltender', 'goalie', 'netminder', 'defenceman', 'defenseman', 'winger', 'quarterback', 'pitcher', 'shortstop', 'midfielder', 'linebacker', 'outfielder', 'infielder', 'receiver', 'cornerback', 'lineman', 'kicker', 'goalkeeper', 'centreman', 'centerfielder', 'slugger', 'batter', 'bowler', 'batsman',
  // football's, rugby's and cricket's, as British, Irish and Australian papers name players ("the defender told local radio")
  'defender', 'attacker', 'centre-back', 'center-back', 'full-back', 'fullback', 'wing-back', 'playmaker', 'fly-half', 'scrum-half', 'flanker', 'wicketkeeper', 'wicket-keeper', 'all-rounder', 'spinner', 'paceman', 'seamer',
  // a striker, a rugby hooker, a batsman or boxer by hand, and the track's ("the left-hander said", "the sprinter said")
  'striker', 'centre-forward', 'center-forward', 'hooker', 'left-hander', 'right-hander', 'sprinter', 'hurdler'];

/** A person by occupation, office, relation or circumstance. */
const SINGULAR = (
  // ("the Toronto native said": one born there; "Astronaut Jenni Gibbons": the occupation, no part of the name)
  'official|officer|resident|native|astronaut|cosmonaut|neighbour|neighbor|citizen|local|villager|townsperson|inhabitant|homeowner|tenant|' +
  'landlord|nurse|doctor|physician|surgeon|paramedic|medic|pharmacist|dentist|therapist|psychologist|psychiatrist|' +
  'midwife|caregiver|carer|patient|teacher|educator|principal|professor|lecturer|student|pupil|parent|researcher|' +
  'scientist|academic|scholar|expert|specialist|analyst|economist|historian|engineer|architect|planner|technician|' +
  'mechanic|electrician|plumber|builder|contractor|developer|promoter|designer|programmer|fisherman|fisher|farmer|grower|' +
  'rancher|herder|miner|logger|hunter|trapper|worker|employee|labourer|laborer|staffer|volunteer|organiser|' +
  'organizer|activist|advocate|campaigner|protester|protestor|demonstrator|striker|picketer|marcher|canvasser|petitioner|unionist|critic|supporter|' +
  'opponent|observer|witness|eyewitness|bystander|survivor|victim|relative|sibling|spouse|owner|shopkeeper|merchant|trader|' +
  'vendor|retailer|shopper|customer|consumer|client|buyer|seller|investor|banker|broker|accountant|executive|' +
  'manager|director|boss|entrepreneur|businessman|businesswoman|businessperson|lawyer|attorney|solicitor|barrister|notary|reader|listener|viewer|caller|' +
  'judge|prosecutor|investigator|detective|inspector|regulator|auditor|policeman|policewoman|firefighter|soldier|' +
  'guard|sailor|pilot|driver|commuter|passenger|traveller|traveler|tourist|visitor|guest|rider|cyclist|motorist|' +
  'pedestrian|lawmaker|legislator|senator|councillor|councilor|politician|diplomat|minister|aide|adviser|advisor|' +
  'strategist|consultant|spokesman|spokeswoman|spokesperson|representative|delegate|negotiator|mediator|leader|member|voter|' +
  'donor|taxpayer|ratepayer|journalist|reporter|editor|writer|author|photographer|artist|musician|actor|actress|' +
  'performer|athlete|player|coach|fan|spectator|referee|priest|pastor|imam|rabbi|monk|nun|believer|worshipper|' +
  'refugee|migrant|immigrant|asylum-seeker|evacuee|prisoner|inmate|detainee|suspect|defendant|plaintiff|complainant|appellant|claimant|petitioner|juror|applicant|' +
  'candidate|recipient|beneficiary|retiree|pensioner|veteran|youth|teen|teenager|child|kid|baby|adult|man|woman|' +
  'person|individual|elder|mother|father|son|daughter|husband|wife|friend|colleague|partner|ally|rival|insider|' +
  'brother|sister|grandmother|grandfather|grandson|granddaughter|aunt|uncle|niece|nephew|cousin|parent|neighbour|' +
  'neighbor|widow|widower|fiancé|fiancée|girlfriend|boyfriend|stepfather|stepmother|' +
  // people on a social network ("another Twitter user, NAME", "Twitter users said": never the network)
  'user|commenter|blogger|follower|subscriber|tweeter|' +
  'source|participant|attendee|panelist|respondent|commentator|pundit|pollster|environmentalist|conservationist|' +
  'ecologist|biologist|geologist|chemist|physicist|epidemiologist|virologist|statistician|demographer|sociologist|' +
  'meteorologist|forecaster|climatologist|lobbyist|operator|crew-member|stakeholder|shareholder|creditor|lender|insurer|underwriter|' +
  'borrower|landowner|occupant|squatter|rescuer|responder|ranger|warden|steward|clerk|cashier|cleaner|janitor|cook|' +
  'chef|waiter|waitress|baker|butcher|barber|tailor|carpenter|welder|trucker|courier|dockworker|longshoreman|steelworker|autoworker|ironworker|mineworker|nanny|' +
  // the arts' trades and patrons ("Vancouver sculptor Hye-jin Park said", "philanthropist Ann Roe")
  'sculptor|painter|muralist|printmaker|ceramicist|illustrator|animator|dancer|choreographer|conductor|violist|fiddler|luthier|' +
  'glassblower|quilter|storyteller|beadworker|philanthropist|collector|docent|' +
  // small shops' and restaurants' trades and patrons ("Regular Tom Szabo said": one who comes back; not
  // "brewer", "grocer", "roaster", which name companies as often)
  'regular|franchisee|florist|bookseller|dishwasher|busser|manicurist|jeweller|jeweler|innkeeper|caterer|locksmith|cobbler|' +
  'babysitter|librarian|curator|archivist|translator|interpreter|administrator|superintendent|trustee|governor|' +
  'mayor|commissioner|supervisor|coordinator|co-ordinator|director-general|surveyor|graduate|alumnus|intern|apprentice|trainee|' +
  'recruit|cadet|master|foreman|forewoman|captain|skipper|keeper|sergeant|constable|lieutenant|chaplain|headteacher|' +
  'deputy|assistant|secretary|agent|counsel|host|anchor|commander|colonel|chancellor|premier|president|chairman|' +
  'chairwoman|chairperson|founder|co-founder|cofounder|ceo|head|chief|co-author|coauthor|co-chair|' +
  // trades whose plural opens a sentence as a group ("Hauliers said …", "Winemakers say …")
  // (no word that is also a surname: "Brewer", "Porter", "Shepherd")
  'haulier|hauler|winemaker|vintner|publican|hotelier|restaurateur|smallholder|shipowner|crofter|beekeeper|cabbie|' +
  'stallholder|dockhand|fisherwoman|teammate|classmate|schoolmate|roommate|housemate|bandmate|castmate|coworker|co-worker|workmate|golfer|sprinter|skier|swimmer|boxer|wrestler|jockey|batter|batsman|bowler|' +
  'cricketer|footballer|guide|diver|climber|mountaineer|hiker|surfer|rower|paddler|angler|birdwatcher|gardener|' +
  // a competition's: "the seven-time world champion said"; Ireland's police, "according to gardaí"
  'champion|titleholder|winner|runner-up|racer|runner|garda|ombudsman|ombudsperson|ombud|olympian|paralympian|medallist|medalist|seed|' +
  // offices of counties, courts, churches and universities ("the sheriff said", "the coroner's report")
  'sheriff|undersheriff|coroner|pathologist|marshal|trooper|mountie|bailiff|dispatcher|magistrate|bishop|archbishop|rector|provost|' +
  'vice-chancellor|registrar|alderman|alderwoman|councilmember|councilman|councilwoman|reeve|' +
  // rulers and clerics of international news ("the emir told", "the pope said"; "king", "prince" are
  // surnames too, see ROYAL_NOUNS)
  'monarch|emir|sultan|sheikh|pope|ayatollah|cleric|militant|warlord|' +
  // a player by experience or school year ("the rookie said", "the sophomore said"; not "junior"
  // or "senior", modifiers of other nouns as often: "a senior law enforcement official")
  'rookie|freshman|sophomore|' +
  // people of a congregation or a library, as community news names them ("Congregant NAME said",
  // "said parishioner NAME", "Patron NAME, 78, reads …")
  'patron|congregant|parishioner|devotee|churchgoer|' +
  // trades of health and homes whose endings tell no person (see OCCUPATION_ENDING for those that do)
  'trainer|veterinarian|dietitian|nutritionist|chiropractor|counsellor|counselor|realtor|optometrist|hygienist|anesthetist|anaesthetist|' +
  // a player by place in the depth chart ("Backup Cody Ahenakew will start", "the backup said")
  'backup|' +
  // trades of farms, ranches, orchards, markets and boats, as farm news names its speakers ("said
  // auctioneer NAME", "the agronomist said", "A merchandiser at a terminal near Regina, who …,
  // said"); no word that is also a surname, a firm's or a team's ("Miller", "Shepherd", "producer", "Cowboys")
  'auctioneer|agronomist|agrologist|agriculturalist|agriculturist|horticulturist|orchardist|viticulturist|apiarist|merchandiser|' +
  'dairyman|dairywoman|cattleman|cattlewoman|stockman|stockwoman|herdsman|herdswoman|cowhand|ranchhand|farmhand|' +
  'farmworker|sharecropper|homesteader|grazier|drover|farrier|breeder|cheesemaker|sugarmaker|picker|' +
  'harvester|lobsterman|lobsterwoman|crabber|shrimper|trawlerman|deckhand|fishmonger|forester|' +
  // ports' and harbours' trades, and a New England town's elected board ("said sternman NAME", "said
  // Oak Bluffs selectman NAME", "the harbourmaster said")
  'sternman|gillnetter|seafarer|mariner|stevedore|harbourmaster|harbormaster|wharfinger|lockkeeper|selectman|selectwoman|selectperson|' +
  // those who hold a licence, permit or quota, as fisheries news names them ("Commercial licence
  // holders said", "quota holders say")
  'holder|' +
  // trades of bars, shops and buildings, as crime news names its witnesses ("a bartender who was
  // working that night told …", "the bouncer said", "a building caretaker, who …, said")
  'bartender|barkeep|barmaid|bouncer|doorman|barista|hairdresser|stylist|lifeguard|busboy|hostess|receptionist|' +
  'concierge|landlady|caretaker|custodian|groundskeeper|postman|mailman|paperboy|' +
  // trades of airports and airliners, and those who travel, as travel news names them ("Flight
  // attendants said", "baggage handlers say", "air traffic controllers warned", "the vacationer said")
  'attendant|handler|controller|screener|aviator|airman|airwoman|co-pilot|copilot|stewardess|vacationer|holidaymaker|cruisegoer|' +
  // trades of film, television, music and the stage, and their audiences, as entertainment news names
  // them ("his publicist said", "said showrunner NAME", "Concertgoers said"); no word that is also a
  // surname or a firm's ("Singer", "Piper", "producer"; "promoter" stands with "developer" above, a trade of people and firms alike)
  'publicist|showrunner|filmmaker|screenwriter|scriptwriter|playwright|songwriter|singer-songwriter|lyricist|composer|' +
  'bandleader|puppeteer|choreographer|stuntman|stuntwoman|stunt-performer|animator|compositor|comedian|comic|presenter|emcee|' +
  'entertainer|rapper|vocalist|guitarist|bassist|drummer|pianist|violinist|cellist|saxophonist|trumpeter|frontman|frontwoman|' +
  'ballerina|understudy|documentarian|concertgoer|moviegoer|filmgoer|festivalgoer|theatregoer|theatergoer|ticketholder|influencer|' +
  // trades of mines, mills and the woods, as resource news names them ("Prospectors say", "said
  // millwright NAME", "a driller who asked not to be named"); not "sawyer", a surname too
  'prospector|driller|mineworker|millworker|millwright|lumberjack|tree-planter|treeplanter|metallurgist|' +
  // ranks' trades and offices of the forces and of veterans' posts, as military and veterans' news
  // names them ("said former corpsman NAME", "Paratroopers said", "state adjutant NAME said"); not
  // "marine" or "gunner", a force's and a team's names too
  'adjutant|quartermaster|corpsman|infantryman|paratrooper|servicemember|serviceman|servicewoman|reservist|rifleman|sapper|' +
  'artilleryman|submariner|commandant|padre|enlistee'
)
  .split('|')
  .concat(PLAYER_POSITIONS);

/** Royal nouns that are surnames too ("Rep. King", "Prince"): a person only in lower case, "the crown prince said". */
export const ROYAL_NOUNS = new Set(['king', 'queen', 'prince', 'princess']);

/** Bodies of people named as one: "staff said", "police say", "the public". */
const COLLECTIVE = new Set(
  'staff|police|personnel|crew|faculty|clergy|public|management|workforce|electorate|audience|crowd|congregation|jury|community|folks|authorities|military|press|family|couple'.split(
    '|',
  ),
);

const IRREGULAR_PLURALS: Record<string, string> = {
  person: 'people',
  child: 'children',
  garda: 'gardaí',
  alumnus: 'alumni',
  businessperson: 'businesspeople',
  townsperson: 'townspeople',
  spokesperson: 'spokespeople',
};

/** The English plural of a singular noun: nurse -> nurses, fisherman -> fishermen, city -> cities. */
export function pluralOf(noun: string): string {
  const irregular = IRREGULAR_PLURALS[noun];
  if (irregular) return irregular;
  if (/(?:^|[^u])man$/.test(noun) && noun !== 'human') return `${noun.slice(0, -3)}men`;
  if (noun.endsWith('wife')) return `${noun.slice(0, -4)}wives`;
  if (/[^aeiou]y$/.test(noun)) return `${noun.slice(0, -1)}ies`;
  if (/(?:s|x|z|ch|sh)$/.test(noun)) return `${noun}es`;
  return `${noun}s`;
}

/** Bodies of people that come in several: "the crews, who said …", "juries", "congregations". */
const COUNTED_COLLECTIVES = ['crew', 'congregation', 'audience', 'crowd', 'jury', 'community', 'workforce', 'family', 'couple'];

/**
 * Trades whose firms, in the plural, speak as a group ("Processors said they had no choice", "grain
 * shippers say", "Producers said", "Local businesses said"); one of them is a company as often ("the
 * processor said"), so no singular.
 */
const TRADES_IN_PLURAL = ['processor', 'shipper', 'packer', 'importer', 'wholesaler', 'distributor', 'charterer', 'producer', 'supplier', 'explorer', 'business'];

/** How a noun for people counts: one person, several, or a body named as one. */
export type PeopleNumber = 'singular' | 'plural' | 'collective';

/**
 * Every noun for people -> its number, a collective winning over a singular and a singular over a
 * plural: one look-up for a word, where most words asked are none (one Set per number took three).
 */
const PEOPLE_NOUNS = new Map<string, PeopleNumber>();
for (const plural of SINGULAR.concat(COUNTED_COLLECTIVES, TRADES_IN_PLURAL).map(pluralOf).concat(Object.values(IRREGULAR_PLURALS))) PEOPLE_NOUNS.set(plural, 'plural');
for (const singular of SINGULAR) PEOPLE_NOUNS.set(singular, 'singular');
for (const collective of COLLECTIVE) PEOPLE_NOUNS.set(collective, 'collective');

/**
 * Whether a lower-case word is a noun for people, and in which number: "nurse" singular,
 * "fishermen" plural, "staff" and "authorities" collective; null for any other word ("clinic",
 * "talks"). The word must be lower case; capitalised words are names, not heads.
 */
export function peopleNoun(lower: string): PeopleNumber | null {
  return PEOPLE_NOUNS.get(lower) ?? (lower.length >= 8 ? occupationByEnding(lower) ?? prefixedNoun(lower) : null);
}

/** Prefixes that make a noun for people another one: "sous-chef", "co-owner", "vice-captain", "head-cook". */
const PEOPLE_PREFIXES = new Set(['sous', 'co', 'vice', 'head']);

/** The number of a hyphenated noun for people by its prefix and its listed noun; null for other words. */
function prefixedNoun(lower: string): PeopleNumber | null {
  const dash = lower.indexOf('-');
  return dash > 0 && PEOPLE_PREFIXES.has(lower.slice(0, dash)) ? PEOPLE_NOUNS.get(lower.slice(dash + 1)) ?? null : null;
}

/** Endings only nouns for people by trade have: "pediatrician", "toxicologist", "podiatrist", "physiotherapist", "orthodontist", "videographer". */
const OCCUPATION_ENDING = /(?:ician|ologist|iatrist|therapist|dontist|ographer)(s?)$/;

/** The number of a noun for people its ending tells, for trades the list lacks; null for other words. */
function occupationByEnding(lower: string): PeopleNumber | null {
  const m = OCCUPATION_ENDING.exec(lower);
  return m ? (m[1] ? 'plural' : 'singular') : null;
}

/** A head that makes a group actor of its phrase: a plural or collective noun for people. */
export function isGroupHead(lower: string): boolean {
  const n = peopleNoun(lower);
  return n === 'plural' || n === 'collective';
}

/**
 * Well-known holders of a head-of-state office, by surname: the given names of the US presidents
 * since 1945, the office a reader knows "President Obama" by without the article saying it.
 */
const PRESIDENTS = new Map<string, string[]>([
  ['truman', ['harry']],
  ['eisenhower', ['dwight']],
  ['kennedy', ['john']],
  ['johnson', ['lyndon']],
  ['nixon', ['richard']],
  ['ford', ['gerald']],
  ['carter', ['jimmy', 'james']],
  ['reagan', ['ronald']],
  ['bush', ['george']],
  ['clinton', ['bill', 'william']],
  ['obama', ['barack']],
  ['trump', ['donald']],
  ['biden', ['joe', 'joseph']],
]);

/**
 * Whether a person (lower-case given name and surname) may be the well-known president of that
 * surname: true when the lexicon knows no president of the surname, or one with that given name;
 * false for "Michelle" Obama or "Jeb" Bush.
 */
export function mayBePresident(given: string, surname: string): boolean {
  const holders = PRESIDENTS.get(surname);
  return !holders || holders.includes(given);
}

/**
 * Heads of bodies' names that are common surnames too ("Nova Scotia Power" and Gerard Power,
 * "Bank of Canada" and Per Bank): a person's only after a title and a known given name.
 */
export const SURNAME_HEADS = new Set(['power', 'bank', 'banks', 'church', 'post', 'press', 'court', 'trust', 'guard', 'service', 'hall', 'field', 'house', 'charters', 'lines', 'homes']);

/** Players' positions that are other words too ("forward", "centre", "guard"): a role only capitalised before a full name (../nameChecks peopleNounAt). */
export const LOOSE_POSITIONS = new Set(['forward', 'centre', 'center', 'guard', 'wing', 'catcher', 'closer', 'reliever', 'setter', 'libero', 'prop', 'hooker', 'halfback', 'tailback', 'safety', 'tackle']);
