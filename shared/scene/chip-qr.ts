import { create } from 'qrcode';
import type { Citation } from '../model/citations';
import { doiUrl, validateDoi } from '../citations/identifiers';

/** The QR beside a chip: sized so a phone reads it off a screen playing the clip. */
export const CHIP_QR_LAYOUT = {
  /** About this many frame pixels for the code itself (modules are whole pixels). */
  targetSidePx: 200,
  minModulePx: 3,
  /** Light margin around the code, in modules (the standard asks for 4). */
  quietModules: 4,
  /** Between the chip and the QR tile. */
  gapPx: 16,
  radiusPx: 8,
  dark: '#000000',
  light: '#FFFFFF',
} as const;

/** A QR code as drawn: row-major modules ("1" dark), one whole pixel size per module. */
export interface SceneChipQr {
  url: string;
  /** Modules per side. */
  size: number;
  modules: string;
  modulePx: number;
  quietModules: number;
  dark: string;
  light: string;
}

/** The DOI link a chip's QR encodes, or null when the citation has no valid DOI. */
export function citationDoiUrl(citation: Pick<Citation, 'csl'> | undefined): string | null {
  const raw = citation?.csl.DOI;
  if (typeof raw !== 'string') return null;
  const doi = validateDoi(raw);
  if (!doi.ok) return null;
  // Characters a URL cannot carry as they are ("<", spaces are refused by the DOI check).
  return encodeURI(doiUrl(doi.value)).replace(/[#?]/g, encodeURIComponent);
}

/** The QR code of `url`, error correction M (15% of the code may be lost). */
export function chipQrCode(url: string): SceneChipQr {
  const code = create(url, { errorCorrectionLevel: 'M' });
  const { size, data } = code.modules;
  const L = CHIP_QR_LAYOUT;
  let modules = '';
  for (let index = 0; index < size * size; index += 1) modules += data[index] ? '1' : '0';
  return {
    url,
    size,
    modules,
    modulePx: Math.max(L.minModulePx, Math.round(L.targetSidePx / size)),
    quietModules: L.quietModules,
    dark: L.dark,
    light: L.light,
  };
}

/** The QR tile's side in frame pixels, quiet zone included. */
export function chipQrTileSide(qr: SceneChipQr): number {
  return (qr.size + 2 * qr.quietModules) * qr.modulePx;
}

/**
 * Where a chip with a QR puts its parts, centred together on (0, 0): the label's centre moves
 * left by `labelOffsetX`, the tile sits to its right, vertically centred.
 */
export function chipWithQrLayout(
  labelWidth: number,
  labelHeight: number,
  qr: SceneChipQr,
): {
  labelOffsetX: number;
  tile: { x: number; y: number; side: number };
  width: number;
  height: number;
} {
  const side = chipQrTileSide(qr);
  const width = labelWidth + CHIP_QR_LAYOUT.gapPx + side;
  const left = -width / 2;
  return {
    labelOffsetX: left + labelWidth / 2,
    // Whole pixels, so the modules of a chip at a whole-pixel position stay crisp.
    tile: {
      x: Math.round(left + labelWidth + CHIP_QR_LAYOUT.gapPx),
      y: Math.round(-side / 2),
      side,
    },
    width,
    height: Math.max(labelHeight, side),
  };
}

/** Horizontal runs of dark modules, per row: fewer shapes to draw than one per module. */
export function darkRuns(qr: SceneChipQr): { row: number; from: number; length: number }[] {
  const runs: { row: number; from: number; length: number }[] = [];
  for (let row = 0; row < qr.size; row += 1) {
    let col = 0;
    while (col < qr.size) {
      if (qr.modules[row * qr.size + col] !== '1') {
        col += 1;
        continue;
      }
      const from = col;
      while (col < qr.size && qr.modules[row * qr.size + col] === '1') col += 1;
      runs.push({ row, from, length: col - from });
    }
  }
  return runs;
}

// Chips redraw every frame of an animation; a clip cites a handful of DOIs.
const codes = new Map<string, SceneChipQr>();
const MAX_CACHED_CODES = 64;

/** The QR for a chip citing `citationId`, or null when that citation has no valid DOI. */
export function chipQrFor(
  doc: { citations: readonly Citation[] },
  citationId: string,
): SceneChipQr | null {
  const url = citationDoiUrl(doc.citations.find((citation) => citation.id === citationId));
  if (url === null) return null;
  const known = codes.get(url);
  if (known !== undefined) return known;
  const made = chipQrCode(url);
  if (codes.size >= MAX_CACHED_CODES) codes.clear();
  codes.set(url, made);
  return made;
}
