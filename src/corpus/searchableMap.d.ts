// minisearch exports its radix tree as 'minisearch/SearchableMap' (package.json "exports"), which
// TypeScript's "node" module resolution (tsconfig.json) does not read: the same types, by file.
declare module 'minisearch/SearchableMap' {
  export { default } from 'minisearch/dist/es/SearchableMap';
}
