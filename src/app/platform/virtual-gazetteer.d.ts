declare module 'virtual:refrain/gazetteer-url' {
  /** The URL of the gazetteer JSON asset (see src/node/gazetteer.ts `refrainGazetteer`). */
  const url: string;
  export default url;
}
