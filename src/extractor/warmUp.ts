/**
 * Sample articles that take every branch of the layout, the tokeniser and the name finder once
 * (quotation marks of each kind, noise and heading lines, credits, titles, particles, places,
 * acronyms), in a text of two-byte characters and one of ASCII only (V8 types strings by width), so
 * that V8's first optimised code of them covers what a corpus will show: see the passes at the end
 * of text.ts and names.ts. Every line here is made up.
 */
export const WARM_UP_TEXTS = [
  [
    'date: 2024-01-02',
    'Mayor raises taxes',
    'Gov. J. Smith’s aide said the leaders’ plan cost 3.2 million in the U.S. (AP Photo/Jane Doe) today, and don\'t “stop” now.',
    '# A heading',
    'CLICK HERE TO SUBSCRIBE NOW',
    'BREAKING NEWS FROM THE CAPITAL TODAY',
    '“We will win.” —Élodie Ruiz',
    `„Das ist gut“, said Anna Berg. ‘We are ready,’ he said. ''Quiet,'' she said. «Oui» — he said 😀 fine.`,
    '"We are done." Ana Ruiz said. "It is over." (The end.) ("Gone.") Next "Next" starts here. 2 more • items! It ends. " Then " more. What? "Yes',
    'Mayor raises taxes',
    'A short line without a stop',
    'Many words in this line are here and it has no final mark at all so it is long',
  ].join('\r\n'),
  [
    'Ms. May Tan met Prime Minister of Japan Kishida Fumio and NATO Secretary-General Jens Stoltenberg in May.',
    'Republican Donald Trump, Indiana-born Gonzalo Curiel and Chinese Xi spoke at the Center for Strategic and International Studies.',
    'Analysts at War On the Rocks, Team Trump, South Florida residents and San Bruno said the Obama White House erred.',
    'Talks in Kirkenes on Tuesday; de la Vega and Van den Berg visited Lorimer Tower Caracas and the Bank of England.',
    'The Harbourview MP, State Farm, Embattled Lorimer, Debating Clinton and US officials met Cllr de Souza in Georgia, Virginia and Atlanta, Georgia.',
    'Secretary General of the North Atlantic Treaty Organisation, Board Chair Ode, the G7 and the UN said so in The Hague since June Carter left. FULL TEXT OF IT',
  ].join('\n'),
];
