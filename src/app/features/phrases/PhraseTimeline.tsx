import type { Phrase } from '../../../core/phrases/analyse.ts';
import { ARTICLES } from '../../data/corpus.ts';
import { useT } from '../../shared/i18n/useT.ts';

/** The corpus's time span, January 2020 to May 2022. */
const START = Date.UTC(2020, 0, 1);
const END = Date.UTC(2022, 5, 1);

/** Position of an article's date on the axis, 0..1 (month-precision dates sit mid-month). */
export function timeX(date: string): number {
  const [y, m, d] = date.split('-').map(Number);
  const t = Date.UTC(y ?? 2020, (m ?? 1) - 1, d ?? 15);
  return Math.min(1, Math.max(0, (t - START) / (END - START)));
}

/**
 * A small timeline: a dot for every article, filled where the phrase occurs, sized by count.
 * Decorative in a table row (the numbers are in the cells), labelled when shown on its own.
 */
export function PhraseTimeline({ phrase, compact }: { phrase: Phrase; compact?: boolean }) {
  const t = useT();
  const width = compact ? 120 : 480;
  const height = compact ? 18 : 48;
  const y = height / 2;
  return (
    <svg
      className="phrase-timeline"
      width={width}
      height={height}
      viewBox={`0 0 ${width} ${height}`}
      aria-hidden={compact ? true : undefined}
      role={compact ? undefined : 'img'}
      aria-label={compact ? undefined : t('phraseTimeline')}
    >
      <line x1={4} x2={width - 4} y1={y} y2={y} className="axis" />
      {!compact &&
        ['2020', '2021', '2022'].map((year) => {
          const x = 4 + timeX(`${year}-01-01`) * (width - 8);
          return (
            <g key={year}>
              <line x1={x} x2={x} y1={y - 6} y2={y + 6} className="tick" />
              <text x={x + 3} y={height - 4} className="tick-label">
                {year}
              </text>
            </g>
          );
        })}
      {ARTICLES.map((a) => {
        const n = phrase.occurrences.filter((o) => o.article === a.meta.id).length;
        const x = 4 + timeX(a.meta.date) * (width - 8);
        return (
          <circle
            key={a.meta.id}
            cx={x}
            cy={y}
            r={n ? Math.min(compact ? 6 : 10, 2.5 + n) : 2}
            className={n ? 'on' : 'off'}
          >
            <title>{`${a.meta.title} (${a.meta.date}): ${n}`}</title>
          </circle>
        );
      })}
    </svg>
  );
}
