/**
 * Fill message templates: `{name}` placeholders and ICU-style plurals,
 * `{count, plural, one {# hit} other {# hits}}` (`#` is the number, formatted for the locale).
 * Values are plain text: React escapes them when rendered.
 */
const PLURAL = /\{(\w+), plural,((?:\s*[\w=]+\s*\{[^{}]*\})+)\s*\}/g;
const OPTION = /\s*([\w=]+)\s*\{([^{}]*)\}/g;

export function format(
  template: string,
  vars?: Record<string, string | number>,
  locale = 'en',
): string {
  if (!vars) return template;
  const rules = new Intl.PluralRules(locale);
  const withPlurals = template.replace(PLURAL, (whole, name: string, body: string) => {
    const value = vars[name];
    if (typeof value !== 'number') return whole;
    const options = new Map<string, string>();
    for (const m of body.matchAll(OPTION)) options.set(m[1] ?? '', m[2] ?? '');
    const chosen =
      options.get(`=${value}`) ?? options.get(rules.select(value)) ?? options.get('other') ?? '';
    return chosen.replace(/#/g, value.toLocaleString(locale));
  });
  return withPlurals.replace(/\{(\w+)\}/g, (m, k: string) => (k in vars ? String(vars[k]) : m));
}
