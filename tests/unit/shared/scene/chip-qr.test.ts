import jsQR from 'jsqr';
import { describe, expect, it } from 'vitest';
import {
  chipQrCode,
  chipQrFor,
  chipQrTileSide,
  chipWithQrLayout,
  citationDoiUrl,
  darkRuns,
} from '../../../../shared/scene/chip-qr';
import { overlayLocalBox } from '../../../../shared/scene/item-bounds';
import { sceneOverlaysAt } from '../../../../shared/scene/scene-overlays';
import { CITATION, chipOverlay, withTracks } from './scene-fixtures';

const DOI = '10.1136/bjsports-2013-093398';
const citation = { ...CITATION, csl: { ...CITATION.csl, DOI } };

/** The code as an RGBA image, `scale` pixels per module, for jsQR. */
function rasterise(qr: ReturnType<typeof chipQrCode>, scale = 4): Uint8ClampedArray<ArrayBuffer> {
  const side = (qr.size + 2 * qr.quietModules) * scale;
  const pixels = new Uint8ClampedArray(side * side * 4).fill(255);
  for (let y = 0; y < qr.size; y += 1) {
    for (let x = 0; x < qr.size; x += 1) {
      if (qr.modules[y * qr.size + x] !== '1') continue;
      for (let dy = 0; dy < scale; dy += 1) {
        for (let dx = 0; dx < scale; dx += 1) {
          const px = (x + qr.quietModules) * scale + dx;
          const py = (y + qr.quietModules) * scale + dy;
          pixels.fill(0, (py * side + px) * 4, (py * side + px) * 4 + 3);
        }
      }
    }
  }
  return pixels;
}

describe('citationDoiUrl', () => {
  it('links the DOI at doi.org, accepting the prefixes people paste', () => {
    expect(citationDoiUrl(citation)).toBe(`https://doi.org/${DOI}`);
    expect(citationDoiUrl({ csl: { type: 'book', DOI: `https://doi.org/${DOI}` } })).toBe(
      `https://doi.org/${DOI}`,
    );
    expect(citationDoiUrl({ csl: { type: 'book', DOI: '10.1002/(SICI)1097#x' } })).toBe(
      'https://doi.org/10.1002/(SICI)1097%23x',
    );
  });

  it('is null without a valid DOI', () => {
    expect(citationDoiUrl(CITATION)).toBeNull();
    expect(citationDoiUrl({ csl: { type: 'book', DOI: 'not a doi' } })).toBeNull();
    expect(citationDoiUrl(undefined)).toBeNull();
  });
});

describe('chipQrCode', () => {
  it('encodes the link so a reader decodes it back', () => {
    const qr = chipQrCode(`https://doi.org/${DOI}`);
    expect(qr.modules).toHaveLength(qr.size * qr.size);
    const side = (qr.size + 2 * qr.quietModules) * 4;
    expect(jsQR(rasterise(qr), side, side)?.data).toBe(`https://doi.org/${DOI}`);
  });

  it('uses whole-pixel modules near the target size, and runs cover every dark module', () => {
    const qr = chipQrCode(`https://doi.org/${DOI}`);
    expect(Number.isInteger(qr.modulePx)).toBe(true);
    expect(qr.size * qr.modulePx).toBeGreaterThan(170);
    expect(qr.size * qr.modulePx).toBeLessThan(230);
    const dark = [...qr.modules].filter((m) => m === '1').length;
    expect(darkRuns(qr).reduce((sum, run) => sum + run.length, 0)).toBe(dark);
  });
});

describe('chips with a QR code', () => {
  it('appear in the scene only when asked for and the citation has a DOI', () => {
    const chip = { ...chipOverlay('ovl_chip', 0, 3000), qr: true };
    const withDoi = withTracks({ overlays: [chip], citations: [citation] });
    const [scene] = sceneOverlaysAt(withDoi, 1000);
    expect(scene?.kind === 'citationChip' && scene.qr?.url).toBe(`https://doi.org/${DOI}`);
    const noDoi = withTracks({ overlays: [chip], citations: [CITATION] });
    const [plain] = sceneOverlaysAt(noDoi, 1000);
    expect(plain?.kind === 'citationChip' && plain.qr).toBeNull();
    const off = withTracks({ overlays: [chipOverlay('ovl_chip', 0, 3000)], citations: [citation] });
    const [none] = sceneOverlaysAt(off, 1000);
    expect(none?.kind === 'citationChip' && none.qr).toBeNull();
    expect(chipQrFor(withDoi, 'cit_missing')).toBeNull();
  });

  it('grow the chip’s editable box to take in the tile, still centred', () => {
    const chip = { ...chipOverlay('ovl_chip', 0, 3000), qr: true };
    const doc = withTracks({ overlays: [chip], citations: [citation] });
    const [scene] = sceneOverlaysAt(doc, 1000);
    if (scene?.kind !== 'citationChip' || !scene.qr) throw new Error('expected a QR chip');
    const box = overlayLocalBox(scene);
    const labelWidth = scene.text.ink.width + 2 * scene.paddingXPx;
    const side = chipQrTileSide(scene.qr);
    expect(box.width).toBeCloseTo(labelWidth + 16 + side);
    expect(box.height).toBe(side);
    expect(box.x).toBeCloseTo(-box.width / 2);
    const layout = chipWithQrLayout(labelWidth, 60, scene.qr);
    expect(layout.tile.x + side).toBeCloseTo(box.width / 2, 0);
  });
});
