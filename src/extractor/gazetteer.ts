/**
 * Word lists the extractor leans on: countries with their demonyms and capitals (from the
 * world-countries package, so 199 states need no hand-kept table), regions, US states, titles,
 * organisation and place head words, and the common words that start sentences.
 */
import countries from 'world-countries';

const lowerSet = (words: string): Set<string> => new Set(words.split('|').map((w) => w.trim().toLowerCase()).filter(Boolean));

export interface CountryInfo {
  name: string;
  capital: string | null;
}

/** Surface form (lower case) -> country; demonym (lower case) -> country; capital -> country. */
export const countryBySurface = new Map<string, CountryInfo>();
export const countryByDemonym = new Map<string, CountryInfo>();
export const countryByCapital = new Map<string, CountryInfo>();

/** Two-letter codes collide with all-caps words ("IN", "IT"); only these are used as names. */
const CODES_USED_AS_NAMES = new Set(['US', 'UK', 'USA', 'UAE', 'DPRK', 'ROK', 'PRC', 'DRC']);
const EXTRA_SURFACES: Record<string, string[]> = {
  'United States': ['U.S.', 'U.S.A.', 'America', 'the States', 'United States of America'],
  'United Kingdom': ['U.K.', 'Britain', 'Great Britain'],
  'South Korea': ['Republic of Korea', 'S. Korea'],
  'North Korea': ['DPRK', 'N. Korea'],
  China: ['PRC', "People's Republic of China", 'Mainland China'],
  'United Arab Emirates': ['UAE', 'U.A.E.'],
  Russia: ['Russian Federation'],
  // the data set's new names; news writers keep the old ones
  Türkiye: ['Turkey'],
  'Cape Verde': ['Cabo Verde'],
  'Republic of the Congo': ['Republic of Congo'],
};
const CAPITAL_OVERRIDES: Record<string, string> = { 'United States': 'Washington' };

for (const c of countries) {
  if (!c.independent && !['TW', 'PS', 'XK', 'HK'].includes(c.cca2)) continue;
  const name = c.name.common;
  const info: CountryInfo = { name, capital: CAPITAL_OVERRIDES[name] ?? c.capital?.[0] ?? null };
  const surfaces = [name, ...(EXTRA_SURFACES[name] ?? [])];
  if (/^[\x20-\x7e]+$/.test(c.name.official) && c.name.official.split(' ').length <= 5) surfaces.push(c.name.official);
  for (const alt of c.altSpellings ?? []) {
    if (!/^[\x20-\x7e]+$/.test(alt)) continue;
    if (/^[A-Z]{2,4}$/.test(alt) && !CODES_USED_AS_NAMES.has(alt)) continue;
    surfaces.push(alt);
  }
  for (const s of surfaces) if (!countryBySurface.has(s.toLowerCase())) countryBySurface.set(s.toLowerCase(), info);
  for (const dem of [c.demonyms?.eng?.m, c.demonyms?.eng?.f]) {
    for (const d of (dem ?? '').split(',')) if (d.trim()) countryByDemonym.set(d.trim().toLowerCase(), info);
  }
  if (info.capital) countryByCapital.set(info.capital.toLowerCase(), info);
}
// Demonyms news writers use that the data set spells otherwise or lacks.
for (const [dem, country] of [
  ['american', 'United States'], ['u.s.', 'United States'], ['us', 'United States'], ['british', 'United Kingdom'],
  ['south korean', 'South Korea'], ['north korean', 'North Korea'], ['new zealand', 'New Zealand'],
  ['emirati', 'United Arab Emirates'], ['saudi', 'Saudi Arabia'], ['taiwanese', 'Taiwan'], ['kiwi', 'New Zealand'],
  // the adjective of a state's institutions ("the Philippine coast guard") and short forms
  ['philippine', 'Philippines'], ['argentinian', 'Argentina'], ['kazakh', 'Kazakhstan'], ['uzbek', 'Uzbekistan'],
  ['tajik', 'Tajikistan'], ['kyrgyz', 'Kyrgyzstan'], ['azeri', 'Azerbaijan'], ['nepali', 'Nepal'], ['ecuadorian', 'Ecuador'],
  ['slovenian', 'Slovenia'], ['icelandic', 'Iceland'], ['maldivian', 'Maldives'],
] as const) {
  const info = countryBySurface.get(country.toLowerCase());
  if (info) countryByDemonym.set(dem, info);
}

export const REGIONS = lowerSet(
  'Europe|Asia|Africa|Oceania|Antarctica|Arctic|Middle East|Near East|Far East|East Asia|Southeast Asia|South Asia|Central Asia|' +
    'Northeast Asia|West Asia|North Africa|West Africa|East Africa|Sub-Saharan Africa|Latin America|North America|South America|' +
    'Central America|Caribbean|Eastern Europe|Western Europe|Central Europe|Northern Europe|Southern Europe|Balkans|Caucasus|' +
    'Scandinavia|Baltics|Indo-Pacific|Asia-Pacific|Asia Pacific|Pacific|Atlantic|Euro-Atlantic|Western Hemisphere|' +
    'Eastern Hemisphere|Gulf|Persian Gulf|South China Sea|East China Sea|Black Sea|Baltic Sea|Mediterranean|Red Sea|' +
    'Taiwan Strait|Korean Peninsula|Sahel|Horn of Africa|Crimea|Donbas|Donbass|Gaza|Gaza Strip|West Bank|Kashmir|Tibet|' +
    'Xinjiang|Hong Kong|Macau|Siberia|Midwest|Silicon Valley|Wall Street|Capitol Hill|Beltway|Sun Belt|Rust Belt|' +
    'Puerto Rico|Guam|New England|Appalachia|England|Scotland|Wales|Northern Ireland|' +
    // provinces and states of Canada and Australia that are no given names ("Alberta", "Victoria" are left out)
    'Ontario|Quebec|Québec|Manitoba|Saskatchewan|Nova Scotia|New Brunswick|British Columbia|Newfoundland|Labrador|Nunavut|Yukon|' +
    'Newfoundland and Labrador|Prince Edward Island|P.E.I.|Northwest Territories|' +
    'Queensland|Tasmania|New South Wales|NSW|Western Australia|South Australia|Northern Territory|' +
    // Canada's and the US's regions by their compass and coast ("fish harvesters in Atlantic Canada", "across the Prairies")
    'Atlantic Canada|Western Canada|Eastern Canada|Northern Canada|Central Canada|Northern Ontario|Southern Ontario|' +
    'Southwestern Ontario|Northwestern Ontario|Eastern Ontario|Greater Toronto Area|Lower Mainland|Maritimes|Prairies|' +
    'Pacific Northwest|Deep South|Great Lakes|Gulf Coast|Americas|Darfur',
);

export const US_STATES = lowerSet(
  'Alabama|Alaska|Arizona|Arkansas|California|Colorado|Connecticut|Delaware|Florida|Hawaii|Idaho|Illinois|Indiana|Iowa|' +
    'Kansas|Kentucky|Louisiana|Maine|Maryland|Massachusetts|Michigan|Minnesota|Mississippi|Missouri|Montana|Nebraska|Nevada|' +
    'New Hampshire|New Jersey|New Mexico|New York|North Carolina|North Dakota|Ohio|Oklahoma|Oregon|Pennsylvania|Rhode Island|' +
    'South Carolina|South Dakota|Tennessee|Texas|Utah|Vermont|Virginia|West Virginia|Wisconsin|Wyoming',
);

/**
 * The states' two-letter postal codes and the states they stand for: USPS Publication 28
 * ("Postal Addressing Standards"), Appendix B, the same letters as the subdivision codes of ISO
 * 3166-2:US ("US-VA"). The District of Columbia ("DC") is the city of Washington; the territories
 * ("PR", "GU") are left out, their letters being common words' too ("a PR firm"), and so is Washington
 * ("WA"), which Australian papers write for Western Australia ("Perth, WA").
 */
export const US_STATE_CODES: ReadonlyMap<string, string> = new Map(
  ('AL Alabama|AK Alaska|AZ Arizona|AR Arkansas|CA California|CO Colorado|CT Connecticut|DE Delaware|FL Florida|GA Georgia|' +
    'HI Hawaii|ID Idaho|IL Illinois|IN Indiana|IA Iowa|KS Kansas|KY Kentucky|LA Louisiana|ME Maine|MD Maryland|' +
    'MA Massachusetts|MI Michigan|MN Minnesota|MS Mississippi|MO Missouri|MT Montana|NE Nebraska|NV Nevada|NH New Hampshire|' +
    'NJ New Jersey|NM New Mexico|NY New York|NC North Carolina|ND North Dakota|OH Ohio|OK Oklahoma|OR Oregon|PA Pennsylvania|' +
    'RI Rhode Island|SC South Carolina|SD South Dakota|TN Tennessee|TX Texas|UT Utah|VT Vermont|VA Virginia|' +
    'WV West Virginia|WI Wisconsin|WY Wyoming|DC Washington, D.C.')
    .split('|')
    .map((pair) => [pair.slice(0, 2), pair.slice(3)] as const),
);

/** Cities that are not capitals but appear in news datelines and text. */
export const CITIES = lowerSet(
  'New York|New York City|Los Angeles|Chicago|Houston|Dallas|Philadelphia|Phoenix|San Francisco|Seattle|Boston|Miami|Atlanta|' +
    'Detroit|Denver|Las Vegas|Baltimore|Cleveland|Pittsburgh|Milwaukee|Orlando|Tampa|Charleston|Des Moines|Manchester|' +
    'Concord|Columbia|Sacramento|Austin|Nashville|Richmond|Shanghai|Hong Kong|Shenzhen|Guangzhou|Nanjing|Osaka|Busan|' +
    'Istanbul|Dubai|Mumbai|Sydney|Melbourne|Toronto|Montreal|Vancouver|Geneva|Zurich|Davos|Munich|Frankfurt|Hamburg|Milan|' +
    'Barcelona|St. Petersburg|Kharkiv|Odesa|Odessa|Mariupol|Bakhmut|Aleppo|Mosul|Benghazi|Jerusalem|Tel Aviv|Vilnius|' +
    'Washington, D.C.|Washington D.C.|Washington DC|Brussels|The Hague|Strasbourg|Singapore|Ferguson|Flint|Orlando|San Bernardino|Paris|' +
    // cities of Canada, the US, Britain, Ireland and Australia that speak for their councils ("Edmonton announced",
    // "Red Deer said in a statement"); none is a common given name or surname ("Regina", "Hamilton" are left out)
    'Calgary|Edmonton|Red Deer|Lethbridge|Medicine Hat|Grande Prairie|Fort McMurray|Saskatoon|Moose Jaw|Prince Albert|Prince George|Prince Rupert|' +
    'Winnipeg|Mississauga|Brampton|Markham|Oshawa|Guelph|Oakville|Burlington|St. Catharines|Niagara Falls|Sudbury|' +
    'Thunder Bay|Sault Ste. Marie|Peterborough|Gatineau|Longueuil|Sherbrooke|Saguenay|Trois-Rivières|Moncton|Fredericton|' +
    'Charlottetown|Halifax|Dartmouth|Whitehorse|Yellowknife|Iqaluit|Surrey|Burnaby|Kelowna|Kamloops|Nanaimo|Abbotsford|' +
    'San Diego|San Jose|San Antonio|Jacksonville|Fort Worth|Indianapolis|Memphis|Louisville|Portland|Oklahoma City|' +
    'Albuquerque|Tucson|Fresno|Omaha|Minneapolis|Tulsa|Wichita|New Orleans|Cincinnati|Anchorage|Honolulu|Boise|Spokane|' +
    'Scottsdale|Birmingham|Leeds|Liverpool|Sheffield|Bristol|Glasgow|Edinburgh|Cardiff|Belfast|Nottingham|Leicester|' +
    'Coventry|Southampton|Aberdeen|Dundee|Galway|Limerick|Brisbane|Hobart|Wollongong|Geelong|Townsville|' +
    // US cities named for their shore, which "the city" may mean though a beach does not
    'Virginia Beach|Long Beach|Miami Beach|Myrtle Beach|Daytona Beach|West Palm Beach|Huntington Beach|Newport Beach',
);

/**
 * Producers' bodies named by their members' trade: "Alberta Beef Producers", "Potato Growers of
 * Alberta", "the Nebraska Cattlemen" (heads of bodies, see ORG_HEADS). Bare, the word names those
 * people, never the body ("Producers said" beside "Alberta Beef Producers"). Not "Farmers", the first
 * word of "Farmers' Markets of …" that a bare "Farmers said" would take for that body's short name.
 */
const TRADE_BODY_WORDS = 'Growers|Producers|Fishermen|Ranchers|Cattlemen|Stockmen|Feeders|Marketers|Processors';
export const TRADE_BODY_HEADS = lowerSet(TRADE_BODY_WORDS);

/**
 * Government departments as news names them by their fields alone, without "Department of" or the
 * country ("National Defence said", "Global Affairs said"): Canada's federal
 * departments and a few US ones, multiword only (a lone "Finance" or "Justice" is as often no body).
 */
export const DEPARTMENTS_BY_FIELD = lowerSet(
  'National Defence|Global Affairs|Veterans Affairs|Public Safety|Indigenous Services|Crown-Indigenous Relations|Natural Resources|' +
    'Canadian Heritage|Foreign Affairs|Homeland Security|Health and Human Services|Housing and Urban Development',
);

/** Words that end organisation names. */
export const ORG_HEADS = lowerSet(
  // heads of companies and bodies ("Compaq Computer", "Getty Images", "Edison Research", "Border Patrol", "Nusra Front")
  'Computer|Computers|Images|Research|Front|Patrol|Reserve|Decisions|Operations|Auxiliary|' +
    // utilities, builders and carriers by their trade ("Nova Scotia Power", "Toronto Hydro", "Hudson Ridge Builders", "VIA Rail")
    'Power|Hydro|Builders|Homes|Rail|Railway|Ferries|Pipeline|Pipelines|Business|Carriers|Tankers|' +
    // travel's trades ("Seabreeze Cruises", "Meridian Sea Voyages", "Clayoquot Air Charters", "Aurora Skyways")
    'Cruises|Voyages|Charters|Skyways|' +
    // a grid's operator by its title ("Independent Electricity System Operator", "Alberta Electric System Operator")
    'Operator|' +
    // a trade union named as a brotherhood ("International Brotherhood of Electrical Workers", "Brotherhood of Locomotive Engineers")
    'Brotherhood|' +
    // churches' bodies, by a place or of their own ("the Diocese of Saint John", "the Archdiocese of Kingston", "Congregation Beth Tikvah"),
    // and religious orders by their members ("the Sisters of Providence of St. Vincent de Paul", "the Missionaries of Charity")
    'Diocese|Archdiocese|Eparchy|Archeparchy|Synod|Presbytery|Congregation|Patriarchate|Sisters|Missionaries|' +
    // a region's health service ("Metro South Health", "Queensland Health", "Northern Health")
    'Health|Healthcare|' +
    'Organisation|Organization|Institute|Institution|University|Universiteit|Universität|Université|Universidad|College|Polytechnic|School|' +
    'Academy|Center|Centre|Chamber|Council|Ministry|Embassy|Consulate|Department|Agency|Party|Committee|Commission|Association|Union|Court|Congress|' +
    'Senate|Parliament|Assembly|Bank|Fund|Forum|Times|Post|News|Journal|Tribune|Herald|Gazette|Review|Magazine|Daily|Press|' +
    'Group|Corp|Corp.|Corporation|Inc|Inc.|Ltd|Ltd.|Ltée|Limited|Incorporated|LLC|Company|Co|Co.|Foundation|Office|Administration|Alliance|Coalition|' +
    'Federation|Bureau|Service|Services|Authority|Board|Army|Navy|Guard|Force|Forces|Police|Church|Network|Campaign|PAC|' +
    'Society|League|Trust|Initiative|Project|Program|Programme|Caucus|Club|Partnership|Secretariat|Cabinet|Command|Reuters|' +
    // a sport's league or governing body named by the sport ("Major League Baseball", "USA Hockey")
    'Baseball|Hockey|Soccer|Basketball|Football|Softball|Volleyball|Lacrosse|' +
    // units of armed forces ("the Royal Canadian Regiment", "Princess Patricia's Canadian Light Infantry")
    'Regiment|Battalion|Brigade|Squadron|Infantry|' +
    'Brookings|Clearinghouse|Tribunal|Exchange|Airlines|Lines|Motors|Technologies|Labs|Studios|Media|Broadcasting|Television|Radio|Channel|Hospital|' +
    // company words: "Brightwater Foods", "Kestrel Energy", "Patriot Coal"
    'Foods|Energy|Coal|Oil|Petroleum|Gas|Mining|Minerals|Resources|Holdings|Industries|Enterprises|Pharmaceuticals|Pharma|' +
    'Therapeutics|Biosciences|Lifesciences|Scientific|Biologics|Biopharma|Airways|Railways|Railroad|Logistics|Shipping|Systems|Solutions|Software|Semiconductor|' +
    'Semiconductors|Electronics|Electric|Utilities|Chemical|Chemicals|Motor|Pharmaceutical|Automotive|Aerospace|Construction|Insurance|Bancorp|Capital|' +
    'Ventures|Brands|Stores|Restaurants|Hotels|Resorts|Entertainment|Pictures|Records|Publishing|Communications|Telecom|' +
    // producers' bodies by their members' trade (see TRADE_BODY_HEADS)
    TRADE_BODY_WORDS + '|' +
    'Farm|Farms|Dairy|Dairies|Brewing|Brewery|Breweries|Bakery|Bakeries|Foundry|Steelworks|Manufacturing|Supermarkets|Grocers|Partners LLP|Freight|Analytics|Trucking|Outfitters|' +
    // retail by its trade ("Rideau Drug Mart", "Harbour Pharmacy", "London Drugs")
    'Mart|Pharmacy|Pharmacies|Drugstore|Drugstores|Drugs|' +
    // a nation's government without a state of its own ("Scottish Government"); a US appeals court ("the Fifth Circuit");
    // an indigenous nation's ("Sawridge First Nation", "Navajo Nation")
    'Government|Circuit|Nation|' +
    // federations of bodies and joint ventures ("British Retail Consortium", "Vietnam General Confederation of Labour")
    'Consortium|Confederation|Syndicate|Cooperative|Co-operative|' +
    // a school board's or an army's unit ("Saskatchewan Rivers School Division", "82nd Airborne Division")
    'Division|' +
    // a police force's or a province's unit ("Serious Incident Response Team", "Joint Terrorism Task Force")
    'Team|Task Force|' +
    // a police watchdog's or a force's unit, and a municipality's government ("Independent Investigation Unit",
    // "Halifax Regional Municipality", "Rural Municipalities of Alberta"); no surname among them
    'Unit|Municipality|Municipalities|' +
    // more company words ("Palo Alto Networks", "Hutchison Ports", "Brookfield Residential"); no surname among them
    'Networks|Ports|Properties|Developments|Residential|Dynamics|Robotics|Instruments|Devices|Interactive|Investments|' +
    'Financial|Aviation|Transit|Wireless|Textiles|Apparel|Beverages|Tobacco|Metals|Cement|Packaging|Plastics|Genomics|' +
    'Diagnostics|Healthcare|Laboratories|Consulting|Associates|Realty|Hospitality|Equities|Securities|Library|Libraries|Schools|' +
    'Infirmary|Clinic|' +
    // business news's firms by their trade ("Northstar Air", "Kestrel Optics", "Stonebridge Commodities", "Pruett Brothers"); no surname among them
    'Air|Optics|Photonics|Commodities|Insights|Advisors|Advisers|Advisory|Brothers|Materials|Payments|' +
    // a utility, a broadcaster's channel, a veterans' body, a watchdog by its trade ("Thames Water", "Sky Sports",
    // "Royal British Legion", "Food & Water Watch"); no surname among them
    'Water|Sports|Legion|Watch|' +
    // cultural and civic institutions ("Royal Ontario Museum", "Brenton Zoo", "Calgary Philharmonic Orchestra"); no surname among them
    'Museum|Museums|Zoo|Gallery|Aquarium|Orchestra|Opera|Observatory|Archives|Conservatory|Seminary|Hospice|Sanctuary|Shelter|' +
    // homes for the old by their building's word ("Pioneer Manor", "Pioneer Manor Annex"); no surname among them
    'Manor|Annex|' +
    // regulators, survey agencies and guard corps by their work ("Alberta Energy Regulator", "U.S. Geological Survey",
    // "Revolutionary Guards"); no surname among them
    'Regulator|Survey|Guards|' +
    // film and music producers, fund managers and sports' governing bodies by their trade ("Seven Bucks Productions",
    // "Deepwater Asset Management", "Major League Soccer", "Canada Soccer"); no surname among them
    'Productions|Management|Soccer|' +
    // performers' and writers' unions by their old name ("Writers Guild of America West", "Directors Guild of Canada")
    'Guild|' +
    // a family firm by its trade ("Kowalczyk Paving", "Whitfield Grain", "Dube Excavating"); no surname among them
    'Paving|Grain|Roofing|Plumbing|Excavating|Excavation|Landscaping|Lumber|Contracting|Contractors|Concrete|Asphalt|Towing|' +
    'Drilling|Welding|Machinery|Equipment|Seafoods|Meats|Fuels|Demolition|Masonry|Electrical|Hardware|Printing|' +
    // a shop or an eatery by its trade ("Westbury General Store", "the Harbor Lantern Pub"); no surname among them
    'Store|Grocery|Pharmacy|Tavern|Pub|Diner|Bistro|Saloon|Café|Cafe|' +
    // firms of ports, yards, fish farms and offshore power by their trade ("Atlantic Breeze Renewables", "Fraser
    // Stevedoring", "Gulf Coast Shipyards", "Kelp Cove Aquaculture"); no surname among them
    'Renewables|Stevedoring|Dredging|Shipyards|Shipbuilding|Aquaculture|Seafood|Salvage|' +
    // food makers and growers by their trade, as recall notices name them ("Sweet Ridge Orchards", "Keystone
    // Nutrition", "Platte Valley Packing", "Coastline Pantry"); no surname among them
    'Orchards|Vineyards|Creamery|Creameries|Fromagerie|Packing|Packers|Nutrition|Provisions|Snacks|Confections|Pantry',
);

/**
 * Last words of sports clubs' names ("Kingsbridge United", "Bristol Rovers", "Boca Juniors"): a club, never a
 * person; kept apart from ORG_HEADS, whose words also open bodies ("United States Court …").
 */
export const CLUB_HEADS = lowerSet('United|Rovers|Wanderers|Athletic|Albion|Hotspur|FC|AFC|Juniors|Rangers|Harriers|Thistle');

/** Names that are organisations though they end in no head word. */
export const KNOWN_ORGS = lowerSet(
  'White House|Kremlin|Pentagon|Congress|Senate|House|Capitol|Downing Street|Elysee|Élysée|Politico|Breitbart|Reuters|' +
    // the tip line a police story ends with ("contact Crime Stoppers anonymously")
    'Crime Stoppers|' +
    // Canada's parties and unions named with no head word ("Unifor national president", "the CAQ")
    'Bloc Québécois|Coalition Avenir Québec|CAQ|Unifor|' +
    // parties named in French with lower-case words, which a name run breaks at ("Québec solidaire said")
    'Québec solidaire|Quebec solidaire|La France insoumise|Rassemblement national|Les Républicains|Europe Écologie|' +
    'Associated Press|AP|AFP|Bloomberg|CNN|Fox News|MSNBC|BBC|NPR|Twitter|Facebook|Google|Microsoft|Apple|Amazon|Tesla|' +
    // outlets whose names hold "and", which a name run would split at ("the Globe and Mail reported")
    'Globe and Mail|Toronto Star|National Post|Le Devoir|La Presse|Radio-Canada|' +
    'Foreign Affairs|Foreign Policy|Huffington Post|HuffPost|Washington Post|New York Times|Wall Street Journal|USA Today|' +
    'Hamas|Hezbollah|Taliban|Islamic State|ISIS|ISIL|al-Qaeda|Al Qaeda|Interpol|Europol|Frontex|Gallup|Quinnipiac|' +
    'State Department|Justice Department|Treasury|European Union|United Nations|World Bank|Supreme Court|Planned Parenthood|' +
    // chambers named "House of …" (a title's word, "House Speaker", before "of")
    'House of Commons|House of Lords|House of Representatives|House of Assembly|House of Delegates|House of Councillors|' +
    // large companies whose names have no head word and read like a person's ("Goldman Sachs")
    'Goldman Sachs|Morgan Stanley|JPMorgan|JPMorgan Chase|Wells Fargo|Citigroup|Citibank|Exxon|ExxonMobil|Exxon Mobil|' +
    'Chevron|Walmart|Wal-Mart|Boeing|Lockheed Martin|General Electric|General Motors|Pfizer|Coca-Cola|PepsiCo|Starbucks|' +
    'Verizon|Comcast|Netflix|Halliburton|BlackRock|Berkshire Hathaway|Deutsche Bank|Barclays|Lehman Brothers|Bear Stearns|' +
    // fact-checkers news quotes as it quotes outlets ("PolitiFact rated the claim …")
    'PolitiFact|FactCheck.org|Snopes|Full Fact|' +
    // publishers whose names read as a person's glued ("HarperCollins declined to renew the offer")
    'HarperCollins|Simon & Schuster|Penguin Random House|Random House|Hachette|' +
    'Daily Beast|Business Insider|Real Clear Politics|RealClearPolitics|Ku Klux Klan|Black Lives Matter|' +
    // charities and campaign groups named like no body ("said Greenpeace", "Oxfam's director")
    'Greenpeace|Oxfam|Amnesty International|Human Rights Watch|Doctors Without Borders|Médecins Sans Frontières|' +
    'Medecins Sans Frontieres|Red Cross|Red Crescent|Save the Children|Friends of the Earth|Extinction Rebellion|' +
    'Transparency International|Reporters Without Borders|WaterAid|ActionAid|Christian Aid|Caritas|CARE International|' +
    // broadcasters, wires and papers that are no person ("told Al Jazeera", "told Der Spiegel")
    'Al Jazeera|Sky News|Deutsche Welle|Euronews|Xinhua|Kyodo|Yonhap|Interfax|Tass|Axios|ProPublica|Le Monde|Le Figaro|' +
    'El País|El Pais|El Mundo|Der Spiegel|Die Zeit|Bild|La Repubblica|Corriere della Sera|The Lancet|Lancet|' +
    // broadcast programmes named with small words, which a name run breaks at ("told Meet the Press", "on As It Happens")
    'Meet the Press|Face the Nation|As It Happens|Power & Politics|Power and Politics|Good Morning America|Fox News Sunday|' +
    'Fox and Friends|Fox & Friends|Morning Joe|60 Minutes|Question Period|Democracy Now|Breakfast Television|' +
    // platforms and companies news names bare
    'Meta|Instagram|WhatsApp|TikTok|YouTube|Uber|Airbnb|Spotify|Samsung|Toyota|Volkswagen|Siemens|Nestlé|Unilever|' +
    'Ryanair|Lufthansa|Nvidia|OpenAI|Alibaba|Huawei|Gazprom|Rosneft|Aramco|Maersk|Glencore|Rio Tinto|BHP|' +
    // Canada's large companies, banks and broadcasters named bare ("Telus and Rogers Communications gained", "Analyst … of
    // Scotiabank", "Canfor said"); no surname among them ("Rogers", "Bell" alone stay people's)
    'Telus|Bell Canada|Scotiabank|BMO|RBC|CIBC|TD Bank|Desjardins|Manulife|Sun Life|Canfor|West Fraser|Loblaw|Loblaws|Sobeys|' +
    'Suncor|Enbridge|Cenovus|Nutrien|Barrick|Bombardier|WestJet|Air Canada|Hydro-Québec|Hydro-Quebec|Petro-Canada|' +
    'Canadian Tire|Tim Hortons|Couche-Tard|Shopify|Rogers Communications|Vidéotron|Videotron|Postmedia|Torstar|CBC|' +
    'Radio-Canada|CTV|CTV News|Global News|Canada Post|Purolator|Irving Oil|SaskPower|Metrolinx|BC Hydro|Manitoba Hydro|' +
    // parties and national teams whose names have no head word ("Sinn Féin said", "the All Blacks")
    'Sinn Féin|Sinn Fein|Fianna Fáil|Fianna Fail|Fine Gael|Plaid Cymru|Likud|Fidesz|Podemos|Syriza|Ennahda|' +
    'All Blacks|Springboks|Wallabies|Socceroos|Matildas|Black Caps|Blackcaps|Black Ferns|Cadena SER|RTÉ|' +
    // football clubs whose names read as a person's or a lone word ("Aston Villa", "Arsenal beat …")
    'Arsenal|Aston Villa|Everton|Juventus|Real Madrid|Atletico Madrid|Bayern Munich|Borussia Dortmund|Paris Saint-Germain|Inter Milan|AC Milan',
);

/** Head words that make a capitalised name a place, even where an organisation head precedes them. */
export const PLACE_HEADS = lowerSet(
  'Sea|Ocean|Strait|Straits|Peninsula|Hemisphere|Gulf|Bay|River|Island|Islands|Mountains|Valley|Desert|Canal|County|Province|' +
    'Square|Street|Avenue|Airport|Palace|Hall|Stadium|Arena|Park|Bridge|Convention Center|Convention Centre|Beach|Lake|Coast|Region|' +
    // Indian towns' quarters and streets ("Deshpande Nagar", "Shivaji Chowk", "MG Marg")
    'Nagar|Chowk|Marg|' +
    // Irish and Scottish lakes and sea inlets ("Strangford Lough", "Loch Ness" by the prefix list)
    'Lough|Loch|' +
    'Point|Heights|Springs|Falls|Creek|Road|Row|Terrace|Crescent|Boulevard|Drive|Highway|Parkway|Expressway|Freeway|Harbour|Harbor|Quay|Wharf|' +
    // sports and concert venues ("Scotiabank Saddledome", "Mosaic Stadium", "Daytona Speedway")
    'Dome|Saddledome|Coliseum|Colosseum|Amphitheatre|Amphitheater|Speedway|Raceway|Ballpark|Fieldhouse|Velodrome|Ice Palace|' +
    // settlements and landforms no surname ends with ("Harbour Town", "Dunmore City", "Ross Ice Shelf")
    'City|Town|Township|Townships|Village|Borough|Shelf|Ice Shelf|Glacier|Reef|Canyon|Fjord|Plateau|Archipelago|Lagoon|Estuary|' +
    // ("Forest Gate", "Halls Gap", "Hanging Rock")
    'Gate|Gap|Rock|' +
    // buildings no surname ends with ("Westminster Abbey", "Henry Street Garda Station", "Holiday Inn", "National War Memorial")
    'Abbey|Station|Inn|Memorial|Cathedral|Mosque|Barracks|' +
    // (and gardens and the streets named so: "Spring Garden", "Kew Gardens", "Maple Leaf Gardens")
    'Garden|Gardens|' +
    // works and walks no surname ends with ("Frood Mine", "the River Walk", "Sarnia Refinery")
    'Mine|Refinery|Smelter|Walk|Boardwalk|Promenade|Esplanade|Pass|Plains|' +
    // a lake's inlet a town is named for ("Salmon Arm", "North Arm")
    'Arm',
);

/** A student's years, as TITLES and CLASS_YEARS list them. */
const CLASS_YEAR_WORDS = 'Freshman|Sophomore|Junior|Senior';

/** Titles and ranks before a name; multi-word ones are matched token by token. */
export const TITLES = lowerSet(
  'President|DJ|Vice President|Vice-President|Prime Minister|Deputy Prime Minister|Minister|Foreign Minister|Defense Minister|' +
    'Defence Minister|Finance Minister|Secretary|Secretary of State|Defense Secretary|Secretary-General|Secretary General|Director-General|Director General|' +
    'Chancellor|Senator|Sen.|Rep.|Representative|Congressman|Congresswoman|Gov.|Governor|Lt. Gov.|Mayor|Gen.|General|Lt.|' +
    'Lt. Gen.|Col.|Senior Col.|Lt. Col.|Maj.|Maj. Gen.|Adm.|Admiral|Capt.|Captain|Sgt.|Chairman|Chairwoman|Chair|Director|' +
    'Ambassador|Spokesman|Spokeswoman|Spokesperson|Adviser|Advisor|Chief|Judge|Justice|Speaker|Leader|Majority Leader|' +
    'Minority Leader|Opposition Leader|Leader of the Opposition|King|Queen|Prince|Princess|Pope|Emperor|Premier|Dr.|Mr.|Mrs.|Ms.|Dr|Mr|Mrs|Ms|Miss|Prof.|Professor|Sir|Dame|Lord|' +
    'Lady|Rev.|Reverend|Fr.|Msgr.|Bishop|Archbishop|Cardinal|Sheikh|CEO|CFO|COO|CTO|CMO|CIO|Founder|Commissioner|Attorney General|Treasurer|Envoy|Commander|Dean|' +
    'Chief Executive|Administrator|Coordinator|Whip|National Chief|Regional Chief|Vice-Chief|Vice Chief|Executive Director|National Director|National President|National Chair|Majority Whip|Minority Whip|Chief Whip|Elder|Grand Chief|Battalion Chief|Platoon Chief|District Chief|Deputy Chief|Assistant Chief|Division Chief|Fire Chief|Pastor|Rabbi|Imam|Sheriff|Detective|Officer|Councilman|Councilwoman|Councilor|Assemblyman|Secretary-general|' +
    'Deputy|Assistant|Foreign Secretary|Home Secretary|Press Secretary|Attorney|Candidate|Nominee|Coach|Editor|Anchor|Host|' +
    // offices of other countries and levels: "Cllr Ramanathan", "Harbourview MP Janet Cole", "State Sen. Ortiz"
    // a council's presiding officer in the mayor's absence, as US cities write it: "Mayor Pro Tem Ana Ruiz"
    'Mayor Pro Tem|Mayor Pro Tempore|President Pro Tem|President Pro Tempore|Speaker Pro Tem|Speaker Pro Tempore|Chair Pro Tem|Pro Tem|' +
    'Councillor|Cllr|Cllr.|Coun.|Ald.|Alderperson|Reeve|Superintendent of Schools|Councilmember|Council Member|Alderman|Alderwoman|Selectman|Selectwoman|Assemblywoman|' +
    'Assemblymember|Assembly Member|Delegate|Freeholder|Supervisor|Trustee|Regent|Magistrate|Constable|Inspector|Superintendent|' +
    'Senators|Sens.|Reps.|Govs.|Pres.|Drs.|Drs|Profs.|Mses.|Messrs.|Messrs|Representatives|Ranking Member|Ranking Democrat|Ranking Republican|AG|Defense|Defence|Treasury|' +
    'MP|MPP|MLA|MEP|MSP|MNA|MHA|TD|First Minister|Chief Minister|President-elect|Mayor-elect|Governor-elect|Senator-elect|' +
    'State Senator|State Sen.|State Rep.|State Representative|State Treasurer|State Attorney General|State|' +
    // an office kept in retirement ("Professor Emeritus Franklin Gordon", "Bishop Emeritus NAME")
    'Professor Emeritus|Prof. Emeritus|Emeritus Professor|Bishop Emeritus|Archbishop Emeritus|Pastor Emeritus|Rabbi Emeritus|Dean Emeritus|President Emeritus|' +
    'Economist|Author|Organizer|Organiser|Developer|Billionaire|Businessman|Businesswoman|Entrepreneur|Investor|Philanthropist|' +
    'Donor|Activist|Volunteer|Lawyer|Historian|Novelist|Writer|Poet|Journalist|Columnist|Commentator|Analyst|Strategist|' +
    'Pollster|Consultant|Lobbyist|Researcher|Scientist|Physicist|Economics Professor|Designer|Architect|Artist|Photographer|' +
    'Filmmaker|Producer|Actor|Actress|Singer|Rapper|Comedian|Chef|Farmer|Teacher|Principal|Doctor|Nurse|Surgeon|Pharmacist|' +
    // a country's diplomats abroad under the ambassador: "Consul Juan Carlos Medina", "Consul General Ana Ruiz"
    'Consul|Consul General|Consul-General|Vice-Consul|Vice Consul|Deputy Consul General|High Commissioner|' +
    // a sports hall's member: "Hall of Famer Vladimir Guerrero Sr."
    'Hall of Famer|Hall-of-Famer|Hall of Fame pitcher|Hall of Fame coach|' +
    'Engineer|Manager|Executive|Owner|Co-founder|Cofounder|Publisher|Sportscaster|Quarterback|Striker|Goalkeeper|' +
    // weather and earth scientists, as wire copy names them before a name: "Forecaster Benison Estareja"
    'Forecaster|Meteorologist|Climatologist|Seismologist|Volcanologist|Hydrologist|Epidemiologist|Virologist|Midfielder|Defender|' +
    // newsroom and staff offices: "Gazette Editor-in-Chief Nora Feldt", "Deputy Chief of Staff Tova Rennick"
    'Editor-in-Chief|Editor in Chief|Executive Editor|Managing Editor|Chief of Staff|Deputy Chief of Staff|Counsel|' +
    'General Counsel|Special Counsel|Reporter|Correspondent|' +
    // offices of a veterans' post or a unit: "Department Adjutant Bill Oxford", "Post Quartermaster NAME"
    'Adjutant|Quartermaster|Commandant|' +
    // municipal and county offices: "City Clerk Dana Wu", "County Coroner Ruth Ames", "City Comptroller Brad Lander"
    'Clerk|Auditor|Assessor|Recorder|Controller|Comptroller|Coroner|Solicitor|Registrar|Ombudsman|Prosecutor|Chairperson|Planner|Warden|Provost|Marshal|' +
    // officers of Parliament and ombuds over a field: "Correctional Investigator Ivan Zinger", "Veterans Ombud Nishika Jardine"
    'Ombud|Ombudsperson|Investigator|' +
    // a contest's titleholder, the contest named after the world it crowns: "former Miss Universe Ana Ruiz"
    'Miss Universe|Miss World|Miss Earth|Miss International|Miss America|Miss USA|Miss Teen USA|Mr. Universe|Mr Universe|' +
    'Mister Universe|Mr. Olympia|Mr Olympia|Mr. World|Mister World|' +
    // ranks and offices abbreviated as police, armies and councils write them: "Cpl. Janelle Fortier",
    // "Cst. Amir Haddad", "Cr Adrian Schrader" (an Australian councillor)
    'Cpl.|Cpl|Pte.|Pvt.|Cst.|Const.|Det.|Det.-Sgt.|Lt.-Col.|Lt.-Gen.|Maj.-Gen.|Brig.-Gen.|Lt.-Cmdr.|Lt.-Gov.|Sgt.-Maj.|Staff-Sgt.|Staff Sgt.|Insp.|Supt.|Cmdr.|Cdr.|Brig.|Spc.|Cr|Cr.|Clr|' +
    // and as British papers write them, with no full stop: "Supt Pádraig Ó Súilleabháin", "Det Sgt Aisha Rahman"
    'Sgt|Insp|Supt|Det Sgt|Det Insp|Det Supt|Det Ch Insp|Det Ch Supt|Det Con|Ch Insp|Ch Supt|Ch Con|Det Chief Inspector|Det Chief Superintendent|' +
    'Chief Supt|Chief Insp|Staff Sgt|Lt Col|Lt Gen|Maj Gen|Brig Gen|Capt|Prof|' +
    // British police ranks in capitals ("PC Laura Kenning", "DC Holt"): weak, as they are also initials' words
    'PC|DC|DS|DI|DCI|PCSO|' +
    // and as Nigerian, Indian and Pakistani police write theirs ("SP Lawan Adam", "ASP Musa Bello", "IGP Kayode Egbetokun")
    'SP|ASP|DSP|CSP|SSP|ACP|DCP|AIG|DIG|IGP|' +
    // US federal agents' ranks: "Special Agent in Charge Lorraine Bishop"
    'Special Agent|Supervisory Special Agent|Special Agent in Charge|' +
    // the Border Patrol's ranks: "Swanton Sector Chief Patrol Agent Robert Garza", "Border Patrol Agent Ann Lee"
    'Patrol Agent|Chief Patrol Agent|Deputy Chief Patrol Agent|Border Patrol Agent|Supervisory Border Patrol Agent|' +
    // English and Welsh judges of the High Court and the Court of Appeal: "Mr Justice Cavanagh", "Lady Justice Simler"
    'Mr Justice|Mrs Justice|Ms Justice|Lord Justice|Lady Justice|Mr. Justice|Mrs. Justice|Ms. Justice|' +
    // the Irish head of government and deputy: "Taoiseach Seán Kilbride"
    'Taoiseach|Tánaiste|Tanaiste|' +
    // the same ranks written out: "Detective Sergeant Ian Brook", "Chief Inspector Ruth Ames", "Colonel Ada Ross"
    'Sergeant|Staff Sergeant|Detective Sergeant|Detective Constable|Detective Inspector|Detective Chief Inspector|' +
    'Detective Superintendent|Chief Inspector|Chief Superintendent|Chief Constable|Corporal|Lieutenant|Colonel|' +
    // honorifics before a full name: Nigerian "Comrade", "Alhaji", "Hajiya" (a pilgrim's), Spanish "Doña"
    'Comrade|Alhaji|Alhaja|Hajiya|Hajia|Haji|Hajji|Doña|' +
    // the Arabic pilgrim's and Shiite clerics' honorifics ("Hajj Ali Fakih", "Grand Ayatollah Ali al-Sistani"), and a
    // navy's or coast guard's commodore ("Commodore Jay Tarriela", as Philippine and Commonwealth forces write it)
    'Hajj|Hadj|Ayatollah|Grand Ayatollah|Commodore|Air Commodore|Cmdre.|' +
    // styles of members and ministers ("the Rt. Hon. Ann Lee MP", "Hon. Musa Bello"), Indian courtesy
    // titles ("Shri", "Smt."), Nigerian professional ones ("Engr.", "Barr.", "Distinguished Senator")
    // (and "Rep", "Sen" as headlines write them without a stop: "GOP Rep McCaul Announces …")
    'Rep|Sen|Hon.|Hon|Rt. Hon.|Rt Hon.|Rt Hon|Right Hon.|Right Honourable|Honourable|The Honourable|Shri|Smt.|Smt|Shrimati|' +
    'Engr.|Engr|Barr.|Barr|Distinguished Senator|' +
    // South African and Indian counsel: "Advocate Thabo Mokoena", "Adv. Dali Mpofu"
    'Advocate|Adv.|' +
    // police offices written out with their force, and the Nigerian commissioner's ("CP Ada Obi")
    'Superintendent of Police|Deputy Superintendent of Police|Senior Superintendent of Police|Assistant Superintendent of Police|' +
    'Commissioner of Police|Deputy Commissioner of Police|Assistant Commissioner of Police|Inspector-General of Police|Inspector General of Police|CP|' +
    // offices of two words written with a hyphen, one token each ("Deputy Attorney-General Tai Wei Shyong", "Minister-President Michael Kretschmer")
    'Attorney-General|Solicitor-General|Governor-General|Inspector-General|Auditor-General|Accountant-General|Surveyor-General|' +
    'Registrar-General|Advocate-General|Postmaster-General|Procurator-General|Comptroller-General|Paymaster-General|Lieutenant-Governor|Minister-President|' +
    // Canadian Forces ranks written out with a hyphen, naval ratings, and clergy's offices ("Rear-Admiral Rebecca Patterson",
    // "Able Seaman Ty Roe", "Grand Mufti Ali Gomaa"; "Deacon" and "Metropolitan" are weak, see WEAK_TITLES)
    'Rear-Admiral|Lieutenant-General|Major-General|Brigadier-General|Lieutenant-Colonel|Lieutenant-Commander|Sub-Lieutenant|Sub-Lt.|' +
    'Ordinary Seaman|Able Seaman|Leading Seaman|Master Seaman|Grand Mufti|Deacon|Metropolitan|' +
    // a Salvation Army officer's or an army's rank written out, and Hindu priests' and teachers' honorifics
    // ("Major Karen Osei", "Pandit Raj Sharma", "Swami Dev Patel"; weak, see WEAK_TITLES: "Major League", "Ajit Pandit")
    'Major|Pandit|Swami|' +
    // US and Canadian enlisted ranks of more than one word, and a navy's ensign ("Private First Class Ana Ruiz",
    // "Airman First Class Jo Park", "Sgt. Major Ed Cole", "Master Bombardier Ty Roe"; a rank's class after other
    // ranks, "Sgt. First Class", "Petty Officer 2nd Class", is read in names.ts)
    'Private First Class|Airman First Class|Airman|Sgt. Major|Sergeant Major|Sgt. Maj.|Master Bombardier|Seaman Apprentice|Ensign|' +
    // ranks as US services abbreviate them ("Pfc. Ana Ruiz", "Tech. Sgt. Jo Park", "1st Lt. Ed Cole", "Ens. Ty Roe")
    'Pfc.|PFC|Tech. Sgt.|1st Sgt.|1st Lt.|2nd Lt.|Ens.|' +
    // the Marines' and the Commonwealth armies' lance ranks ("Lance Cpl. Dana Ruiz", "Lance Corporal Ty Roe", "Lance Bombardier Jo Park")
    'Lance Cpl.|Lance Corporal|Lance Sgt.|Lance Sergeant|Lance Bombardier|LCpl|LCpl.|' +
    // and as the Canadian Armed Forces write them, in letters with no stop or with one for the artillery's and the
    // corps' ranks ("MCpl Dana Roy", "CPO2 Ann Lee", "LCol Ed Cole", "Bdr. Ty Roe", "Tpr. Jo Park")
    'MCpl|MCpl.|MWO|CWO|PO1|PO2|CPO1|CPO2|LCol|BGen|MGen|LGen|LCdr|RAdm|VAdm|OCdt|Bdr|Bdr.|MBdr|MBdr.|Tpr.|Gnr.|Spr.|Cfn.|Rfn.|' +
    // a student's year: "Junior Kayla Brandt" (only before a given name, see CLASS_YEARS)
    CLASS_YEAR_WORDS,
);

/** A student's year before a name: a title only where a known given name follows ("Junior Kayla Brandt"; "Junior Seau" is a name). */
export const CLASS_YEARS = lowerSet(CLASS_YEAR_WORDS);

/**
 * Titles that are also ordinary nouns or words of names ("Author", "Developer", "State", "Owner"):
 * a title only where a clean personal name of two to four words follows ("Author Felix Brandt"),
 * not in "State Farm", "Developer Conference", "Trustee Services".
 */
export const WEAK_TITLES = lowerSet(
  'State|Economist|Author|Organizer|Organiser|Developer|Billionaire|Businessman|Businesswoman|Entrepreneur|Investor|' +
    'Philanthropist|Donor|Activist|Volunteer|Lawyer|Historian|Novelist|Writer|Poet|Journalist|Columnist|Commentator|' +
    'Analyst|Strategist|Pollster|Consultant|Lobbyist|Researcher|Scientist|Physicist|Designer|Architect|Artist|' +
    'Photographer|Filmmaker|Producer|Actor|Actress|Singer|Rapper|Comedian|Chef|Farmer|Teacher|Principal|Doctor|Nurse|' +
    'Surgeon|Pharmacist|Engineer|Manager|Executive|Owner|Co-founder|Cofounder|Publisher|Sportscaster|Quarterback|Striker|' +
    'Goalkeeper|Forecaster|Meteorologist|Climatologist|Seismologist|Volcanologist|Hydrologist|Epidemiologist|Virologist|Midfielder|Defender|Delegate|Freeholder|Supervisor|Trustee|Regent|Magistrate|Constable|Inspector|Superintendent|TD|AG|Defense|Defence|' +
    'Treasury|Ranking Democrat|Ranking Republican|Counsel|Reporter|Correspondent|Elder|PC|DC|DS|DI|DCI|PCSO|' +
    'SP|ASP|DSP|CSP|SSP|ACP|DCP|AIG|DIG|IGP|CP|Hon|Rep|Sen|Deacon|Metropolitan|Major|Pandit|Swami',
);

/** Titles named with their constituency before them: "Harbourview MP Janet Cole" has the role "Harbourview MP". */
export const CONSTITUENCY_TITLES = lowerSet('MP|MPP|MLA|MEP|MSP|MNA|MHA|TD');
/** Words for a member's side of the house or standing before the member's title, no seat ("Opposition MPP Ann Lee", "Independent MP"). */
export const BENCH_WORDS = lowerSet('Opposition|Government|Independent|Backbench|Crossbench|Former|Veteran|Rookie|Longtime|Outgoing|Retiring');

/** First words of place names ("San Bruno", "Fort Myers", "Port Moresby"): a run that starts with one names a place. */
export const PLACE_PREFIXES = lowerSet(
  'San|Santa|Santo|São|Sao|Los|Las|Fort|Ft.|Port|Puerto|Porto|Mount|Mt.|Mont|Lake|Loch|Lough|Saint|St.|Sainte|Ste.|Cape|Palm|' +
    // streets named in other languages, the street's word first ("Rua Augusta", "Calle Mayor", "Via Roma", "Jalan Besar";
    // not "Rue", a given name too)
    'Rua|Calle|Avenida|Via|Viale|Piazza|Praça|Praca|Jalan',
);

/** Direction words before a known place ("South Florida", "Northern California", "East Texas"): the whole run is a place. */
export const DIRECTION_WORDS = lowerSet(
  'North|South|East|West|Northern|Southern|Eastern|Western|Central|Northeast|Northwest|Southeast|Southwest|Northeastern|' +
    'Northwestern|Southeastern|Southwestern|Upstate|Downstate|Upper|Lower|Greater|Inner|Outer|Coastal|Rural|Downtown',
);

/** Lower-case role nouns that head a description of a person ("the NATO chief", "a spokesman"). */
export const ROLE_NOUNS = lowerSet(
  'chief|head|boss|leader|president|vice-president|vice-chair|secretary|secretary-general|treasurer|minister|premier|chancellor|spokesman|spokeswoman|' +
    'spokesperson|adviser|advisor|official|officer|diplomat|envoy|ambassador|director|chairman|chairwoman|chair|analyst|' +
    'expert|researcher|professor|dean|senator|governor|mayor|candidate|nominee|frontrunner|front-runner|lawmaker|' +
    'congressman|congresswoman|representative|general|commander|aide|strategist|economist|scientist|author|founder|' +
    // (and the other chief officers by their letters: "said CFO Dan Janki", "the company's CMO")
    'executive|ceo|cfo|coo|cto|cmo|cio|vp|manager|lawyer|attorney|notary|judge|prosecutor|justice|speaker|host|anchor|columnist|reporter|correspondent|' +
    'editor|billionaire|businessman|businesswoman|mogul|pollster|operative|surrogate|consultant|activist|organizer|' +
    'campaigner|veteran|fellow|scholar|historian|commentator|pundit|critic|supporter|ally|rival|opponent|challenger|' +
    'incumbent|administrator|coordinator|co-ordinator|commissioner|auditor|ombudsman|comptroller|secretary of state|tycoon|magnate|student|voter|resident|owner|member|partner|' +
    // makers of films, books and songs ("producer Michael Bay", "the novelist said")
    'producer|filmmaker|screenwriter|playwright|novelist|poet|singer|songwriter|composer|comedian|presenter|' +
    // members of a parliament, by their letters ("One MP said", "the MEP said")
    'mp|mep|msp|mla|mpp|mna|td|' +
    // and police officers, by their ranks' letters ("the SP said", "the CP ordered")
    'sp|asp|dsp|ssp|csp|acp|dcp|cp|igp|dig|aig|' +
    // clergy and officers of armed forces, as headlines name the one of a story ("Rabbi says …", "Admiral says …")
    'rabbi|imam|bishop|archbishop|pastor|priest|chaplain|admiral|colonel|sergeant|' +
    // offices of a veterans' post or a unit ("the post adjutant said", "said state quartermaster NAME")
    'adjutant|quartermaster|commandant',
);

/** Plural nouns that make a capitalised modifier into a group ("US officials", "Asia-Pacific partners"). */
export const GROUP_NOUNS = lowerSet(
  'officials|partners|allies|leaders|lawmakers|members|ministers|diplomats|analysts|experts|officers|troops|forces|' +
    'voters|supporters|critics|sources|authorities|legislators|senators|delegates|governors|negotiators|mediators|prosecutors|' +
    'investigators|researchers|aides|advisers|advisors|strategists|operatives|donors|activists|protesters|residents|citizens|' +
    'workers|students|economists|scientists|militants|rebels|separatists|insurgents|candidates|spokespeople|representatives|' +
    'landlords|tenants|renters|homeowners|landowners|shopkeepers|parents|teachers|nurses|doctors|physicians|farmers|' +
    'fishermen|neighbours|neighbors|shoppers|commuters|passengers|patients|families|villagers|locals|volunteers|employees|' +
    'unions|organizers|organisers|campaigners|demonstrators|veterans|retirees|pensioners|merchants|traders|investors|' +
    'executives|lawyers|scholars|historians|observers|commentators|pollsters|consumers|customers|viewers|readers|people',
);

/** Capitalised words that begin sentences but name nothing. */
export const COMMON_CAPITALISED = lowerSet(
  'The|A|An|In|On|At|But|And|Or|Nor|So|Yet|However|Meanwhile|After|Before|When|While|If|Since|Because|Although|Though|' +
    // adjectives of place that open a sentence before a name ("Neighboring Loudoun County Public Schools said")
    'Neighboring|Neighbouring|Nearby|' +
    'This|That|These|Those|It|He|She|They|We|I|You|His|Her|Their|Our|Its|My|Your|Some|Many|Most|Other|Others|Last|Next|' +
    'One|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|Both|Each|Every|All|Any|No|Not|None|According|As|For|From|With|' +
    'Without|By|Besides|Already|Now|Then|Still|Also|Even|Asked|Under|Over|Despite|During|Instead|Indeed|Here|There|' +
    'Where|What|Which|Who|Whom|Whose|Why|How|Such|Only|Just|Much|More|Less|Few|Several|Among|Amid|Between|Through|Into|' +
    'About|Against|Ahead|Across|Around|Toward|Towards|Upon|Within|Until|Unless|Whether|Thus|Therefore|Moreover|' +
    'Furthermore|Finally|First|Second|Third|Later|Earlier|Recently|Today|Yesterday|Tomorrow|Tonight|Recent|Prior|' +
    'Following|Once|Again|Often|Perhaps|Maybe|Still|Yes|Well|Oh|Please|Let|Like|Unlike|Given|Including|Regarding|' +
    'Do|Does|Did|Is|Are|Was|Were|Be|Been|Has|Have|Had|Will|Would|Could|Should|Can|May|Might|Must|Shall|New|Old|Big|' +
    'Former|Current|Top|Senior|Speaking|Responding|Writing|Update|Updated|Photo|Video|Watch|Read|See|Click|Share|Note|' +
    'Editor|Sources|Source|Breaking|Exclusive|Opinion|Analysis|Related|Advertisement|Sponsored|Overall|Together|Either|' +
    'Neither|Whatever|Whoever|Everyone|Everybody|Nobody|Someone|Somebody|Anyone|Anybody|Nothing|Something|Everything|' +
    'Anything|Today’s|Sure|True|Right|Good|Great|Thank|Thanks|Dear|Hello|Hi|Monday|Tuesday|Wednesday|Thursday|Friday|' +
    'Saturday|Sunday|Half|Nearly|Almost|Roughly|Barely|Absent|Another|' +
    // prepositions that open a sentence before a name ("Alongside BLM calls for action, …"); not
    // "Beyond", "Inside", "Via" or "Per", which open names ("Beyond Meat", "Via Rail", "Per Nilsson")
    'Alongside|Along|Aside|Behind|Beneath|Beside|Near|Throughout|Atop|Except',
);

export const DAYS_AND_MONTHS = lowerSet(
  'Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|' +
    'October|November|December|Jan.|Feb.|Mar.|Apr.|Jun.|Jul.|Aug.|Sep.|Sept.|Oct.|Nov.|Dec.|Jan|Feb|Mar|Apr|Jun|Jul|Aug|' +
    'Sep|Sept|Oct|Nov|Dec',
);

/** Party labels that stand before a politician's name: "Republican Marco Rubio", "Labour MP …". */
export const PARTY_WORDS = lowerSet('republican|republicans|democrat|democrats|democratic|gop|independent|libertarian|conservative|liberal|labour|tory|socialist');

/** Capitalised words that are rarely the last word of a person's name: a run ending in one is not a person. */
export const NON_NAME_WORDS = lowerSet(
  // nouns and adjectives that end a phrase and never a personal name ("Congressional District", "Radical Islamic")
  // (and churches' adjectives: "Roman Catholic" before "Archbishop of Edmonton" is no one)
  'Catholic|Anglican|Orthodox|Lutheran|Episcopal|Evangelical|Methodist|Presbyterian|Pentecostal|' +
    'District|Majority|Minors|Goes|Islamic|Eastern|European|Democratic|Presidential|Congressional|Gubernatorial|Core|Pollster|' +
    'War|Concept|Strategy|Act|Code|Day|Law|Bill|Summit|Dialogue|Conference|Agreement|Treaty|Accord|Plan|Doctrine|Order|Era|' +
    'Age|Revolution|Games|Olympics|Cup|Award|Prize|Festival|Show|Report|Index|Survey|Poll|Debate|Caucus|Caucuses|Primary|' +
    'Primaries|Convention|Election|Elections|Amendment|Constitution|Declaration|Charter|Crisis|Movement|Street|Road|Avenue|' +
    'Building|Tower|Towers|Apartments|Courthouse|Symposium|Arrangements|Church|Temple|Mosque|Bible|Koran|Quran|God|Christmas|Easter|Ramadan|Thanksgiving|Democrats|Republicans|' +
    'Democrat|Republican|Americans|Europeans|Muslims|Christians|Jews|Catholics|Evangelicals|Internet|Web|Online|App|' +
    'Program|Programme|Policy|Policies|Reform|Care|Security|Defense|Defence|Intelligence|Economy|Market|Markets|Media|' +
    'Press|Times|Post|News|Communism|Socialism|Capitalism|Party|Parties|Wing|Right|Left|Class|States|Nations|Forces|' +
    'Affairs|Relations|Rights|Studies|Sciences|Technology|Technologies|Hemisphere|Region|Sea|Ocean|Coast|Island|Islands|' +
    // a state's nickname, a movement, a bandwagon, a trade ("Granite State", "… Lives Matter", "Trump Train")
    'State|Continent|Matter|Matters|Train|Caravan|Express|Journalism|Jet|Terrorist|Terrorists|PACs|Whigs|Tories|' +
    // what is left of a body's or an era's name once a regional adjective is peeled off ("European Monetary System")
    'System|Development|Spring|' +
    // a contest's name and a press release's label ("a Grand Slam title", "Media Contact:")
    'Slam|Contact|' +
    // a trophy or a medal is won, no actor ("the Norris Trophy", "the Order of Canada Medal")
    'Trophy|Trophies|Medal|Medals|' +
    // weather patterns ("El Niño brought rain")
    'Niño|Niña|' +
    // a gathering that is an event ("the annual Town Meeting"; a community's: "the 142nd Cavan-Millbrook
    // Fall Fair", "the Lindsay Exhibition", "the Kinmount Bonspiel")
    'Meeting|Hearing|Fair|Fairs|Exhibition|Expo|Jamboree|Rodeo|Stampede|Bazaar|Carnival|Regatta|Bonspiel|Powwow|Gala|Telethon|Tournament|' +
    // a column's or a newsletter's name ("Council Briefs", "Auxiliary Notes")
    'Briefs|Notes|Roundup|Digest|Bulletin|Newsletter',
);


/**
 * Words that end a capitalised run inside a Title Case headline and start none: function words
 * ("Response To Trump") and the verbs of headlines ("Grassley Compares Trump", "X Says Y"), so a
 * headline that ends in a full stop and reads as body text gives no "Chuck Grassley Compares Trump".
 * "Of", "For", "And" and "On" are left out: they join organisation names ("Bank Of America").
 */
export const HEADLINE_BREAKS = lowerSet(
  // headline verbs of results and secrets ("… Wins Delaware", "… Hid Past Health Problems"), and
  // time nouns glued to a name by a headline or a show's title ("Year Barack Obama", "Saturday Night Live")
  'Wins|Won|Loses|Lost|Hid|Hides|Stuns|Stunned|Advised|Advises|Leads|Trails|Surges|Quits|Drops|Dropped|Year|Night|' +
    // slogans and headline imperatives before a name ("Stop Lorimer", "Never Lorimer", "Dump Lorimer")
    'Stop|Dump|Never|Beyond|Impeach|Defeat|Fact|Hail|Outside|Crooked|Presumptive|Radical|Super|' +
    // conjunctions and epithets that open a clause before a name ("Whereas Lorimer", "Longtime Lorimer")
    // (and a relative pronoun a Title Case headline capitalises: "General Who Called For …")
    'Who|Wherever|Whereas|Whenever|Whether|Longtime|Rival|Front-runner|Frontrunner|Derelict|Classic|' +
    'To|An|In|At|By|With|From|Into|Over|After|Before|Behind|Beneath|Against|Amid|Despite|Without|About|Is|Are|Was|Were|' +
    'Has|Have|Had|Can|Could|Would|Should|Not|But|As|Than|Vs|Vs.|Versus|Says|Said|Tells|Told|Asks|Asked|Warns|Warned|' +
    'Claims|Claimed|Compares|Compared|Reveals|Revealed|Reveal|Slams|Slammed|Blasts|Blasted|Calls|Called|Urges|Urged|' +
    'Vows|Vowed|Admits|Admitted|Denies|Denied|Defends|Defended|Accuses|Accused|Praises|Praised|Rips|Ripped|Mocks|Mocked|' +
    'Endorses|Endorsed|Backs|Backed|Ties|Tied|Rip|Rejects|Rejected|Responds|Responded|Reacts|Reacted|Threatens|Threatened|Wants|Wanted|' +
    'Thinks|Thought|Knew|Knows|Debunks|Debunked|Explains|Explained|Hits|Attacks|Attacked|Unveils|Unveiled|Announces|' +
    'Announced|Confirms|Confirmed|Insists|Insisted|Predicts|Predicted|Pledges|Pledged|Promises|Promised|Blames|Blamed|' +
    'Criticizes|Criticized|Criticises|Criticised|Dismisses|Dismissed|Jokes|Joked|Sues|Sued|Fires|Fired|Beats|Meets|Met|' +
    'Asking|Calling|Saying|Telling|Making|Taking|Getting|Giving|Trying|Seeking|Facing|Urging|Warning|Celebrating|' +
    'Demanding|Defending|Attacking|Blaming|Slamming|Blasting|Mocking|Praising|Threatening|Vowing|Promising|Claiming|' +
    'Denying|Admitting|Rejecting|Refusing|Endorsing|Accusing|Comparing|Revealing|Explaining|Questioning|Challenging',
);

/**
 * States and provinces as AP and Canadian Press style abbreviate them in datelines (AP Stylebook,
 * "state names"; The Canadian Press Stylebook, "provinces and territories"), and Canada Post's
 * two-letter province codes; the US postal codes come from `US_STATE_CODES`.
 */
export const REGION_ABBREVIATIONS = new Map<string, string>(
  ('Ala. Alabama|Ariz. Arizona|Ark. Arkansas|Calif. California|Colo. Colorado|Conn. Connecticut|Del. Delaware|' +
    'Fla. Florida|Ga. Georgia|Ill. Illinois|Ind. Indiana|Kan. Kansas|Kans. Kansas|Ky. Kentucky|La. Louisiana|Md. Maryland|' +
    'Mass. Massachusetts|Mich. Michigan|Minn. Minnesota|Miss. Mississippi|Mo. Missouri|Mont. Montana|Neb. Nebraska|' +
    'Nev. Nevada|N.H. New Hampshire|N.J. New Jersey|N.M. New Mexico|N.Y. New York|N.C. North Carolina|N.D. North Dakota|' +
    'Okla. Oklahoma|Ore. Oregon|Pa. Pennsylvania|R.I. Rhode Island|S.C. South Carolina|S.D. South Dakota|Tenn. Tennessee|' +
    'Tex. Texas|Vt. Vermont|Va. Virginia|Wash. Washington|W.Va. West Virginia|Wis. Wisconsin|Wyo. Wyoming|' +
    'Alta. Alberta|B.C. British Columbia|Man. Manitoba|N.B. New Brunswick|N.L. Newfoundland and Labrador|' +
    'Nfld. Newfoundland and Labrador|N.S. Nova Scotia|Ont. Ontario|P.E.I. Prince Edward Island|Que. Quebec|' +
    'Sask. Saskatchewan|Y.T. Yukon|N.W.T. Northwest Territories|' +
    'AB Alberta|BC British Columbia|MB Manitoba|NB New Brunswick|NL Newfoundland and Labrador|NS Nova Scotia|' +
    'ON Ontario|PE Prince Edward Island|QC Quebec|SK Saskatchewan|YT Yukon|NT Northwest Territories|NU Nunavut')
    .split('|')
    .map((pair) => [pair.slice(0, pair.indexOf(' ')), pair.slice(pair.indexOf(' ') + 1)] as const),
);

/** Whether `word` is a US state's or a Canadian province's abbreviation with its full stops ("B.C.", "Ont.", "N.Y."), a place whatever the article names. */
export const isRegionAbbreviation = (word: string): boolean => word.includes('.') && REGION_ABBREVIATIONS.has(word);

/** US states' and Canadian provinces' full names, lower case (those the place lists leave out as given names too: "Alberta", "Georgia"). */
const REGION_NAMES = new Set([...REGION_ABBREVIATIONS.values()].map((name) => name.toLowerCase()));

/** Whether `word` is a US state's or a Canadian province's full name ("Alberta", "Ohio"). */
export const isRegionName = (word: string): boolean => REGION_NAMES.has(word.toLowerCase());

/**
 * The US state or Canadian province that `words` (lower case, one or two words) name, by full
 * name or abbreviation ("b.c." and "british columbia" -> "british columbia", "ohio"); null for none.
 * Two-letter codes are left out: "ON", "NS" are words too.
 */
export function regionNamed(words: string): string | null {
  if (REGION_NAMES.has(words) || US_STATES.has(words)) return words;
  return words.includes('.') ? (REGION_BY_ABBREVIATION.get(words) ?? null) : null;
}
const REGION_BY_ABBREVIATION = new Map([...REGION_ABBREVIATIONS].map(([abbreviation, name]) => [abbreviation.toLowerCase(), name.toLowerCase()]));

/** The country of a state or province `region` named by `regionNamed`: "Canada" for a province or territory, else "United States". */
export const countryOfRegion = (region: string): string => (US_STATES.has(region) || region === 'washington' || region === 'georgia' ? 'United States' : 'Canada');


/**
 * Whether `lower` (a run's words, lower case) is the people of a US state or a Canadian province
 * in the plural ("nova scotians", "albertans", "ontarians", "texans", "new yorkers", "rhode
 * islanders"): the region's name with -ns, -ians, -ans or -ers in place of its ending. No name of
 * anyone; the caller tests for a closing "s" first.
 */
export function regionPeople(lower: string): boolean {
  if (lower.endsWith('ers')) return REGION_NAMES.has(lower.slice(0, -3));
  if (!lower.endsWith('ans')) return false;
  const stem = lower.slice(0, -2);
  // "Alberta-ns", "Ontar-io/ians", "Californ-ia/ians", "Tex-as/ans", "Michig-an/anians"
  return REGION_NAMES.has(stem) || (lower.endsWith('ians') && (REGION_NAMES.has(`${lower.slice(0, -4)}o`) || REGION_NAMES.has(`${lower.slice(0, -4)}ia`))) || REGION_NAMES.has(`${lower.slice(0, -3)}as`) || REGION_NAMES.has(lower.slice(0, -4));
}
