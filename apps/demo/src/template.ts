const PLACEHOLDER = /\{\{\s*(\w+)\s*\}\}/;

/**
 * A UI text split into its literal parts and its placeholder names, alternating: even indexes
 * are text, odd indexes are names (`"HTTP {{code}}"` → `["HTTP ", "code", ""]`).
 */
export function splitTemplate(template: string): string[] {
  return template.split(PLACEHOLDER);
}

/** U+2068 FIRST STRONG ISOLATE … U+2069 POP DIRECTIONAL ISOLATE. */
const isolate = (value: string) => `\u2068${value}\u2069`;

/**
 * A UI text as plain text (a `<title>`, a meta description), where no `<bdi>` can isolate a
 * value: in a right-to-left text each value is isolated with Unicode controls instead, so that
 * "404 (Not Found)" keeps its order in an Arabic title.
 */
export function fillTemplate(
  template: string,
  values: Readonly<Record<string, string | number>>,
  direction: 'ltr' | 'rtl',
): string {
  return splitTemplate(template)
    .map((part, index) => {
      if (index % 2 === 0) return part;
      const value = String(values[part] ?? '');
      return direction === 'rtl' ? isolate(value) : value;
    })
    .join('');
}
