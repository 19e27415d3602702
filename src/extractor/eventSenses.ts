/**
 * Event nouns used in another sense, a stage of ./eventWords' trigger test: agreement as a shared
 * view or an agreement's name, a rally of a market.
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
    return UPPER_START.test(reported.slice(at, end)) && NAMED_AGREEMENT_BEFORE.test(before) && !SIGNING.test(reported);
  }
  return kind === 'rally' && MARKET_BEFORE.test(before);
}
const UPPER_START = /^\p{Lu}/u;
