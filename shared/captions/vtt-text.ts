import type { TreeNode, TreeNodeObjectTagNameWithRt } from 'webvtt-parser';

/** Plain text of a parsed WebVTT cue: tags (<b>, <c.x>, <v Speaker>…) dropped, ruby annotations
 * (<rt>) dropped and their base text kept, in-cue timestamps dropped. */
export function cueTreeText(nodes: readonly TreeNode<TreeNodeObjectTagNameWithRt>[]): string {
  return nodes
    .map((node) => {
      if (node.type === 'text') return node.value;
      if (node.type === 'timestamp' || node.name === 'rt') return '';
      return cueTreeText(node.children);
    })
    .join('');
}

const VTT_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;' };

/** Escapes the characters WebVTT cue text reserves; ">" too, so "-->" can never appear. */
export function escapeVttText(line: string): string {
  return line.replace(/[&<>]/g, (char) => VTT_ESCAPES[char] ?? char);
}

function isScalarValue(codePoint: number): boolean {
  return codePoint > 0 && codePoint <= 0x10ffff && (codePoint < 0xd800 || codePoint > 0xdfff);
}

/**
 * Decodes numeric character references (&#128512;, &#x1F600;) before the library sees them: it
 * reads them with String.fromCharCode, which cuts code points above U+FFFF (emoji) to the wrong
 * character, and leaves hex references with letters undecoded. Reserved characters are turned
 * into their named reference so they stay text.
 */
export function decodeNumericReferences(line: string): string {
  return line.replace(
    /&#(?:([0-9]+)|[xX]([0-9a-fA-F]+));/g,
    (match, decimal?: string, hex?: string) => {
      const codePoint = decimal !== undefined ? Number(decimal) : Number.parseInt(hex ?? '', 16);
      if (!isScalarValue(codePoint)) return match;
      const char = String.fromCodePoint(codePoint);
      return VTT_ESCAPES[char] ?? char;
    },
  );
}
