/**
 * What a possessed phrase that speaks stands for, by its head ("Trump's campaign said", "his book
 * says", "his body mass index shows"): an actor of its own linked to the owner when the head is
 * people or a body; the owner when it is something the owner said or wrote; else no one. A
 * person's thing is no actor: "book of Donald Trump" speaking a quote is worse than no speaker.
 */
import { DOCUMENT_NOUNS } from '../cues';
import { ROLE_NOUNS } from '../gazetteer';
import { descriptionKinds } from '../lexicon/organisations';
import { KIN_NOUNS, peopleNoun } from '../lexicon/people';
import { GOVERNMENT_NOUNS } from './words';

/** Heads for people around someone that the people lexicon does not list ("his associates", "her family", "Delaware's top Democratic brass"). */
const CIRCLE_NOUNS = new Set(['family', 'associates', 'backers', 'confidants', 'surrogates', 'loyalists', 'reviewers', 'brass', 'camp', 'entourage', 'circle', 'inner']);

/** Heads of a body's parts that the description lexicon does not list ("Moldova's border service", "the army's special forces unit"). */
const BODY_PARTS = new Set(['service', 'services', 'corps', 'unit', 'squad', 'division', 'bureau', 'branch', 'wing', 'desk', 'command', 'guard', 'patrol', 'brigade', 'battalion', 'regiment', 'fleet', 'navy', 'army', 'forces']);

/** Nouns of what someone says, which speak for their owner as a document does ("His remarks indicated", "Zornick’s comment"). */
const SAYING_NOUNS = new Set(['remark', 'comment', 'words', 'speech', 'testimony', 'interview', 'memoir', 'column', 'account', 'answer', 'reply', 'response', 'reporting', 'modelling', 'modeling', 'calculation']);

/** Document nouns whose owner, a person, is what they are about or count, not who wrote them ("his numbers", "her record", "his indictment"); a body's are its own ("the ministry's figures"). */
const NOT_AUTHORED = new Set(['data', 'number', 'figure', 'result', 'record', 'estimate', 'projection', 'model', 'forecast', 'caption', 'headline', 'banner', 'slogan', 'sign', 'indictment', 'poll']);

/**
 * How a possessed head (`lower`, in lower case) relates to its owner (`person` when the owner is
 * one): `agent`, people or a body that speaks as themselves ("his aides", "Trump's campaign",
 * "Moldova's border service"); `author`, something the owner said or wrote, so the owner speaks
 * ("his book", "Tuttle's article", "His remarks"); null for anything else ("his body mass index",
 * "Clinton's victories", or a phrase cut before its noun: "Trump's false", "His introductory").
 */
export function possessedHead(lower: string, person: boolean): 'agent' | 'author' | null {
  // ("Moncton's mayor-elect", "the party's leader-designate": the office about to be held is a role too)
  if (ROLE_NOUNS.has(lower.replace(/-(?:elect|designate)$/, ''))) return 'agent';
  if (peopleNoun(lower) !== null || ROLE_NOUNS.has(lower) || KIN_NOUNS.has(lower) || CIRCLE_NOUNS.has(lower) || GOVERNMENT_NOUNS.has(lower) || BODY_PARTS.has(lower) || descriptionKinds(lower)) return 'agent';
  // ("his filings", "her speeches": the plural as its singular)
  if (authored(lower, person) || (lower.endsWith('s') && (authored(lower.slice(0, -1), person) || (lower.endsWith('es') && authored(lower.slice(0, -2), person))))) return 'author';
  return null;
}

/** Whether a noun names something its owner said or wrote. */
function authored(noun: string, person: boolean): boolean {
  return SAYING_NOUNS.has(noun) || (DOCUMENT_NOUNS.has(noun) && !(person && NOT_AUTHORED.has(noun)));
}
