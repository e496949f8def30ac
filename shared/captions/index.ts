export * from './types';
export * from './timestamps';
export { parseSrt, toSrt } from './srt';
export { parseVtt, toVtt, hasVttSignature } from './vtt';
export { detectSubtitleFormat, parseSubtitles } from './parse';
export {
  captionImportModeSchema,
  planCaptionImport,
  type CaptionImportMode,
  type CaptionImportPlan,
} from './import-plan';
