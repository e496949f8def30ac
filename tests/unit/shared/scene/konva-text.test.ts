import { describe, expect, it } from 'vitest';
import type Konva from 'konva';
import { NodeKonva } from '../../../../main/engine/render/konva-node';
import { layoutTextBlock, tokenize } from '../../../../shared/scene/caption-layout';
import { fontFamilyList } from '../../../../shared/scene/fonts';
import { textBlockNode } from '../../../../shared/scene/konva-text';

const font = { family: 'Inter', weight: 700, sizePx: 50 };
const paint = { fill: '#FFFFFF', outline: null, shadow: null, highlight: '#FFD60A' };

function wordNodes(text: string, activeWordIndex: number | null) {
  const block = layoutTextBlock(tokenize(text), {
    font,
    lineHeight: 1.2,
    maxWidthPx: 2000,
    align: 'left',
  });
  const group = textBlockNode(NodeKonva, block, { ...paint, activeWordIndex });
  return { block, nodes: group.getChildren() as Konva.Text[] };
}

describe('textBlockNode', () => {
  it('names the fallback fonts after the family on every word', () => {
    const { nodes } = wordNodes('Take 💊 daily', null);
    expect(nodes.map((node) => node.fontFamily())).toEqual(
      new Array(3).fill(fontFamilyList('Inter')),
    );
  });

  it('draws right-to-left blocks right-to-left, left-to-right ones left-to-right', () => {
    expect(wordNodes('تناول الدواء', null).nodes.map((n) => n.direction())).toEqual(['rtl', 'rtl']);
    expect(wordNodes('Take it', null).nodes.map((n) => n.direction())).toEqual(['ltr', 'ltr']);
  });

  it('highlights the spoken Arabic word where it is drawn: the first word on the right', () => {
    const { block, nodes } = wordNodes('تناول الدواء مرتين', 0);
    const highlighted = nodes.filter((node) => node.fill() === paint.highlight);
    expect(highlighted.map((node) => node.text())).toEqual(['تناول']);
    const line = block.lines[0]!;
    expect(highlighted[0]!.x()).toBeCloseTo(line.xPx + line.words[0]!.xPx, 10);
    expect(highlighted[0]!.x()).toBe(Math.max(...nodes.map((node) => node.x())));
  });
});
