import type { AnimationType } from '../model/animation';
import type { CaptionMode } from '../model/captions';
import type { TextAlign } from '../model/common';
import type { BlurStyle, PixelBox } from '../model/privacy';
import type { ShapeType } from '../model/overlays';
import type { SceneChipQr } from './chip-qr';
import type { SceneEndCard } from './scene-end-card';

/**
 * What is visible at one instant, resolved from the document: plain data in frame pixels
 * (1080x1920 by default), ready for the Konva builder. Nothing here refers back to time
 * except `timeMs`, so two scenes that look the same are equal field by field.
 */
export interface Scene {
  timeMs: number;
  frame: { width: number; height: number; background: string };
  video: SceneVideo | null;
  captions: SceneCaption[];
  /** Overlays and citation chips in stacking order (later on top). */
  overlays: SceneOverlay[];
  /** Faces and manual regions to blur, in source-media pixels of the active clip. */
  blurRegions: SceneBlurRegion[];
  /** The medical review's end card, over everything, while it shows (scene-end-card.ts). */
  endCard?: SceneEndCard | null;
}

export type SceneReframe =
  | { mode: 'fill'; focus: { x: number; y: number } }
  | { mode: 'fit-blur'; blurStrength: number }
  | { mode: 'fit-color'; color: string };

export interface SceneVideo {
  clipId: string;
  mediaId: string;
  /** Time in the source media: clip.in + (t - clip.start). */
  sourceMs: number;
  reframe: SceneReframe;
}

export interface SceneBlurRegion {
  /** The manual region's or face track's id. */
  id: string;
  source: 'manual' | 'face';
  mediaId: string;
  box: PixelBox;
  style: BlurStyle;
}

/** A shipped font face at a size (see fonts.ts). */
export interface SceneFont {
  family: string;
  weight: number;
  sizePx: number;
}

export interface SceneWord {
  text: string;
  /** Index among the cue's words (its word timings when present). */
  index: number;
  /** Offset from the start of its line. */
  xPx: number;
  widthPx: number;
}

export interface SceneTextLine {
  text: string;
  /** Offset of the line inside the block, from the alignment. */
  xPx: number;
  widthPx: number;
  words: SceneWord[];
}

/**
 * Text broken into lines inside a container `widthPx` wide. Line `i` occupies
 * `[i * lineHeightPx, (i + 1) * lineHeightPx)` from the block's top. `ink` is the box the lines
 * actually cover, relative to the block's top-left.
 */
export interface SceneTextBlock {
  font: SceneFont;
  align: TextAlign;
  lineHeightPx: number;
  widthPx: number;
  heightPx: number;
  lines: SceneTextLine[];
  ink: SceneRect;
}

export interface SceneRect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface SceneOutline {
  color: string;
  widthPx: number;
}

export interface SceneShadow {
  color: string;
  blurPx: number;
  offsetXPx: number;
  offsetYPx: number;
}

export interface SceneBox {
  color: string;
  opacity: number;
  paddingPx: number;
  radiusPx: number;
}

export interface SceneCaption {
  cueId: string;
  styleId: string;
  mode: CaptionMode;
  /** Top-left of the text block in frame pixels (the style's anchor is its bottom centre). */
  x: number;
  y: number;
  text: SceneTextBlock;
  fill: string;
  highlight: string;
  outline: SceneOutline | null;
  shadow: SceneShadow | null;
  box: SceneBox | null;
  /**
   * The word being spoken, in wordHighlight and singleWord modes (from the cue's word timings,
   * or its span shared across the words by length when it has none).
   */
  activeWordIndex: number | null;
  /** The speaker's name tab above the caption (lower-third styles); absent when none shows. */
  speaker?: SceneSpeakerLabel | null;
  /** Size of the caption about its text's centre, while a pop style grows it in; 1 when absent. */
  scale?: number;
}

/** A name tab: its text block's top-left relative to the caption's block, padded by `paddingPx`. */
export interface SceneSpeakerLabel {
  x: number;
  y: number;
  text: SceneTextBlock;
  fill: string;
  background: string;
  paddingPx: number;
  radiusPx: number;
}

/**
 * Where an overlay's keyframes and its enter/exit animation put it: its centre in frame pixels,
 * its scale and rotation (degrees, clockwise) about that centre, and its opacity.
 */
export interface SceneTransform {
  x: number;
  y: number;
  scale: number;
  rotation: number;
  opacity: number;
}

export interface SceneAnimation {
  phase: 'enter' | 'steady' | 'exit';
  type: AnimationType;
  /** Eased progress through the phase, 0..1 (1 while steady). */
  progress: number;
}

/** How much of an overlay a wipe or draw-on animation shows, 0..1. */
export interface SceneReveal {
  kind: 'wipe' | 'drawOn';
  progress: number;
}

interface SceneOverlayBase {
  id: string;
  transform: SceneTransform;
  animation: SceneAnimation;
  reveal: SceneReveal | null;
}

/** Every overlay's content is laid out centred on (0, 0) and placed by `transform`. */
export interface SceneIconOverlay extends SceneOverlayBase {
  kind: 'icon';
  iconId: string;
  fill: string;
  outline: string;
  sizePx: number;
}

export interface SceneCalloutOverlay extends SceneOverlayBase {
  kind: 'callout';
  text: SceneTextBlock;
  textColor: string;
  background: string;
  paddingXPx: number;
  paddingYPx: number;
  radiusPx: number;
  /** The point the leader line reaches, in frame pixels (not moved by the transform). */
  target: { x: number; y: number };
  arrow: boolean;
  lineColor: string;
  lineWidthPx: number;
}

export interface SceneShapeOverlay extends SceneOverlayBase {
  kind: 'shape';
  shape: ShapeType;
  widthPx: number;
  heightPx: number;
  stroke: string;
  strokeWidthPx: number;
  fill: string | null;
  /** A badge's number, with its font and a colour that reads on the badge's fill. */
  number: { value: number; font: SceneFont; color: string } | null;
}

export interface SceneImageOverlay extends SceneOverlayBase {
  kind: 'image';
  mediaId: string;
  widthPx: number;
  heightPx: number;
  cornerRadiusPx: number;
}

export interface SceneTextOverlay extends SceneOverlayBase {
  kind: 'text';
  text: SceneTextBlock;
  fill: string;
  outline: SceneOutline | null;
  box: SceneBox | null;
}

export interface SceneCitationChipOverlay extends SceneOverlayBase {
  kind: 'citationChip';
  citationId: string;
  label: string;
  text: SceneTextBlock;
  textColor: string;
  background: string;
  paddingXPx: number;
  paddingYPx: number;
  radiusPx: number;
  /** The DOI link's QR code beside the chip, when asked for and the citation has a DOI. */
  qr?: SceneChipQr | null;
}

export type SceneOverlay =
  | SceneIconOverlay
  | SceneCalloutOverlay
  | SceneShapeOverlay
  | SceneImageOverlay
  | SceneTextOverlay
  | SceneCitationChipOverlay;
