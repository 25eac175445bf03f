/**
 * The script a view shows, and the article texts in it. Effective choice: a pane's own override,
 * else `?script=` in the link, else the persisted default. Traditional targets need the lazily
 * loaded dictionary: until it is ready the original text is shown with a loading notice (never a
 * blank page), and if it fails the original stays with a message.
 */
import { useEffect, useMemo } from 'react';
import type { CorpusArticle } from '../../../core/corpus/model.ts';
import type { ArticleTexts } from '../../../core/corpus/texts.ts';
import { articleTexts, mapTexts } from '../../../core/corpus/texts.ts';
import type { LangTag, ScriptChoice } from '../../../core/script/variants.ts';
import {
  convertAligned,
  langTag,
  parseScriptChoice,
  traditionalConverter,
} from '../../../core/script/variants.ts';
import { useRouteStore } from '../routing/routeStore.ts';
import type { DictionaryStatus } from './scriptStore.ts';
import { useScriptStore } from './scriptStore.ts';
import { useSettingsStore } from '../settings/settingsStore.ts';

/** The global script: `?script=` when valid, else the persisted default. */
export function useGlobalScript(): ScriptChoice {
  const fromUrl = useRouteStore((s) => parseScriptChoice(s.location.params.get('script')));
  const stored = useSettingsStore((s) => s.script);
  return fromUrl ?? stored;
}

/** Change the global script: persisted, and written into the link so it can be shared. */
export function setGlobalScript(choice: ScriptChoice): void {
  performance.mark('refrain:script-switch:start');
  useSettingsStore.getState().setScript(choice);
  useRouteStore.getState().setParams({ script: choice === 'orig' ? null : choice });
}

/**
 * Close the "script switch" measurement opened by `setGlobalScript`, once the view has committed
 * the new text (call from the view's effect: parents' effects run after their children's).
 */
export function measureScriptSwitch(): void {
  if (performance.getEntriesByName('refrain:script-switch:start', 'mark').length === 0) return;
  performance.measure('refrain:script-switch', 'refrain:script-switch:start');
  performance.clearMarks('refrain:script-switch:start');
}

const cache = new Map<string, ArticleTexts>();

export interface DisplayTexts {
  texts: ArticleTexts;
  lang: LangTag;
  /** What is actually shown (the original while a dictionary loads or after it failed). */
  shown: ScriptChoice;
  status: DictionaryStatus | 'not-needed';
}

/** The article's texts in `choice`, converted once and cached per article and script. */
export function useArticleTexts(article: CorpusArticle, choice: ScriptChoice): DisplayTexts {
  const needsDictionary = choice === 'tw' || choice === 'hk';
  const status = useScriptStore((s) => s.status);
  const converters = useScriptStore((s) => s.converters);
  useEffect(() => {
    if (needsDictionary) useScriptStore.getState().ensureTraditional();
  }, [needsDictionary]);

  return useMemo((): DisplayTexts => {
    const original = article.meta.script;
    if (choice === 'orig' || (choice === 'cn' && !article.folded)) {
      return {
        texts: articleTexts(article),
        lang: langTag(choice, original),
        shown: choice,
        status: 'not-needed',
      };
    }
    if (choice === 'cn' && article.folded) {
      return { texts: article.folded, lang: 'zh-Hans', shown: 'cn', status: 'not-needed' };
    }
    const target = choice === 'hk' ? 'hk' : 'tw';
    if (!converters) {
      return {
        texts: articleTexts(article),
        lang: langTag('orig', original),
        shown: 'orig',
        status,
      };
    }
    const key = `${article.meta.id}:${target}`;
    let texts = cache.get(key);
    if (!texts) {
      const convert = traditionalConverter(original, target, converters);
      const convertNames = traditionalConverter('simplified', target, converters);
      texts = mapTexts(
        articleTexts(article),
        (s) => convertAligned(s, convert),
        (s) => convertAligned(s, convertNames),
      );
      cache.set(key, texts);
    }
    return { texts, lang: langTag(target, original), shown: target, status: 'ready' };
  }, [article, choice, converters, status]);
}
