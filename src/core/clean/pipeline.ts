/**
 * The cleaning pipeline, in order. Registered in one place so the build, the CLI, tests and the
 * browser import run exactly the same steps; each step lives and is tested in its own module.
 *
 *   decode → strip markup → normalise → strip romanisation → remove inserted commas → full-width punctuation
 *          → structure (chrome, title, dateline, credits, captions, blocks)
 *          → damage detection + editor's apparatus, per block
 */
import type { Result } from '../result.ts';
import { err, ok } from '../result.ts';
import type { ApparatusEntry, DamageFlag } from './apparatus.ts';
import { applyApparatus, staleEntriesError } from './apparatus.ts';
import { DAMAGE_STEP, findDamage } from './damage.ts';
import { removeInsertedCommasStep } from './insertedCommas.ts';
import { stripMarkupStep } from './markup.ts';
import { normaliseWhitespaceStep } from './normalise.ts';
import { fullWidthPunctuationStep } from './punctuation.ts';
import { stripRomanisationStep } from './romanisation.ts';
import type { CleaningStep } from './step.ts';
import type { BlockKind, RemovedLine, StructureHints } from './structure.ts';
import { structureArticle } from './structure.ts';

/** Character-level steps, applied to the whole text in this order. */
export const TEXT_STEPS: readonly CleaningStep[] = [
  stripMarkupStep,
  normaliseWhitespaceStep,
  stripRomanisationStep,
  removeInsertedCommasStep,
  fullWidthPunctuationStep,
];

/** Everything the pipeline does, for the reader's "how this text was cleaned" note. */
export const PIPELINE_DESCRIPTION: readonly { name: string; summary: string }[] = [
  ...TEXT_STEPS.map(({ name, summary }) => ({ name, summary })),
  {
    name: 'structure',
    summary:
      'Separates the article from page chrome (breadcrumbs, share widgets, copyright notices, recommended-article lists, duplicate titles) and identifies title, dateline, credits, captions, headings and paragraphs.',
  },
  DAMAGE_STEP,
];

/** A damaged stretch located in the cleaned body: `paragraph` indexes `CleanedArticle.paragraphs`. */
export type LocatedDamage = DamageFlag & { paragraph: number };

export interface CleanedArticle {
  headline: string | null;
  subtitle: string | null;
  dateline: string | null;
  credits: string[];
  captions: string[];
  /** Body blocks in reading order: headings and paragraphs. */
  paragraphs: string[];
  /** `kinds[i]` says whether `paragraphs[i]` is a heading or a paragraph. */
  kinds: BlockKind[];
  damaged: LocatedDamage[];
  removed: RemovedLine[];
  /** True when the dateline stamp is printed right under the headline (see structure.ts). */
  headlineStamped?: boolean;
}

export interface CleanOptions {
  hints?: StructureHints;
  /** The editor's restorations for this article (bundled corpus only). */
  apparatus?: readonly ApparatusEntry[];
}

/** Run the character-level steps only (used by tests and by import previews). */
export function cleanCharacters(text: string): string {
  return TEXT_STEPS.reduce((t, step) => step.apply(t), text);
}

/**
 * Clean one article's decoded text. Fails only when an apparatus entry no longer matches the text
 * (a stale restoration must break the build rather than be silently skipped).
 */
export function cleanArticle(text: string, options: CleanOptions = {}): Result<CleanedArticle> {
  const structured = structureArticle(cleanCharacters(text), options.hints);
  const entries = options.apparatus ?? [];
  const used = new Set<ApparatusEntry>();
  const paragraphs: string[] = [];
  const damaged: LocatedDamage[] = [];
  structured.blocks.forEach((block, paragraph) => {
    const applied = applyApparatus(block.text, findDamage(block.text), entries);
    applied.used.forEach((e) => used.add(e));
    paragraphs.push(applied.text);
    for (const d of applied.damaged) damaged.push({ ...d, paragraph });
  });
  const stale = staleEntriesError(entries, used);
  if (stale) return err(stale);
  return ok({
    headline: structured.headline,
    subtitle: structured.subtitle,
    dateline: structured.dateline,
    credits: structured.credits,
    captions: structured.captions,
    paragraphs,
    kinds: structured.blocks.map((b) => b.kind),
    damaged,
    removed: structured.removed,
    headlineStamped: structured.headlineStamped,
  });
}
