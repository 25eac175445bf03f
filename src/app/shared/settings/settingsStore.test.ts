import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, sanitiseSettings } from './settingsStore.ts';

describe('sanitiseSettings', () => {
  it('migrates version 1 (no script, no uiLang) to defaults for the new fields', () => {
    expect(sanitiseSettings({ theme: 'dark', fontStep: 3 })).toEqual({
      theme: 'dark',
      fontStep: 3,
      script: 'orig',
      uiLang: null,
      markGlossary: true,
    });
  });

  it('keeps valid values and replaces invalid ones', () => {
    expect(
      sanitiseSettings({
        theme: 'dark',
        fontStep: 2,
        script: 'hk',
        uiLang: 'zh',
        markGlossary: false,
      }),
    ).toEqual({
      theme: 'dark',
      fontStep: 2,
      script: 'hk',
      uiLang: 'zh',
      markGlossary: false,
    });
    expect(sanitiseSettings({ theme: 'neon', fontStep: 99, script: 'twp', uiLang: 'fr' })).toEqual({
      theme: 'system',
      fontStep: 5,
      script: 'orig',
      uiLang: null,
      markGlossary: true,
    });
  });

  it('survives garbage', () => {
    for (const junk of [null, 42, 'x', [], { fontStep: 'big' }]) {
      expect(sanitiseSettings(junk)).toMatchObject({
        theme: DEFAULT_SETTINGS.theme,
        script: 'orig',
      });
    }
  });
});
