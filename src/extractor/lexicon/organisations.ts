/**
 * Kinds of organisation, read two ways: from the head words of a name ("Brightwater Foods" is a
 * company, "Ministry of Health" a ministry, "Arden City Council" a city's council), and from the
 * descriptions writers use to refer back to one ("the company", "the ministry", "the
 * department", "the city", "the firm"). Resolution matches a description to an organisation
 * named earlier whose kinds it fits.
 */
import { CITIES, countryByDemonym, countryBySurface, REGION_ABBREVIATIONS, regionNamed } from '../gazetteer';
import { memoised } from '../memo';

/** Fields of public bodies named with their nation after them ("Health Canada", "Transport Scotland", "Historic England"). */
export const BODY_FIELDS = new Set([
  'health', 'transport', 'police', 'sport', 'sports', 'visit', 'tourism', 'statistics', 'environment', 'heritage', 'historic',
  'natural', 'water', 'network', 'revenue', 'immigration', 'parks', 'fisheries', 'education', 'skills', 'invest', 'enterprise',
  'creative', 'arts', 'screen', 'homes', 'forestry', 'highways', 'veterans', 'age', 'energy', 'nuclear', 'justice', 'canals',
  // a province's or a nation's electoral agency ("Elections Canada", "Elections New Brunswick")
  'elections',
  // Quebec's bodies named in French, the field first ("Santé Québec", "Revenu Québec", "Retraite Québec")
  'santé', 'revenu', 'retraite', 'emploi', 'transports',
]);

/**
 * Fields a province's or state's ministry is named by after its place ("Alberta Education", "Ontario
 * Health", "Texas Transportation"), none a surname: after a place that is a given name too, still a body.
 */
export const PROVINCIAL_FIELDS = new Set(['health', 'education', 'transportation', 'transport', 'environment', 'tourism', 'agriculture', 'infrastructure', 'finance', 'forestry', 'fisheries', 'immigration', 'seniors', 'housing', 'labour', 'culture', 'heritage', 'skills', 'highways', 'statistics', 'revenue', 'parks', 'wildfire']);

/** Last words of newspapers' names that ORG_HEADS lacks, being words of other names too ("Star", "Sun", "Citizen"). */
export const NEWSPAPER_WORDS = new Set(['star', 'sun', 'globe', 'citizen', 'inquirer', 'enquirer', 'chronicle', 'examiner', 'dispatch', 'courier', 'telegraph', 'observer', 'spectator', 'register', 'republic', 'sentinel', 'bee', 'independent', 'mirror', 'express', 'standard', 'union-tribune', 'courier-journal', 'journal-constitution', 'sun-times', 'star-tribune', 'star-ledger', 'leader-post', 'star-phoenix', 'statesman', 'oregonian', 'advertiser', 'argus']);

export const FOREIGN_ACADEMY_WORDS = new Set(['universiteit', 'rijksuniversiteit', 'universität', 'université', 'universidad', 'universidade', 'università', 'uniwersytet', 'univerzita', 'universitet', 'universitat', 'hogeschool', 'hochschule', 'politecnico']);
export type OrgKind =
  | 'company'
  | 'bank'
  | 'media'
  | 'ministry'
  | 'department'
  | 'agency'
  | 'government'
  | 'city'
  | 'county'
  | 'state'
  | 'council'
  | 'legislature'
  | 'school'
  | 'university'
  | 'hospital'
  | 'union'
  | 'party'
  | 'court'
  // an Indigenous nation's government ("Peguis First Nation", "Navajo Nation"): "the nation", "the
  // tribe", never "the company", nor "the government" or "the federal government" beside it
  | 'nation'
  | 'police'
  | 'military'
  | 'team'
  | 'church'
  | 'nonprofit';

const table = (entries: Array<[string, OrgKind[]]>): Map<string, OrgKind[]> => {
  const map = new Map<string, OrgKind[]>();
  for (const [words, kinds] of entries) for (const w of words.split('|')) map.set(w, kinds);
  return map;
};

/** A company's legal form ending its name ("Inc.", "Corp.", "Ltd."), lower case, without its full stop. */
export const LEGAL_FORMS = new Set(['inc', 'corp', 'ltd', 'llc', 'plc', 'co']);

const COMPANY_HEADS =
  'inc|inc.|corp|corp.|corporation|co|co.|company|companies|ltd|ltd.|llc|plc|gmbh|ag|holdings|group|enterprises|industries|' +
  'foods|food|beverages|brewing|brewery|breweries|farms|dairy|dairies|bakery|bakeries|creameries|wineries|distilleries|refineries|energy|power|electric|utilities|oil|gas|petroleum|coal|mining|' +
  'minerals|resources|steel|chemicals|motors|automotive|aerospace|airlines|airline|airways|air|rail|railways|shipping|' +
  'logistics|freight|trucking|technologies|technology|tech|labs|laboratories|systems|solutions|software|semiconductor|' +
  'networks|communications|telecom|pharmaceuticals|pharma|therapeutics|biotech|biosciences|insurance|financial|capital|' +
  'investments|partners|properties|realty|developments|construction|builders|homes|hotels|resorts|restaurants|stores|' +
  'markets|supermarkets|brands|apparel|studios|entertainment|games|pictures|records|outfitters|manufacturing|products|' +
  'supply|supplies|consulting|associates|ventures|metals|ports|residential|dynamics|robotics|instruments|devices|' +
  'interactive|aviation|transit|wireless|textiles|tobacco|cement|packaging|plastics|genomics|diagnostics|healthcare|hospitality|' +
  // travel's trades: "Seabreeze Cruises", "Polaris Cruise Lines", "Meridian Sea Voyages", "Clayoquot Air Charters"
  'cruises|lines|voyages|charters|skyways|' +
  // retail by its trade ("Rideau Drug Mart", "Harbour Pharmacy", "London Drugs")
  'mart|pharmacy|pharmacies|drugstore|drugstores|drugs';

const NAME_HEADS = table([
  [COMPANY_HEADS, ['company']],
  ['bank|bancorp|bankshares|credit', ['bank', 'company']],
  // public utilities named by what they supply ("Halifax Water", "Toronto Hydro", "Hydro One"): "the utility", "the company"
  ['water|waterworks|hydro', ['company']],
  ['times|post|news|journal|tribune|herald|gazette|review|magazine|daily|press|network|broadcasting|television|tv|radio|channel|media|chronicle|telegraph|guardian|observer|examiner|courier|star|sun|globe|record|reporter|dispatch|inquirer|bulletin', ['media', 'company']],
  ['ministry', ['ministry', 'government']],
  // a country's mission abroad ("the Canadian Embassy in Mexico City"), which "the embassy" means after it
  ['embassy|consulate', ['ministry']],
  // a peace or observer mission speaks for the body that sent it ("The U.N. verification mission in Colombia said")
  ['mission', ['agency', 'ministry']],
  ['department|dept|dept.', ['department', 'government']],
  // (and a public body by its work: "Alberta Energy Regulator", "U.S. Geological Survey")
  ['agency|bureau|administration|service|authority|office|inspectorate|directorate|secretariat|unit|regulator|watchdog|survey', ['agency', 'government']],
  ['commission|committee|board|council|panel|cabinet', ['council']],
  ['parliament|congress|senate|assembly|legislature|diet|duma', ['legislature']],
  ['university|college|institute|polytechnic|academy', ['university']],
  ['school|schools|district|high|elementary|division', ['school']],
  ['hospital|clinic|infirmary|hospice', ['hospital']],
  // a region's or a province's health body by its place ("Nova Scotia Health", "Interior Health"):
  // a health authority, which "the health authority" and "the agency" mean too
  ['health|healthcare', ['hospital', 'agency']],
  // a union's local ("Unifor Local 1127") and a union named by its members ("United Nurses of Alberta", "United Steelworkers")
  ['union|federation|guild|brotherhood|teamsters|local|nurses|teachers|workers|steelworkers|autoworkers|machinists|firefighters|employees', ['union']],
  ['party', ['party']],
  // an Indigenous nation's government ("Peguis First Nation", "Navajo Nation", "Six Nations of the Grand
  // River"), which "the company" never means
  ['nation|nations|tribe|tribes', ['nation']],
  ['court|tribunal', ['court']],
  ['police|constabulary|sheriff|sheriff’s|sheriff\'s|patrol|troopers', ['police']],
  ['army|navy|forces|force|guard|marines|command|military', ['military']],
  // (and the heads of clubs' names, "Northbridge United", "Wolverhampton Wanderers")
  ['fc|afc|club|team|rovers|athletic|athletics|wanderers|albion|hotspur', ['team']],
  // a sport's league or governing body named by the sport ("Major League Baseball", "USA Hockey", "Major League Soccer"): "the league said"
  ['baseball|football|hockey|soccer|basketball|softball|volleyball|lacrosse', ['nonprofit']],
  ['church|diocese|archdiocese|parish|mosque|synagogue|temple', ['church']],
  ['foundation|fund|trust|charity|society|coalition|alliance|league|campaign|project|initiative|center|centre|chamber', ['nonprofit']],
  // a profession's association bargains as its union ("British Medical Association … the union said", "New Zealand Nurses Organisation")
  ['association|organisation|organization', ['nonprofit', 'union']],
  // cultural and civic institutions ("Royal Ontario Museum", "Brenton Zoo"): no company "the company" could mean
  ['museum|museums|zoo|gallery|aquarium|orchestra|observatory|archives|conservatory|sanctuary|shelter', ['nonprofit']],
  // an opera is a performing company, which the arts pages call "the company" ("Calgary Opera … the company said")
  ['opera', ['nonprofit', 'company']],
]);

/** Words that make a name a city's, county's or state's government as its head or before a body: "City of Arden", "Arden County Council". */
const MUNICIPAL = table([
  ['city|town|village|borough|municipality|township', ['city']],
  ['county|shire', ['county']],
  ['state|province|provincial|territory', ['state']],
]);

const GOVERNING_BODIES = new Set(['council', 'government', 'hall', 'commission', 'board', 'administration', 'assembly', 'legislature', 'executive']);

/**
 * The kinds an organisation's name tells by its words: the last word that is a head
 * ("Kestrel Energy" -> company; "Ministry of Health" -> ministry, government; "City of Arden" and
 * "Arden City Council" -> city, council). An empty list when the name tells nothing ("Google").
 */
export function orgKindsOfName(name: string): OrgKind[] {
  // (a copy: a caller may add to its list)
  return kindsOfName(name).slice();
}
/** Whether lower-case `place` is a province, state or city (by name or abbreviation: "bc", "p.e.i."). */
function electoralPlace(place: string): boolean {
  return regionNamed(place) !== null || CITIES.has(place) || REGION_CODES.has(place) || place === 'québec';
}
const REGION_CODES = new Set([...REGION_ABBREVIATIONS.keys()].map((code) => code.toLowerCase()));

/** What a charity's bank gives away ("food bank", "blood bank", "diaper bank"). */
const CHARITY_GOODS = new Set(['food', 'blood', 'diaper', 'clothing', 'furniture', 'toy', 'seed', 'milk', 'book']);
/** The kinds of a description "the food bank", "the blood bank": a charity's (see kindsOfName), or undefined when `modifier` (lower case) is no charity's goods. */
export function charityBankKinds(modifier: string): OrgKind[] | undefined {
  return CHARITY_GOODS.has(modifier) ? ['nonprofit'] : undefined;
}

/** Producers in the plural that head the name of the body speaking for them ("Grain Farmers of Ontario", "Alberta Beef Producers"). */
const PRODUCERS = new Set(['farmers', 'producers', 'growers', 'ranchers', 'fishermen', 'harvesters']);
/** The same in French, whose names open with their head ("Producteurs et productrices acéricoles du Québec", "Éleveurs de porcs du Québec"). */
const FRENCH_PRODUCERS = new Set(['producteurs', 'éleveurs', 'agriculteurs', 'pêcheurs']);

/** Heads of bodies named for a topic after "on" ("Agency on Aging", "Commission on Human Rights"). */
const ON_HEADS = new Set(['agency', 'council', 'commission', 'committee', 'institute', 'center', 'centre', 'board', 'office', 'coalition', 'alliance', 'task']);

/** A French preposition after a body's head, an elided "d'" with its word too ("de", "des", "du", "d'accès"). */
const FRENCH_AFTER_HEAD = /^(?:de|des|du|d['’]\p{L}+)$/u;

/** Memoised: the same actors' names are asked about again and again across an article's stages. */
const kindsOfName = memoised((name: string): OrgKind[] => {
  const words = name.toLowerCase().split(/[\s-]+/).filter(Boolean);
  // "Unifor Local 444": a union local's number ends the name after its head ("USW Local 1-2017": two numbers, district and local)
  while (words.length > 1 && /^\d+$/.test(words[words.length - 1])) words.pop();
  const kinds: OrgKind[] = [];
  const add = (ks: OrgKind[] | undefined): void => {
    if (ks) for (const k of ks) if (!kinds.includes(k)) kinds.push(k);
  };
  // "City of Arden", "Ministry of Health", "Center for American Progress": the head stands before "of" or "for"
  // ("Area Agency on Aging", "Council on Foreign Relations": "on" after a body's head too; not "Stoke-on-Trent")
  // (a French name opens with its head before its preposition: "Commission d'accès à l'information", "Conseil des arts")
  const of = FRENCH_AFTER_HEAD.test(words[1] ?? '') ? 1 : words.findIndex((w, i) => w === 'of' || w === 'for' || (w === 'on' && i > 0 && ON_HEADS.has(words[i - 1])));
  const head = of > 0 ? words[of - 1] : words[words.length - 1];
  // ("Centers for Disease Control": a head in the plural before its "for"; "Logistics Services" ends in no head)
  // ("Sudbury Food Bank", "Food Banks Canada": a bank of goods given away is a charity, no lender)
  if (words.some((w, i) => (w === 'bank' || w === 'banks') && CHARITY_GOODS.has(words[i - 1]))) add(['nonprofit']);
  else add(NAME_HEADS.get(head) ?? (of > 0 && head.endsWith('s') ? NAME_HEADS.get(head.slice(0, -1)) : undefined));
  // ("Centers for Disease Control and Prevention … the agency said": centres in the plural before
  // their "for" are a public network a government agency runs, as "Centers for Medicare" too)
  if (of > 0 && (head === 'centers' || head === 'centres')) add(['agency']);
  // ("Harbourfront Bank Corp.": a legal form tells only a company; the word before it tells the trade)
  if (of < 0 && words.length >= 3 && LEGAL_FORMS.has(head.replace(/\.$/, ''))) add(NAME_HEADS.get(words[words.length - 2]));
  // "Northbridge United" is a club; "Citizens United", "Americans United" are their members' bodies
  if (head === 'united' && words.length >= 2 && !words[words.length - 2].endsWith('s')) add(['team']);
  words.forEach((w, i) => {
    if (w === head || GOVERNING_BODIES.has(words[i + 1])) add(MUNICIPAL.get(w));
  });
  // "Arden City Council": a municipal council is the city's government
  if (kinds.includes('council') && kinds.includes('city')) add(['government']);
  // "Environment Canada", "Transport Scotland": a public body named by its field and its nation
  // ("the department said" after "Health Canada": Canada's departments are named so)
  if (!kinds.length && words.length === 2 && BODY_FIELDS.has(words[0]) && countryBySurface.has(words[1])) add(['agency', 'government', 'department']);
  // ("Tourism Saskatchewan … according to the agency", "Visit Florida": a province's or a state's agency is named so too)
  if (!kinds.length && words.length >= 2 && words.length <= 4 && BODY_FIELDS.has(words[0]) && regionNamed(words.slice(1).join(' ')) !== null) add(['agency', 'government']);
  // ("Elections Ontario", "Élections Québec", "Elections BC", "Elections Calgary": a province's, state's
  // or city's electoral agency is named so too, "the agency said" after it)
  if (!kinds.length && (words[0] === 'elections' || words[0] === 'élections') && words.length <= 4 && electoralPlace(words.slice(1).join(' '))) add(['agency', 'government']);
  // ("Canadian Heritage": the nation's word first, then the field)
  if (!kinds.length && words.length === 2 && countryByDemonym.has(words[0]) && BODY_FIELDS.has(words[1]) && words[1] !== 'police') add(['agency', 'government', 'department']);
  // "Environment and Climate Change Canada", "Fisheries and Oceans Canada", "Natural Resources Canada": a department named by its fields, joined by "and", and its nation
  // ("Immigration, Refugees and Citizenship Canada": the fields listed with commas too)
  if (!kinds.length && words.length >= 3 && countryBySurface.has(words[words.length - 1]) && words.slice(0, -1).every((w) => w === 'and' || BODY_FIELDS.has(w.replace(/,$/, '')) || DEPARTMENT_FIELDS.has(w.replace(/,$/, '')))) add(['department', 'agency', 'government']);
  // "Dairy Farmers of Ontario", "Chicken Farmers of Canada", "Producteurs de lait du Québec": a body
  // named for the producers it speaks for is their federation or marketing board ("the board", "the
  // federation", "the group"), no dairy company
  if (!kinds.length && (PRODUCERS.has(head) || FRENCH_PRODUCERS.has(words[0]))) add(['union', 'nonprofit', 'council']);
  // "Kestrel Energy Inc." ends in a suffix; "Patriot Coal Corp" and "Patriot Coal" are one company
  if (!kinds.length) for (const w of words) if (NAME_HEADS.get(w)?.includes('company')) add(['company']);
  if (!kinds.length && NEWSROOMS.has(words.join(' '))) add(['media', 'company']);
  // "The NDP's Ravi Sandhu … The party said": parties known by letters or a name with no "party"
  if (!kinds.length && PARTIES_WITHOUT_HEAD.has(words.join(' '))) add(['party']);
  if (!kinds.length && UNIONS_WITHOUT_HEAD.has(words.join(' '))) add(['union']);
  // "Prairie Trust Financial Corp.", "Coastal Savings Bancorp": a company whose name tells a lender's trade is what "the bank" means
  if (kinds.includes('company') && words.some((w) => LENDERS_WORDS.has(w))) add(['bank']);
  return kinds;
});

/** Words of a company's name that tell it lends and keeps deposits (lower case). */
const LENDERS_WORDS = new Set(['trust', 'financial', 'savings', 'bancorp', 'bankshares', 'mortgage', 'loan', 'loans']);

/** Fields in the names of departments named "… Canada" beside BODY_FIELDS ("Climate Change", "Oceans", "Indigenous Services", "Global Affairs"). */
const DEPARTMENT_FIELDS = new Set(['climate', 'change', 'oceans', 'resources', 'services', 'relations', 'affairs', 'northern', 'indigenous', 'crown', 'innovation', 'science', 'economic', 'development', 'employment', 'social', 'global', 'agriculture', 'agri', 'food', 'public', 'safety', 'housing', 'infrastructure', 'communities', 'finance', 'defence', 'refugees', 'citizenship', 'women', 'gender', 'equality', 'industry', 'labour', 'trade']);

/** Canadian and US parties named without the word "party" (lower case). */
const PARTIES_WITHOUT_HEAD = new Set([
  'ndp', 'gop', 'caq', 'coalition avenir québec', 'coalition avenir quebec', 'pq', 'parti québécois', 'parti quebecois',
  'bloc québécois', 'bloc quebecois', 'bq', 'québec solidaire', 'quebec solidaire', 'ucp',
]);

/**
 * Wire services and broadcasters whose names carry no newsroom's word: the outlets that report a
 * story (a dateline's credit, "seen by Reuters") as often as they are in it.
 */
const NEWSROOMS = new Set(
  ('reuters|associated press|ap|afp|agence france presse|agence france-presse|bloomberg|xinhua|tass|kyodo|yonhap|ansa|efe|dpa|upi|' +
    'canadian press|cnn|bbc|cbc|ctv|nbc|abc|cbs|fox|msnbc|npr|pbs|politico|axios|al jazeera|' +
    // the wires of India, Australia, Britain and Turkey: "MUMBAI, Jan 29 (PTI)", "(AAP)", "PA Media"
    'pti|press trust of india|ians|aap|australian associated press|pa media|press association|anadolu|anadolu agency|' +
    // North America's sports and business broadcasters and Canada's private networks ("ESPN … the network said")
    'espn|tsn|sportsnet|cnbc|bnn bloomberg|global news|citynews|tva|radio-canada|univision|telemundo')
    .split('|'),
);

/**
 * Canadian and US unions and labour federations named without a union's word, by name or letters
 * (the largest by membership in each country, as their own sites and the labour ministries' lists
 * give them; letters another body shares, "ATA", "NEA", "CTF", left out): "Unifor said" is the union, never "the company" of a story on its bargaining.
 */
const UNIONS_WITHOUT_HEAD = new Set(
  ('unifor|cupe|opseu|psac|cupw|seiu|ufcw|usw|ibew|uaw|afl-cio|clc|etfo|osstf|bcgeu|aupe|nupge|afscme|aft|ilwu|ila|iam|twu|atu|' +
    'cwa|sag-aftra|wga|ufw|unite here|teamsters|csn|ftq|csq|fiq|nsgeu|liuna|iatse|apwu|nalc|nnu|una|ona|bcnu|hsaa|sgeu|mgeu|pipsc|alpa|bctf')
    .split('|'),
);

const DESCRIPTIONS = table([
  ['company|firm|business|corporation|conglomerate|startup|start-up|publisher|studio|brand|giant|operator|owner|employer', ['company', 'bank', 'media']],
  // a trade no bank or newsroom plies: "the utility" after "told CBC Radio" is not the broadcaster
  ['retailer|chain|carmaker|automaker|manufacturer|maker|producer|supplier|airline|carrier|utility|developer|distributor|exporter|importer|contractor|builder|miner|railway|railroad', ['company']],
  // (a cruise line, the trade's own name for its companies: "The cruise line said")
  ['line', ['company']],
  // entertainment's companies by their trade ("Velvet Crown Records … the label said", "the promoter,
  // Live Arena Entertainment"; not "platform", a party's document as often)
  ['label|promoter', ['company']],
  ['streamer', ['company', 'media']],
  ['steelmaker|drugmaker|chipmaker|planemaker|toymaker|shipbuilder|housebuilder|homebuilder|refiner|co-op|cooperative|co-operative', ['company']],
  ['distiller|brewer|winemaker|bottler|grocer|jeweller|jeweler|telco', ['company']],
  ['insurer|lender', ['company', 'bank']],
  ['bank', ['bank']],
  ['newspaper|paper|magazine|network|station|outlet|publication|broadcaster|channel', ['media']],
  ['ministry', ['ministry', 'department']],
  // a country's mission abroad speaks for it as its foreign ministry does ("China's embassy in Ottawa said")
  ['embassy|consulate', ['ministry']],
  // a peace or observer mission speaks for the body that sent it ("The U.N. verification mission in Colombia said")
  ['mission', ['agency', 'ministry']],
  ['department', ['department', 'ministry', 'police']],
  ['regulator|watchdog|bureau|office|authority|secretariat|directorate', ['agency', 'department', 'ministry']],
  // a police force is an agency too, as American papers call a state patrol or a sheriff's office
  // ("The Wisconsin State Patrol said … The agency said")
  ['agency', ['agency', 'department', 'ministry', 'police']],
  // a public body's unit ("the health unit", Ontario's public health agencies; "the police unit"), a lab
  ['unit', ['agency', 'department', 'hospital', 'police']],
  ['lab|laboratory', ['company', 'university', 'agency']],
  ['detachment', ['police']],
  ['government|administration|country', ['government', 'ministry']],
  // ("the nation", "the tribe": an Indigenous nation named before; "the nation" a country's government too)
  ['nation', ['government', 'ministry', 'nation']],
  ['tribe', ['nation']],
  ['city|town|village|municipality|borough|township', ['city']],
  ['county', ['county']],
  ['state|province', ['state']],
  ['council|board|committee|commission|panel', ['council']],
  ['legislature|parliament|assembly', ['legislature']],
  // a house of a legislature, or a chamber of commerce
  ['chamber', ['legislature', 'nonprofit']],
  ['university|college|institute|school', ['university', 'school']],
  ['district', ['school', 'county']],
  // a school division (Canada's name for a school district)
  ['division', ['school']],
  ['hospital|clinic|health system', ['hospital']],
  ['union', ['union']],
  ['party', ['party']],
  // (a court's judges sitting together, "the bench said", "a bench headed by Justice …")
  ['court|tribunal|bench', ['court']],
  ['police|force', ['police']],
  ['military|army|navy', ['military']],
  ['team|club|franchise', ['team']],
  ['church|diocese|archdiocese|parish|mosque|synagogue|temple|congregation', ['church']],
  ['centre|center', ['nonprofit', 'hospital', 'agency']],
  // a think tank ("a Washington think tank said"; "think", a verb's base form, is the compound's first noun)
  ['tank', ['nonprofit']],
  ['fund', ['nonprofit', 'bank', 'agency']],
  ['federation', ['union', 'nonprofit']],
  ['store|shop|restaurant|brewery|bakery|winery|distillery|hotel|resort|casino', ['company']],
  // the hospitality trade's businesses ("Hotels and motels in Ucluelet said", "the outfitter said")
  ['motel|inn|lodge|pub|cafe|café|diner|bistro|eatery|marina|campground|outfitter|salon|spa|dealership|supermarket', ['company']],
  // a bar is a drinking place or the lawyers' society ("Restaurants and bars said", "the state bar said")
  ['bar', ['company', 'nonprofit']],
  // an airport speaks through the authority or company that runs it ("the airport said")
  ['airport', ['agency', 'company']],
  ['charity|foundation|nonprofit|non-profit|organization|organisation|association|coalition|alliance|group|campaign|society|league|trust|lobby', ['nonprofit', 'union', 'company']],
]);

/**
 * The kinds of organisation a description fits: "company" and "firm" fit companies, banks and
 * media; "department" a department, a ministry or the police; "city" a city's government.
 * undefined when the noun is no description of an organisation ("official", "report").
 */
export function descriptionKinds(noun: string): OrgKind[] | undefined {
  return DESCRIPTIONS.get(noun.toLowerCase());
}
