/**
 * Part of name spans (see ./nameRuns): the French names of Quebec's bodies, which keep their
 * words after the head in lower case ("Fédération des comités de parents du Québec", "Union des
 * consommateurs", "Fédération autonome de l'enseignement", "Office québécois de la langue
 * française"). Read as one run, they are one organisation; cut at the first lower-case word, the
 * last capitalised words ("du Québec") were taken for a name of their own.
 */
import { type Token } from './text';
import { isCommonWord } from './commonWords';

/**
 * Quebec's health and school network by the letters of its bodies, each named for its region or
 * place ("CISSS des Laurentides", "CIUSSS du Nord-de-l'Île-de-Montréal", "CSS de Laval", "CHSLD de Lachine").
 */
const NETWORK_LETTERS = new Set(['CISSS', 'CIUSSS', 'CSSS', 'CLSC', 'CHSLD', 'CSS']);

/** Heads of French bodies' names, as written with a capital (the network's letters among them). */
const FRENCH_HEADS = new Set([
  'Fédération', 'Confédération', 'Union', 'Conseil', 'Association', 'Syndicat', 'Regroupement', 'Ordre', 'Collège', 'Chambre',
  'Office', 'Régie', 'Société', 'Commission', 'Centrale', 'Alliance', 'Coalition', 'Mouvement', 'Front', 'Comité', 'Institut',
  'Observatoire', 'Autorité', 'Caisse', 'Fondation', 'Corporation', 'Centre', 'Tribunal', 'Ministère', 'Agence', 'Réseau',
  // (a bank, a cooperative, a college, a museum, a public health office: "Banque de développement du
  // Canada", "Coopérative de solidarité …", "Musée des beaux-arts", "Direction de la santé publique")
  'Banque', 'Coopérative', 'Cégep', 'Musée', 'Bureau', 'Direction', 'Secrétariat',
  // (producers' federations and marketing boards, named for their members: "Producteurs de lait du Québec", "Éleveurs de porcs du Québec")
  'Producteurs', 'Éleveurs',
  ...NETWORK_LETTERS,
]);

/**
 * Whether run [from, to) is one of Quebec's health or school bodies by its letters, then "de",
 * "des", "du" or "de la" and its region or place ("CSS de Laval", "CISSS de la Montérégie-Centre"):
 * a body, never a person whose surname has a particle.
 */
export function networkBody(tokens: Token[], from: number, to: number): boolean {
  return to - from >= 3 && NETWORK_LETTERS.has(tokens[from].text) && fn(tokens[from + 1]);
}

/** French articles before a body's head ("Le Conseil du patronat"). */
const FRENCH_ARTICLES = new Set(['Le', 'La', 'Les', 'L’', "L'"]);
/** French articles and prepositions inside a body's name. */
const FUNCTION_WORDS = new Set(['de', 'des', 'du', 'la', 'le', 'les', 'aux', 'au', 'pour', 'en', 'sur']);
/** An elided article or preposition glued to its word: "l'enseignement", "d'habitation". */
const ELIDED = /^[ld][’'][\p{Ll}]/u;
/** A word of a name in lower case: letters (accented too), perhaps hyphened. */
const LOWER_WORD = /^\p{Ll}[\p{Ll}-]*$/u;
/** The endings of French adjectives that close a name after its last noun ("… de la langue française", "… autonome de …", "… des crabiers acadiens", "… des pêcheurs professionnels", "… des producteurs agricoles"). */
const ADJECTIVE = /(?:aise|iens?|ienne|iennes|ale|ales|aux|els?|elle|elles|ique|iques|publics?|ifs?|ives?|aire|aires|oise|ois|ome|omes|ée|ées|ante|antes|ente|entes|istes)$/;
/**
 * Adjectives in -ier after a noun of the name ("Autorité des marchés financiers", "… des services
 * immobiliers"); right after the head such a word is as often an English noun ("the Union cashier").
 */
const IER_ADJECTIVE = /(?:iers?|ières?)$/;
/**
 * Whether `word` in -ier is a French adjective after the name's lower-case noun `noun`, agreeing
 * with it in number ("marchés financiers", "service immobilier"); not an English word after a
 * place's name or a noun ("… du Québec earlier said", "… du Québec premier François Legault", "…
 * de l'énergie earlier ruled": a comparative of an English word in -y).
 */
function ierAdjective(noun: Token | undefined, word: string): boolean {
  if (!lower(noun) || !IER_ADJECTIVE.test(word)) return false;
  const plural = word.endsWith('s');
  if (plural !== /[sx]$/.test(noun!.text)) return false;
  const stem = word.replace(/(?:ier|ière)s?$/, '');
  return !isCommonWord(`${stem}y`);
}

/**
 * Adjectives in -eur and -ain after a noun of the name ("Regroupement des événements majeurs …",
 * "… en réaménagement urbain"), agreeing with it in number; the English words of those endings
 * ("again", "certain", "entrepreneurs") are left.
 */
const EUR_AIN_ADJECTIVE = /(?:eure?s?|aine?s?)$/;

function eurAinAdjective(noun: Token | undefined, word: string): boolean {
  return lower(noun) && EUR_AIN_ADJECTIVE.test(word) && word.endsWith('s') === /[sx]$/.test(noun!.text) && !isCommonWord(word);
}

/** Adjectives set before their noun, which then belongs to the name too ("… de la petite enfance"). */
const BEFORE_NOUN = new Set(['petite', 'petites', 'petit', 'petits', 'grand', 'grande', 'grands', 'grandes', 'haute', 'hautes', 'nouvelle', 'nouveau', 'jeune', 'jeunes']);

const lower = (t: Token | undefined): boolean => !!t && t.type === 'word' && !t.cap && LOWER_WORD.test(t.text);
const fn = (t: Token | undefined): boolean => !!t && t.type === 'word' && !t.cap && FUNCTION_WORDS.has(t.text);
const elided = (t: Token | undefined): boolean => !!t && t.type === 'word' && ELIDED.test(t.text);

/**
 * The end of a French body's name whose run [start, end) closes on its head ("Fédération"),
 * carried over the lower-case words after it: articles and prepositions each before a noun or a
 * capitalised word, adjectives, and an elided article's word; -1 when the words after the head
 * are no French name's (an English "Union of …" is read elsewhere).
 */
export function frenchBodyEnd(tokens: Token[], start: number, end: number, to: number): number {
  // (the head alone, or after a French article: "Western Union traffic" is English)
  if (!FRENCH_HEADS.has(tokens[end - 1].text) || (end - start === 2 ? !FRENCH_ARTICLES.has(tokens[start].text) : end - start !== 1)) return -1;
  let k = end;
  let accepted = -1;
  while (k < to && k - end < 14) {
    // ("Producteurs et productrices acéricoles du Québec": the head's members named in both genders)
    if (k === end && tokens[k].text === 'et' && lower(tokens[k + 1]) && tokens[k + 1].text.slice(0, 6) === tokens[end - 1].text.toLowerCase().slice(0, 6)) {
      accepted = k += 2;
      continue;
    }
    if (elided(tokens[k])) {
      accepted = ++k;
      continue;
    }
    if (fn(tokens[k])) {
      let j = k + 1;
      if (fn(tokens[j]) || elided(tokens[j])) j++;
      if (elided(tokens[j - 1]) && j - 1 > k) {
        accepted = k = j;
        continue;
      }
      if (j >= to || !(lower(tokens[j]) || tokens[j].cap) || fn(tokens[j])) break;
      k = j + 1;
      if (BEFORE_NOUN.has(tokens[j].text) && lower(tokens[k])) k++;
      // a place's capitalised words run on ("du Grand Montréal")
      if (tokens[j].cap) while (k < to && tokens[k].cap && tokens[k].type === 'word') k++;
      accepted = k;
      continue;
    }
    // an adjective after the head or a noun ("Office québécois de …", "… de la langue française"),
    // or a noun before the next article ("… des médecins spécialistes du Québec")
    const adjective = lower(tokens[k]) && (ADJECTIVE.test(tokens[k].text) || (k > end && (ierAdjective(tokens[k - 1], tokens[k].text) || eurAinAdjective(tokens[k - 1], tokens[k].text))));
    if (lower(tokens[k]) && (adjective || fn(tokens[k + 1]) || elided(tokens[k + 1])) && (k === end || k === accepted)) {
      k++;
      if (adjective) accepted = k;
      continue;
    }
    break;
  }
  return accepted;
}

/**
 * The start of a French body's name that ends at token `end` on a lower-case word ("Régie du
 * bâtiment", "Office de la protection du consommateur"), its French article with it; -1 when no
 * head within reach (back to `from`) carries a name that far.
 */
export function frenchBodyStart(tokens: Token[], end: number, from: number): number {
  // (or on an elided article's word: "Commission d'accès à l'information", "Conseil de l'audiovisuel")
  if (!lower(tokens[end]) && !elided(tokens[end])) return -1;
  for (let k = end - 1; k >= Math.max(from, end - 14); k--) {
    if (!FRENCH_HEADS.has(tokens[k].text)) continue;
    const article = k - 1 >= from && FRENCH_ARTICLES.has(tokens[k - 1].text) ? k - 1 : k;
    return frenchBodyEnd(tokens, article, k + 1, end + 1) === end + 1 ? article : -1;
  }
  return -1;
}
