/** Where on its page a line sits: running headers and footers live in the top and bottom bands. */
export type PageBand = 'top' | 'bottom' | 'body';

/**
 * One line of text as a paged source shows it, in reading order. PDF pages and plain-text dumps
 * both become lists of these, so paragraph building, furniture removal and dehyphenation are
 * written once.
 */
export interface LayoutLine {
  /** The line's text with word spaces restored and outer whitespace trimmed. */
  text: string;
  /** 1-based physical page the line is printed on. */
  page: number;
  band: PageBand;
  /** Layout evidence that a new block starts here (gap, indent, font change, short line above). */
  breakBefore: boolean;
  /** Heading level when the line's look says heading (larger or bold font); null otherwise. */
  heading: number | null;
}
