import { usePhraseDataStore } from '../../data/phrases.ts';
import { useT } from '../../shared/i18n/useT.ts';

/** Says that phrases are being found again over the reader's own articles too (in a worker). */
export function PhrasesRediscovering() {
  const t = useT();
  const count = usePhraseDataStore((s) => s.rediscovering);
  if (count === null) return null;
  return (
    <p className="notice" role="status" data-testid="phrases-rediscovering">
      <progress /> {t('phrasesRediscovering', { count })}
    </p>
  );
}
