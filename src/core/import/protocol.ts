/**
 * The typed messages between the app and the import worker. Plain, structured-clonable data only;
 * every answer is a Result (`{ ok: true, value } | { ok: false, error }`).
 */
import type { CorpusArticle } from '../corpus/model.ts';
import type { AnalysedDoc, GlossaryLike, Phrase } from '../phrases/analyse.ts';
import type { Result } from '../result.ts';
import type { ImportInput, ImportOutcome } from './importFiles.ts';
import type { KnownNames } from './metadata.ts';
import type { OwnArticle } from './record.ts';

export type ImportRequest =
  /** Import files; `existing` is [fingerprint, title] of the articles already there. */
  | {
      type: 'import';
      id: number;
      files: ImportInput[];
      existing: [string, string][];
      known: KnownNames;
    }
  /** Stored records → the articles the views use (cleaned, folded). */
  | { type: 'derive'; id: number; records: OwnArticle[]; known: KnownNames }
  /** Rediscover phrases over every article's folded paragraphs. */
  | { type: 'phrases'; id: number; docs: AnalysedDoc[]; glossary: GlossaryLike[] }
  | { type: 'cancel'; id: number }
  /** Load what an import needs (the fold, the gazetteer) before the reader picks files. No answer. */
  | { type: 'warm'; id: number };

export type ImportResponse =
  | { type: 'progress'; id: number; done: number; total: number }
  | { type: 'imported'; id: number; result: Result<ImportOutcome[], string> }
  | { type: 'derived'; id: number; result: Result<CorpusArticle[], string> }
  | { type: 'phrases'; id: number; result: Result<Phrase[], string> };
