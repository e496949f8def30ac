export { writeSidecars, sidecarPath, defaultCoverAtMs } from './sidecars';
export type { SidecarOptions, SidecarPaths } from './sidecars';
export { buildDescription, descriptionHashtags, toHashtag, DEFAULT_HASHTAGS } from './description';
export { formatReference, citationsInOrderOfUse, referenceList } from './references';
export { coverFrameArgs } from './cover-args';
export { writeFileAtomic, produceFileAtomic } from './atomic-write';
