import { codecListArgs } from './args';
import { getFfmpegPaths } from './paths';
import { runProcess } from './runner';

export interface CodecCapability {
  name: string;
  decode: boolean;
  encode: boolean;
  type: 'video' | 'audio' | 'subtitle' | 'data' | 'attachment' | 'unknown';
}

const TYPE_BY_FLAG: Record<string, CodecCapability['type']> = {
  V: 'video',
  A: 'audio',
  S: 'subtitle',
  D: 'data',
  T: 'attachment',
};

/**
 * Parses `ffmpeg -codecs`. Rows look like " DEV.LS h264   H.264 / AVC …": six flag characters
 * (D decode, E encode, then the type letter), the codec name, its description. The legend
 * above the "-------" line has the same shape, so rows are read only after it.
 */
export function parseCodecList(text: string): Map<string, CodecCapability> {
  const codecs = new Map<string, CodecCapability>();
  let inTable = false;
  for (const line of text.split(/\r?\n/)) {
    if (!inTable) {
      inTable = /^\s*-{6,}\s*$/.test(line);
      continue;
    }
    const match = /^\s([D.])([E.])([VASDT.])[I.][L.][S.]\s+(\S+)/.exec(line);
    if (!match) continue;
    const [, d, e, t, name] = match;
    if (!name) continue;
    codecs.set(name, {
      name,
      decode: d === 'D',
      encode: e === 'E',
      type: TYPE_BY_FLAG[t ?? ''] ?? 'unknown',
    });
  }
  return codecs;
}

let decodable: Promise<ReadonlySet<string>> | null = null;

/** Names of codecs this ffmpeg build can decode; asked once per process. */
export function getDecodableCodecs(): Promise<ReadonlySet<string>> {
  decodable ??= runProcess({
    bin: getFfmpegPaths().ffmpeg,
    args: codecListArgs(),
    label: 'list ffmpeg codecs',
    stdin: 'ignore',
    timeoutMs: 10_000,
  })
    .then((result) => {
      const set = new Set<string>();
      for (const codec of parseCodecList(result.stdout.toString('utf8')).values()) {
        if (codec.decode) set.add(codec.name);
      }
      return set;
    })
    .catch((error: unknown) => {
      // Do not cache a failure: the next import tries again.
      decodable = null;
      throw error;
    });
  return decodable;
}
