/** Fills `{name}` placeholders; a placeholder with no value is left out rather than shown raw. */
export function interpolate(template: string, params: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/gu, (_, key: string) => {
    const value = params[key];
    return value === undefined ? '' : String(value);
  });
}
