import { kwicCsv } from '../../../core/export/csv.ts';
import { exportFileName } from '../../../core/export/fileName.ts';
import { useT, useUiLang } from '../../shared/i18n/useT.ts';
import { useGlobalScript } from '../../shared/script/useScript.ts';
import { downloadText, today } from '../../shared/download.ts';
import type { KwicSource } from './kwicRows.ts';
import { kwicRows } from './kwicRows.ts';

/**
 * "Download CSV" of the concordance lines shown (search hits or phrase occurrences): one row per
 * line, in the order shown, in the script shown. `kind` and `label` name the file.
 */
export function CsvButton({
  sources,
  phrase,
  kind,
}: {
  sources: readonly KwicSource[];
  phrase: string;
  kind: 'search' | 'phrase';
}) {
  const t = useT();
  const script = useGlobalScript();
  const ui = useUiLang();
  if (sources.length === 0) return null;
  return (
    <p className="export-bar">
      <button
        type="button"
        data-testid="export-csv"
        onClick={() =>
          downloadText(
            kwicCsv(kwicRows(sources, phrase, script, ui)),
            exportFileName(['refrain', kind, phrase, today()], 'csv'),
            'text/csv;charset=utf-8',
          )
        }
      >
        {t('exportCsv')}
      </button>{' '}
      <span className="muted">{t('exportCsvHint', { count: sources.length })}</span>
    </p>
  );
}
