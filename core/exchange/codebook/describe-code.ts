/** The headings a code's criteria get inside one REFI-QDA `<Description>`. */
const HEADINGS = {
  inclusion: 'Inclusion criteria:',
  exclusion: 'Exclusion criteria:',
  example: 'Example:',
} as const;

export interface CodeTexts {
  definition: string;
  inclusion: string;
  exclusion: string;
  example: string;
}

/**
 * One description text for a code: the definition, then each non-empty criterion under its
 * heading, so tools that show only the description still show everything.
 */
export function describeCode(code: CodeTexts): string {
  const parts = [code.definition.trim()];
  for (const [field, heading] of Object.entries(HEADINGS) as [keyof typeof HEADINGS, string][]) {
    const value = code[field].trim();
    if (value !== '') parts.push(`${heading}\n${value}`);
  }
  return parts.filter((p) => p !== '').join('\n\n');
}

/** Splits a description written by describeCode (or by hand, same headings) back into fields. */
export function readDescription(description: string): CodeTexts {
  const texts: CodeTexts = { definition: '', inclusion: '', exclusion: '', example: '' };
  let field: keyof CodeTexts = 'definition';
  const lines: Record<keyof CodeTexts, string[]> = {
    definition: [],
    inclusion: [],
    exclusion: [],
    example: [],
  };
  for (const line of description.replace(/\r\n?/gu, '\n').split('\n')) {
    const heading = (Object.entries(HEADINGS) as [keyof typeof HEADINGS, string][]).find(
      ([, h]) => line.trim().toLowerCase() === h.toLowerCase(),
    );
    if (heading) field = heading[0];
    else lines[field].push(line);
  }
  for (const key of Object.keys(lines) as (keyof CodeTexts)[]) {
    texts[key] = lines[key].join('\n').trim();
  }
  return texts;
}
