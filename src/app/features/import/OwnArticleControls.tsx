import { useState } from 'react';
import type { CorpusArticle } from '../../../core/corpus/model.ts';
import { useT } from '../../shared/i18n/useT.ts';
import { useLibraryStore } from '../../data/libraryStore.ts';
import { OwnMetaForm } from './OwnMetaForm.tsx';

/** On a library card of one of the reader's own articles: the "yours" mark, edit and delete. */
export function OwnArticleControls({ article }: { article: CorpusArticle }) {
  const t = useT();
  const [editing, setEditing] = useState(false);
  if (!article.own) return null;
  const id = article.meta.id;
  return (
    <div className="own-controls">
      <p className="own-line">
        <span className="badge own" data-testid="own-badge">
          {t('ownBadge')}
        </span>
        <button type="button" onClick={() => setEditing((e) => !e)} aria-expanded={editing}>
          {t('ownEdit')}
        </button>
        <button
          type="button"
          data-testid="own-delete"
          onClick={() => void useLibraryStore.getState().remove(id)}
        >
          {t('ownDelete')}
        </button>
      </p>
      {editing && <OwnMetaForm id={id} onDone={() => setEditing(false)} />}
    </div>
  );
}

/** The undo offer after a delete, and storage problems with own articles. */
export function OwnArticleNotices() {
  const t = useT();
  const deleted = useLibraryStore((s) => s.deleted);
  const problem = useLibraryStore((s) => s.problem);
  const setAside = useLibraryStore((s) => s.setAsideCount);
  return (
    <>
      {deleted && (
        <div className="notice" role="status" data-testid="own-undo">
          <p>{t('ownDeleted', { title: deleted.meta.title })}</p>
          <button type="button" onClick={() => void useLibraryStore.getState().undoRemove()}>
            {t('ownUndo')}
          </button>
        </div>
      )}
      {problem && (
        <div className="notice warn" role="alert">
          <p>{t('ownStorageProblem')}</p>
          <button type="button" onClick={() => useLibraryStore.getState().dismissProblem()}>
            {t('dismiss')}
          </button>
        </div>
      )}
      {setAside > 0 && (
        <div className="notice warn" role="status">
          <p>{t('ownSetAside', { count: setAside })}</p>
        </div>
      )}
    </>
  );
}
