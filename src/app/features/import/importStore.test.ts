import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { legacyEncode } from '../../../node/legacyEncode.ts';
import { StorageError } from '../../platform/storage/repository.ts';
import { useLibraryStore } from '../../data/libraryStore.ts';
import { useImportStore } from './importStore.ts';

vi.mock('virtual:refrain/corpus', () => ({ default: { version: 1, articles: [], pipeline: [] } }));
vi.mock('virtual:refrain/phrases', () => ({ default: { glossary: [], phrases: [] } }));

const file = (name: string, bytes: Uint8Array) => new File([new Uint8Array(bytes)], name);
const GBK = legacyEncode('网格员走村入户\n2020年2月3日\n网格员挨家挨户登记，一个不漏。', 'gbk');
const BIG5 = legacyEncode('縣裡的核酸站\n縣裡的核酸站建成了，投入使用。', 'big5');

afterEach(() => {
  vi.restoreAllMocks();
  useImportStore.getState().clear();
});

describe('the import session (main-thread fallback, no worker in Node)', () => {
  it('stores added files in the library and reports the others by name', async () => {
    await useLibraryStore.getState().load();
    await useImportStore
      .getState()
      .importFiles([file('a.txt', GBK), file('b.txt', BIG5), file('c.txt', new Uint8Array())]);
    const entries = useImportStore.getState().entries;
    expect(entries.map((e) => [e.name, e.error ?? e.encoding])).toEqual([
      ['a.txt', 'gb18030'],
      ['b.txt', 'big5'],
      ['c.txt', 'empty'],
    ]);
    expect(useLibraryStore.getState().records.size).toBe(2);
    // The same files again are duplicates.
    await useImportStore.getState().importFiles([file('again.txt', GBK)]);
    expect(useImportStore.getState().entries[0]).toMatchObject({
      name: 'again.txt',
      error: 'duplicate',
    });
  });

  it('storage full: every file of the batch says so and nothing is added', async () => {
    const before = useLibraryStore.getState().records.size;
    vi.spyOn(useLibraryStore.getState(), 'add').mockRejectedValue(
      new StorageError('quota', 'full'),
    );
    const other = legacyEncode('另一篇文章\n完全不同的内容，写在这里。', 'gbk');
    await useImportStore.getState().importFiles([file('d.txt', other)]);
    expect(useImportStore.getState().entries[0]).toMatchObject({ name: 'd.txt', error: 'quota' });
    expect(useLibraryStore.getState().records.size).toBe(before);
  });
});
