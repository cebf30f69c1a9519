/**
 * Word paragraph styles to HTML for mammoth. The document title becomes the only h1, so Word's
 * headings move one level down; front-matter styles are plain paragraphs. List styles are left
 * out on purpose: mapping them would hide Word numbering, which mammoth turns into real lists.
 */
export const DOCX_STYLE_MAP = [
  "p[style-name='Title'] => h1:fresh",
  "p[style-name='Subtitle'] => p:fresh",
  "p[style-name='Heading 1'] => h2:fresh",
  "p[style-name='Heading 2'] => h3:fresh",
  "p[style-name='Heading 3'] => h4:fresh",
  "p[style-name='Heading 4'] => h5:fresh",
  "p[style-name='Heading 5'] => h6:fresh",
  "p[style-name='Heading 6'] => h6:fresh",
  "p[style-name='Author'] => p:fresh",
  "p[style-name='Abstract Title'] => p:fresh",
  "p[style-name='Abstract'] => p:fresh",
  "p[style-name='Keywords'] => p:fresh",
  "p[style-name='First Paragraph'] => p:fresh",
  "p[style-name='Body Text'] => p:fresh",
  "p[style-name='Bibliography'] => p:fresh",
];
