import { describe, expect, it } from 'vitest';
import {
  EXPORT_VERSION,
  exportNotes,
  mergeNotes,
  notesToMarkdown,
  parseNotesFile,
} from './exchange.ts';
import { sampleNote } from './testing.ts';

const notes = [
  sampleNote(),
  sampleNote({
    id: 'n2',
    articleId: 'a2',
    colour: 'blue',
    text: '多行\n笔记',
    anchor: { start: 0, end: 2, quote: '网格', prefix: '', suffix: '化管理' },
  }),
  sampleNote({ id: 'n3', text: '', anchor: { ...sampleNote().anchor, start: 20, end: 24 } }),
];

describe('JSON export and import', () => {
  it('round-trips losslessly through the file text', () => {
    const file = JSON.stringify(exportNotes(notes, '2026-11-23T12:00:00.000Z'));
    const parsed = parseNotesFile(file);
    expect(parsed.ok).toBe(true);
    if (parsed.ok) expect(new Set(parsed.value)).toEqual(new Set(notes));
    expect(JSON.parse(file)).toMatchObject({
      format: 'refrain-notes',
      version: EXPORT_VERSION,
      exportedAt: '2026-11-23T12:00:00.000Z',
    });
  });

  it('accepts a byte-order mark', () => {
    expect(
      parseNotesFile(`\uFEFF${JSON.stringify(exportNotes(notes, '2026-11-23T12:00:00Z'))}`).ok,
    ).toBe(true);
  });

  it('explains what is wrong with a file it cannot import', () => {
    const msg = (s: string) => {
      const r = parseNotesFile(s);
      return r.ok ? '' : r.error;
    };
    expect(msg('not json')).toMatch(/not JSON/);
    expect(msg('{"format":"something-else"}')).toMatch(/not a Refrain notes export/);
    expect(msg('{"format":"refrain-notes","version":99,"notes":[]}')).toMatch(
      /newer version of Refrain/,
    );
    expect(msg('{"format":"refrain-notes","version":1}')).toMatch(/no list of notes/);
    const bad = exportNotes(notes, '2026-11-23T12:00:00Z');
    (bad.notes[1] as unknown as Record<string, unknown>).colour = 'mauve';
    expect(msg(JSON.stringify(bad))).toMatch(/Note 2 in the file cannot be read: .*colour/);
  });
});

describe('mergeNotes', () => {
  it('adds new notes and skips ones already there', () => {
    const [a, b, c] = notes as [(typeof notes)[0], (typeof notes)[0], (typeof notes)[0]];
    expect(mergeNotes([a], [a, b, c])).toEqual({
      toWrite: [b, c],
      added: 2,
      updated: 0,
      skipped: 1,
    });
    expect(mergeNotes(notes, notes).toWrite).toEqual([]);
  });

  it('keeps the newer of two notes with the same id', () => {
    const old = sampleNote();
    const newer = sampleNote({ text: 'edited', updated: '2026-11-24T00:00:00.000Z' });
    expect(mergeNotes([old], [newer])).toMatchObject({ toWrite: [newer], updated: 1 });
    expect(mergeNotes([newer], [old])).toMatchObject({ toWrite: [], skipped: 1 });
  });

  it('skips the same highlight and text under another id', () => {
    const twin = sampleNote({ id: 'other-profile' });
    expect(mergeNotes([sampleNote()], [twin])).toMatchObject({ toWrite: [], skipped: 1 });
    const differentText = sampleNote({ id: 'x', text: 'another thought' });
    expect(mergeNotes([sampleNote()], [differentText]).added).toBe(1);
  });
});

describe('notesToMarkdown', () => {
  it('groups by article with title, outlet and date, the quote as a blockquote', () => {
    const md = notesToMarkdown(notes, (id) =>
      id === 'a1' ? { title: '标题一', outlet: '某日报', date: '2020-02-01' } : undefined,
    );
    expect(md).toBe(
      [
        '# Notes',
        '',
        '## 标题一',
        '',
        '某日报 · 2020-02-01',
        '',
        '**1.** (yellow)',
        '',
        '> 外防输入',
        '',
        'The formula, early.',
        '',
        '**2.** (yellow)',
        '',
        '> 外防输入',
        '',
        '## a2',
        '',
        '**1.** (blue)',
        '',
        '> 网格',
        '',
        '多行\n笔记',
        '',
      ].join('\n'),
    );
  });
});
