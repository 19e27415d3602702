/**
 * A markup tag as the extractor reads it (./text.ts): opening, closing or empty, its name in group
 * 1, its attributes bounded and on one line. Apart from ./text.ts so that the views, which read
 * the tag as the extractor did (a space), bundle no more of the extractor than this.
 */
export const MARKUP_TAG_SOURCE = '<\\/?([a-zA-Z][a-zA-Z0-9:_-]{0,30})(?:\\s[^<>\\r\\n]{0,2000})?\\/?>';
