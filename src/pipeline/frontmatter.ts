// Markdown files (dispatch, guidance): YAML front matter between `---` lines, then the body.

export interface FrontmatterSplit {
  /** The YAML text, or undefined when the file has no front matter. */
  yaml: string | undefined;
  /** Lines before the YAML starts (the opening `---`), to shift reported line numbers. */
  lineOffset: number;
  body: string;
  /** Lines before the body starts, to place an error found in the body. */
  bodyLineOffset: number;
}

export function splitFrontmatter(text: string): FrontmatterSplit {
  const match = /^---\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/.exec(text);
  if (!match) return { yaml: undefined, lineOffset: 0, body: text, bodyLineOffset: 0 };
  const bodyLineOffset = match[0].split('\n').length - 1;
  return { yaml: match[1] ?? '', lineOffset: 1, body: text.slice(match[0].length), bodyLineOffset };
}
