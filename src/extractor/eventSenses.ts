/**
 * Event nouns used in another sense, a stage of ./eventWords' trigger test: agreement as a shared
 * view, an agreement's name, what a vote is on or a topic, a rally of a market ("the rally in bank
 * stocks" too), visits as a figure.
 */
import type { EventKind } from './types';

/** Agreement as a shared view, no signed one: "broad agreement among analysts", "is in agreement with". */
const CONSENSUS_BEFORE = /\b(?:broad|general|wide|widespread|growing|universal|near-universal|little|much|complete|full|total|in)\s+$/i;
const CONSENSUS_AFTER = /^\s+(?:among|amongst)\b/i;
/** A market's rise: "the zloty's rally against the euro", "a stock market rally", "a relief rally" (no one holds it). */
const MARKET_BEFORE =
  /\b(?:stocks?|shares?|equit(?:y|ies)|markets?|bonds?|prices?|oil|gold|currenc(?:y|ies)|dollar|euro|yen|pound|sterling|franc|yuan|rupee|peso|rouble|ruble|lira|zloty|forint|krona|bitcoin|crypto|index|relief|year-end)(?:['’]s?)?\s+(?:[\w-]+\s+)?$/i;
/** An agreement's name in title case: "the 2020 Trade and Cooperation Agreement", "the Good Friday Agreement" (one in force, not signed in the sentence). */
const NAMED_AGREEMENT_BEFORE = /\p{Lu}[\p{L}-]*\s+(?:(?:and|of|on|for)\s+(?:\p{Lu}[\p{L}-]*\s+)?)?$/u;
/**
 * An agreement that is what a vote is on, the vote being the event: "voted 88 per cent in favour of a
 * new collective agreement", "ratified the treaty in a vote in 2024".
 */
const VOTED_ON_BEFORE = /\b(?:vot(?:e|es|ed|ing)|ballot(?:ed|s)?)\b[^.;:]{0,40}?\b(?:in favou?r of|for|against|on|to (?:ratify|approve|accept|reject|endorse))\s+(?:(?:a|an|the|its|their|this|that)\s+)?(?:[\w’'-]+\s+){0,3}$/i;
/** Verbs by which a body takes or turns down what it votes on: "ratified", "approves", "rejected", "endorsing", "accepts". */
export const RATIFYING = '(?:ratif(?:y|ies|ied|ying)|approv(?:e|es|ed|ing)|reject(?:s|ed|ing)?|endors(?:e|es|ed|ing)|accept(?:s|ed|ing)?)';
const RATIFIED_BEFORE = new RegExp(`\\b${RATIFYING}\\s+(?:the|a|an|its|their)\\s+(?:[\\w’'-]+\\s+){0,3}$`, 'i');
const IN_A_VOTE_AFTER = /^\s+in an? (?:[\w-]+\s+)?(?:vote|ballot|referendum)\b/i;
/** An agreement in force as a topic: "a review of the USMCA trade agreement in July", "the terms of the treaty" (nothing signed). */
const TOPIC_OF_BEFORE = /\b(?:review|renegotiation|renewal|terms|violations?|breach(?:es)?|provisions?|rules|withdrawal from|exit from|under)\s+(?:of\s+)?(?:the|this|that|its|their)\s+(?:[\w’'-]+\s+){0,3}$/i;
/** An agreement still sought, what talks are about: "Talks on a global treaty to curb plastic pollution", "negotiations toward a trade deal" (the talks are the event). */
const NEGOTIATED_BEFORE = /\b(?:talks|negotiations|negotiating|bargaining)\s+(?:on|over|for|toward|towards|about|to reach)\s+(?:a|an|the|its|their|new)\s+(?:[\w’'-]+\s+){0,3}$|\bnegotiat(?:e|es|ing)\s+(?:a|an)\s+(?:[\w’'-]+\s+){0,3}$/i;
const SIGNING = /\b(?:sign|signs|signed|signing|ratif\w+|agreed|reached|concluded|struck|initial(?:l)?ed)\b/i;

/**
 * Whether the noun of kind `kind` matched at [at, end) of `reported` (the sentence with quotations
 * blanked) is used in another sense: "broad agreement among analysts", "the 2020 Trade and
 * Cooperation Agreement gives …" (a name, nothing signed in the sentence), "the zloty's rally".
 */
export function otherSense(kind: EventKind, reported: string, at: number, end: number): boolean {
  const before = reported.slice(Math.max(0, at - 40), at);
  if (kind === 'agreement') {
    if (CONSENSUS_BEFORE.test(before) || CONSENSUS_AFTER.test(reported.slice(end, end + 12))) return true;
    const longBefore = reported.slice(Math.max(0, at - 90), at);
    if (VOTED_ON_BEFORE.test(longBefore) || (RATIFIED_BEFORE.test(before) && IN_A_VOTE_AFTER.test(reported.slice(end, end + 30)))) return true;
    return (TOPIC_OF_BEFORE.test(before) || NEGOTIATED_BEFORE.test(before) || (UPPER_START.test(reported.slice(at, end)) && NAMED_AGREEMENT_BEFORE.test(before))) && !SIGNING.test(reported);
  }
  // visits counted as a figure that moves: "Emergency room visits to the hospital rose 12 per cent"
  if (kind === 'visit') return /^visits\b/i.test(reported.slice(at, end)) && FIGURE_MOVED_AFTER.test(reported.slice(end, end + 60));
  return kind === 'rally' && (MARKET_BEFORE.test(before) || MARKET_AFTER.test(reported.slice(end, end + 40)));
}
/** A market's rise told by what rose after the noun: "the rally in bank stocks", "a rally in oil prices". */
const MARKET_AFTER = /^(?:\s+(?:in|of))?\s+(?:(?:the|bank|tech|energy|U\.S\.|Canadian|global|world|Asian|European|emerging)\s+){0,2}(?:[\w-]+\s+)?(?:stocks?|shares?|equit(?:y|ies)|markets?|bonds?|prices?|futures|treasuries|currenc(?:y|ies)|dollar|loonie|oil|gold|crude|bitcoin)\b/i;
/** A verb of a figure that moves, after its noun's phrase: "… to the hospital rose", "… fell 3%". */
const FIGURE_MOVED_AFTER = /^[^,;.]{0,50}?\b(?:rose|fell|increased|decreased|dropped|climbed|jumped|declined|doubled|tripled|surged|soared|plunged|grew|spiked|rise|fall|increase|decrease|drop|climb|jump|decline|double|grow)\b/i;
const UPPER_START = /^\p{Lu}/u;
