import type { PixelBox } from '../../../../shared/model';
import { iou, type ScoredBox } from '../../../../shared/privacy/boxes';

/**
 * Detector evaluation against labelled photos (dlib imglab XML: `<image file= width= height=>`
 * with `<box top= left= width= height=/>`), as the benchmark and the accuracy tests use it.
 */

export interface LabelledImage {
  file: string;
  width: number;
  height: number;
  faces: PixelBox[];
}

export class LabelFileError extends Error {
  override readonly name = 'LabelFileError';
}

function attribute(tag: string, name: string): string | undefined {
  return new RegExp(`\\b${name}\\s*=\\s*['"]([^'"]*)['"]`).exec(tag)?.[1];
}

function numberAttribute(tag: string, name: string, where: string): number {
  const value = Number(attribute(tag, name));
  if (!Number.isFinite(value)) throw new LabelFileError(`${where}: "${name}" is not a number`);
  return value;
}

/** The images and face boxes of an imglab XML file (`ignore='1'` boxes are left out). */
export function parseImglabXml(xml: string, fileName = 'labels'): LabelledImage[] {
  const images: LabelledImage[] = [];
  for (const match of xml.matchAll(/<image\b([^>]*)>([\s\S]*?)<\/image>/g)) {
    const tag = match[1] ?? '';
    const file = attribute(tag, 'file');
    if (file === undefined) throw new LabelFileError(`${fileName}: an <image> has no file`);
    const where = `${fileName} (${file})`;
    const faces: PixelBox[] = [];
    for (const box of (match[2] ?? '').matchAll(/<box\b([^>]*?)\/?>/g)) {
      const boxTag = box[1] ?? '';
      if (attribute(boxTag, 'ignore') === '1') continue;
      faces.push({
        x: numberAttribute(boxTag, 'left', where),
        y: numberAttribute(boxTag, 'top', where),
        width: numberAttribute(boxTag, 'width', where),
        height: numberAttribute(boxTag, 'height', where),
      });
    }
    images.push({
      file,
      width: numberAttribute(tag, 'width', where),
      height: numberAttribute(tag, 'height', where),
      faces,
    });
  }
  if (images.length === 0) throw new LabelFileError(`${fileName}: no <image> elements`);
  return images;
}

export interface MatchCounts {
  /** Ground-truth faces at least minFaceHeight high. */
  faces: number;
  found: number;
  /** Detections that are not ignored (see evaluateImage). */
  detections: number;
  falsePositives: number;
}

/**
 * Counts for one image. A face counts as found when some detection overlaps it with IoU at
 * least `minIou`. Faces smaller than `minFaceHeight` are neither required nor held against the
 * detector: a detection on one is ignored rather than counted as a false positive.
 */
export function evaluateImage(
  faces: readonly PixelBox[],
  detections: readonly ScoredBox[],
  options: { minIou: number; minFaceHeight: number },
): MatchCounts {
  const large = faces.filter((f) => f.height >= options.minFaceHeight);
  const small = faces.filter((f) => f.height < options.minFaceHeight);
  const hits = (box: PixelBox, set: readonly PixelBox[]): boolean =>
    set.some((face) => iou(face, box) >= options.minIou);
  let counted = 0;
  let falsePositives = 0;
  for (const detection of detections) {
    if (hits(detection.box, large)) counted += 1;
    else if (!hits(detection.box, small)) {
      counted += 1;
      falsePositives += 1;
    }
  }
  return {
    faces: large.length,
    found: large.filter((face) => detections.some((d) => iou(face, d.box) >= options.minIou))
      .length,
    detections: counted,
    falsePositives,
  };
}

export function addCounts(a: MatchCounts, b: MatchCounts): MatchCounts {
  return {
    faces: a.faces + b.faces,
    found: a.found + b.found,
    detections: a.detections + b.detections,
    falsePositives: a.falsePositives + b.falsePositives,
  };
}

export function recallOf(counts: MatchCounts): number {
  return counts.faces > 0 ? counts.found / counts.faces : 1;
}

export function precisionOf(counts: MatchCounts): number {
  return counts.detections > 0
    ? (counts.detections - counts.falsePositives) / counts.detections
    : 1;
}
