/**
 * Every interface string, keyed. Components never hard-code UI text; the Chinese interface (issue
 * #3) adds a second table of the same shape, which the type below enforces.
 */
export const en = {
  appName: 'Refrain',
  appNameZh: '同声',
  tagline: 'A comparative reader for Chinese policy language',
  skipToContent: 'Skip to content',
  navLibrary: 'Library',
  themeLabel: 'Theme',
  themeSystem: 'System',
  themeLight: 'Light',
  themeDark: 'Dark',
  libraryTitle: 'Library',
  libraryIntro:
    '{count} local news reports on COVID-19 prevention from five provinces, January 2020 to May 2022, cleaned of the damage their scrapers left.',
  sortBy: 'Sort by',
  sortDate: 'Date',
  sortPlace: 'Place',
  scriptSimplified: 'Simplified',
  scriptTraditional: 'Traditional',
  hanChars: '{count} characters',
  damagedBadge: '{count} damaged passages',
  editorsTitle: "Editor's title",
  dateInferred: 'inferred',
  unknownOutlet: 'Unknown outlet',
  readerPrev: 'Previous article',
  readerNext: 'Next article',
  fontSmaller: 'Smaller text',
  fontLarger: 'Larger text',
  fontSize: 'Text size',
  metaOutlet: 'Outlet',
  metaPublisher: 'Original publisher',
  metaPlace: 'Place',
  metaDate: 'Date',
  metaAuthors: 'Authors',
  metaEditors: 'Editors',
  metaScript: 'Original script',
  metaSource: 'Source file',
  metaDateline: 'Dateline',
  metaNotes: "Editor's notes",
  captionsTitle: 'Photo captions on the source page',
  creditsTitle: 'Credits as printed',
  sourceShow: 'Show source text',
  sourceHide: 'Hide source text',
  sourceTitle: 'Source text, exactly as saved by the scraper',
  sourceLoading: 'Loading the source text…',
  sourceFailed: 'The source text could not be loaded: {error}',
  cleaningTitle: 'How this text was cleaned',
  removedTitle: 'Lines set aside as page chrome ({count})',
  removedReason: {
    breadcrumb: 'breadcrumb',
    masthead: 'site name',
    'duplicate-title': 'repeated title',
    'font-size': 'font-size switch',
    share: 'share widget',
    copyright: 'copyright notice',
    'related-list': 'recommended articles',
    'back-to-top': '“back to top” link',
    'follow-us': '“follow us” box',
    ticker: 'news ticker',
    'after-article': 'after the end of the article',
  },
  apparatusTitle: 'Textual apparatus',
  apparatusIntro:
    'Passages the scraper mis-decoded. Restorations are the editor’s reading, marked in the text; the damaged original is kept.',
  apparatusRestored: 'Restored by the editor',
  apparatusUnrestored: 'Damaged; cannot be restored',
  apparatusDamaged: 'As damaged',
  apparatusSource: 'In the source file',
  apparatusConfidence: { certain: 'certain', probable: 'probable', conjecture: 'conjecture' },
  apparatusShowOriginal: 'Show the damaged original',
  apparatusShowRestored: 'Show the restoration',
  apparatusNote: 'Note {n}',
  notFoundTitle: 'Nothing here',
  notFoundBody: 'There is no page at “{path}”.',
  articleNotFound: 'There is no article with the id “{id}”.',
  notFoundSuggest: 'Perhaps you meant one of these:',
  backToLibrary: 'Back to the library',
} as const;

type Widen<T> = T extends string ? string : { [K in keyof T]: Widen<T[K]> };

/** The shape every language table must have. */
export type Messages = Widen<typeof en>;
export type MessageKey = {
  [K in keyof Messages]: Messages[K] extends string ? K : never;
}[keyof Messages];
