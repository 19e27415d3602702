/**
 * The attribution lexicon: speech and attribution verbs in all their inflections, the particles
 * some take ("called for", "pointed out"), and which of them name their addressee first ("told X").
 */

export type CueClass = 'speech' | 'report' | 'attitude';

export interface CueInfo {
  lemma: string;
  cls: CueClass;
  form: 'base' | 's' | 'ed' | 'ing' | 'en';
  /** The verb takes a person object before its content: "told reporters that …", "urged China to …". */
  takesObject: boolean;
  particle?: string;
  /**
   * A verb of manner ("sighed", "fumed", "laughed") that reports speech only beside a quotation:
   * “…,” sighed Ana Ruiz. Elsewhere it is what someone did, not what they said.
   */
  needsQuotation?: boolean;
}

const SPEECH =
  'say|tell|add|state|note|argue|warn|assert|urge|accuse|criticize|criticise|insist|mention|reiterate|explain|claim|declare|' +
  'announce|ask|reply|respond|conclude|suggest|acknowledge|admit|concede|confirm|deny|recall|tweet|post|reason|assure|' +
  'stress|emphasize|emphasise|predict|promise|vow|pledge|propose|recommend|complain|charge|contend|maintain|observe|remark|' +
  'comment|allege|testify|disclose|reveal|indicate|highlight|defend|condemn|blast|slam|praise|question|counter|retort|' +
  'caution|boast|joke|lament|describe|dismiss|reject|demand|continue|write|speak|declare|quip|muse|wonder|shout|yell|' +
  'scream|whisper|cry|exclaim|disagree|point|brag|gush|concede|inform|advise|announce|acknowledge|proclaim|' +
  'thank|chide|scold|mock|ridicule|lash|rail|decry|denounce|applaud|hail|welcome|tout|insinuate|imply|hint|estimate|' +
  'project|forecast|report|signal|underscore|underline|repeat|echo|answer|interject|interrupt|confess|plead|beg|implore|' +
  'challenge|threaten|order|instruct|request|recount|relate|narrate|describe|characterize|characterise|label|' +
  'brand|term|call|blame|credit|attack|fault|contradict|correct|clarify|elaborate|specify|cite|quote|summarize|summarise|pitch|' +
  'announce|vouch|swear|guarantee|reassure|concur|object|protest|rebut|refute|dispute|deride|belittle|disparage|' +
  'voice|express|affirm|reaffirm|raise|refer|remind|' +
  // answers as blows, speech only with their particle ("shot back that …", "chimed in")
  'shoot|fire|hit|chime|weigh';

/** Verbs of manner that report speech only beside a quotation (see `CueInfo.needsQuotation`). */
const MANNER =
  'sigh|fume|laugh|chuckle|smile|grin|shrug|snap|sniff|scoff|sneer|snort|groan|moan|grumble|mutter|murmur|mumble|growl|' +
  'hiss|huff|marvel|stammer|stutter|gasp|sob|wail|bellow|roar|thunder|bark|rasp|croak|blurt|whimper|beam|bristle|enthuse|' +
  'seethe|exult|chirp|purr|coo|drawl|squeal|giggle|snicker|cackle|tease|taunt|gripe|grouse|carp|venture|opine|rejoin|riposte|retaliate|' +
  // words read out or written on a sign: "“Please keep my library open,” she read.", "the letter read"
  'read|' +
  // what a crowd calls out together, beside its quotation: "Protesters chanted “What curfew?”"
  'chant';

// ("rule": a body's finding, "the ombudsman ruled that …"; as a report verb it needs its clause)
const REPORT = 'show|find|conclude|suggest|indicate|reveal|estimate|project|predict|highlight|note|state|say|report|warn|claim|argue|find|rule';

const ATTITUDE =
  'believe|think|feel|hope|fear|expect|want|know|worry|doubt|suspect|assume|figure|reckon|wish|guess|prefer|oppose|support|endorse|consider|' +
  'plan|intend|aim|seek|refuse|decline|agree|offer';

/**
 * Verbs whose content may be an infinitive: commitments made in words ("vowed to rebuild the
 * bridge", "declined to say whether …") and stances of mind ("wants to emerge as …"). Not "agreed
 * to" or "plans to": they report an arrangement, an action, rather than anyone's words or view.
 */
export const INFINITIVE_CUES = new Set(
  'vow|promise|pledge|threaten|swear|refuse|decline|offer|propose|demand|want|hope|wish|intend|aim|seek|prefer|expect'.split('|'),
);

const OBJECT_TAKERS = new Set(
  'tell|urge|accuse|criticize|criticise|ask|assure|warn|remind|inform|advise|thank|chide|scold|mock|ridicule|blame|credit|attack|fault|praise|defend|condemn|blast|slam|denounce|call|label|brand|term|describe|characterize|characterise|invite|order|instruct|beg|implore|challenge|threaten|question|reassure'.split(
    '|',
  ),
);

const IRREGULAR: Record<string, Partial<Record<CueInfo['form'], string[]>>> = {
  say: { ed: ['said'], en: ['said'] },
  tell: { ed: ['told'], en: ['told'] },
  write: { ed: ['wrote'], en: ['written'], ing: ['writing'] },
  speak: { ed: ['spoke'], en: ['spoken'] },
  think: { ed: ['thought'], en: ['thought'] },
  feel: { ed: ['felt'], en: ['felt'] },
  know: { ed: ['knew'], en: ['known'] },
  find: { ed: ['found'], en: ['found'] },
  show: { en: ['shown', 'showed'] },
  swear: { ed: ['swore'], en: ['sworn'] },
  seek: { ed: ['sought'], en: ['sought'] },
  forecast: { ed: ['forecast', 'forecasted'] },
  lash: { s: ['lashes'] },
  shoot: { ed: ['shot'], en: ['shot'] },
  hit: { ed: ['hit'], en: ['hit'], ing: ['hitting'] },
  read: { ed: ['read'], en: ['read'] },
};

const DOUBLED = new Set(['admit', 'quip', 'rebut', 'refer', 'concur', 'prefer', 'slam', 'plan', 'commit', 'regret', 'submit', 'blog']);

/**
 * A verb ending in one vowel and "l" ("signal", "label"): British spelling doubles the "l" before
 * -ed and -ing ("signalled", "labelling") where American spelling does not; both are cues.
 */
const SINGLE_VOWEL_L = /[^aeiou][aeiou]l$/;

function inflect(lemma: string): Array<[CueInfo['form'], string]> {
  const forms: Array<[CueInfo['form'], string]> = [['base', lemma]];
  const irregular = IRREGULAR[lemma] ?? {};
  const s = irregular.s ?? [/(s|sh|ch|x|z|o)$/.test(lemma) ? lemma + 'es' : /[^aeiou]y$/.test(lemma) ? lemma.slice(0, -1) + 'ies' : lemma + 's'];
  const stem = DOUBLED.has(lemma) ? lemma + lemma[lemma.length - 1] : lemma;
  const ed = irregular.ed ?? [lemma.endsWith('e') ? lemma + 'd' : /[^aeiou]y$/.test(lemma) ? lemma.slice(0, -1) + 'ied' : stem + 'ed'];
  const ing = irregular.ing ?? [lemma.endsWith('ie') ? lemma.slice(0, -2) + 'ying' : /[^e]e$/.test(lemma) ? lemma.slice(0, -1) + 'ing' : stem + 'ing'];
  for (const f of s) forms.push(['s', f]);
  for (const f of ed) forms.push(['ed', f]);
  for (const f of irregular.en ?? []) forms.push(['en', f]);
  for (const f of ing) forms.push(['ing', f]);
  if (SINGLE_VOWEL_L.test(lemma) && !irregular.ed && !DOUBLED.has(lemma)) forms.push(['ed', lemma + 'led'], ['ing', lemma + 'ling']);
  return forms;
}

/** Particles without which the verb is no cue ("point" needs "out" or "to"). */
const PARTICLES = new Map<string, readonly string[]>([
  ['point', ['out', 'to']],
  ['refer', ['to']],
  ['call', ['for', 'on']],
  ['lash', ['out']],
  ['rail', ['against']],
  ['speak', ['of', 'about', 'out']],
  ['echo', []],
  ['shoot', ['back']],
  ['fire', ['back']],
  ['hit', ['back']],
  ['chime', ['in']],
  ['weigh', ['in']],
]);
const PARTICLE_REQUIRED = new Set(['point', 'lash', 'rail', 'refer', 'shoot', 'fire', 'hit', 'chime', 'weigh']);

export const CUE_FORMS = new Map<string, CueInfo>();

function register(list: string, cls: CueClass, needsQuotation = false): void {
  for (const lemma of new Set(list.split('|'))) {
    for (const [form, word] of inflect(lemma)) {
      if (CUE_FORMS.has(word)) continue;
      const info: CueInfo = { lemma, cls, form, takesObject: OBJECT_TAKERS.has(lemma) };
      if (needsQuotation) info.needsQuotation = true;
      CUE_FORMS.set(word, info);
    }
  }
}
// Speech first: a verb in several lists ("say", "suggest") keeps its speech reading.
register(SPEECH, 'speech');
register(REPORT, 'report');
register(ATTITUDE, 'attitude');
register(MANNER, 'speech', true);
// evidence given in court, as British and Commonwealth papers report it ("the court heard that …";
// only after a body that hears evidence, see ./attribution/documentCues): "heard" alone, since
// "hearing" and "hear" are more often a noun or a listener's verb
CUE_FORMS.set('heard', { lemma: 'hear', cls: 'speech', form: 'ed', takesObject: false });
// a message sent in writing, beside its quotation: "“Need you Tuesday,” he texted Ann Lee.", "she
// emailed". The past only: "text", "texts", "email" and "message" are more often nouns ("the texts
// show"), and the addressee stands after the verb as after "told"
for (const [word, lemma] of [['texted', 'text'], ['emailed', 'email'], ['messaged', 'message']] as const) {
  CUE_FORMS.set(word, { lemma, cls: 'speech', form: 'ed', takesObject: true, needsQuotation: true });
}

const NO_PARTICLES: readonly string[] = [];

/** The particles a verb takes ("called for"), by lemma; none for most. */
export function particlesFor(lemma: string): readonly string[] {
  // a Map, not an object: a lemma is no property name (a look-up by a split string is slow on objects)
  return PARTICLES.get(lemma) ?? NO_PARTICLES;
}

export function particleRequired(lemma: string): boolean {
  return PARTICLE_REQUIRED.has(lemma);
}

/**
 * Whether word `word`, followed by `next` (lower case, '' for none), can be a cue verb: a cue form,
 * with its particle where it needs one ("fire back"; "fire chief", "weigh station" are nouns).
 */
export function cueVerbForm(word: string, next: string): boolean {
  const info = CUE_FORMS.get(word);
  return !!info && (!PARTICLE_REQUIRED.has(info.lemma) || (PARTICLES.get(info.lemma) ?? NO_PARTICLES).includes(next));
}

/** Whether `word` is a cue form only with a particle after it ("fire", "hit", "point"): before a noun, a noun itself ("fire chief", "point guard"). */
export function particleCueForm(word: string): boolean {
  const info = CUE_FORMS.get(word);
  return !!info && PARTICLE_REQUIRED.has(info.lemma);
}

/** Nouns that head a document or outlet that "says" things: "the report stated". */
export const DOCUMENT_NOUNS = new Set(
  'report|analysis|study|survey|poll|statement|memo|letter|warrant|affidavit|note|notice|bulletin|advisory|warning|alert|order|petition|message|email|caption|headline|banner|slogan|sign|document|paper|assessment|review|release|audit|filing|complaint|lawsuit|suit|ruling|indictment|article|piece|post|tweet|editorial|op-ed|book|data|research|investigation|findings|result|number|figure|polling|record|estimate|projection|model|forecast|declaration|communique|communiqué|readout|transcript|brief|briefing|summary|footage|video|imagery|image|photo|photograph|ad|advertisement|campaign|website|blog'.split(
    '|',
  ),
);

/** Auxiliaries with their negation written as one word: "haven't", "didn’t", "can't" ("ca"), "won't" ("wo"). */
export const NEGATED_AUXILIARIES = new Set(
  ['have', 'has', 'had', 'did', 'does', 'do', 'would', 'could', 'should', 'is', 'was', 'are', 'were', 'ca', 'wo', 'must', 'might'].flatMap((w) => [`${w}n’t`, `${w}n't`]),
);

/** Auxiliaries and adverbs that may stand between a subject and its cue: "has also said". */
export const VERB_FILLERS = new Set(
  'has|have|had|was|were|is|are|be|been|would|will|could|can|may|might|must|should|shall|did|does|do|not|never|always|sometimes|usually|long|also|further|later|previously|recently|repeatedly|then|once|reportedly|publicly|privately|quickly|simply|often|again|already|still|even|just|only|first|finally|flatly|bluntly|clearly|openly|explicitly|specifically|strongly|firmly|emphatically|angrily|sharply|tersely|quietly|loudly|frequently|frankly|candidly|separately|subsequently|earlier|initially|originally|once|n’t|n\'t|’ve|\'ve|’d|\'d|’ll|\'ll|’re|\'re|then-|alone|herself|himself|themselves|too|however|indeed|meanwhile|likewise|instead|nonetheless|nevertheless'
    .split('|'),
);
