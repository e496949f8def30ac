/**
 * `npm run bench:store [-- --json]`: the project file's open time and append latency.
 *
 * Builds a project with 10,000 operations (realistic JSON payloads, snapshots written by the
 * store as in real use) over a document of 100 media entries and 300 caption cues, then measures:
 *   (a) open = ProjectStore.open + load(), in the worst case: a crash just before a periodic
 *       snapshot, so load() replays a full snapshot interval;
 *   (b) 1,000 appends through ProjectStore, one transaction each;
 *   (c) the same 1,000 rows as bare better-sqlite3 INSERTs (WAL, synchronous=FULL) into a file
 *       in the same folder holding the same 10,000 rows, interleaved with (b) so both see the
 *       same disk. Both start with an empty WAL (the project's close() truncates it): a WAL that
 *       is still growing costs more per fsync than one being overwritten, which would otherwise
 *       skew the comparison either way.
 * Targets: open < 300 ms; our append p95 <= 1.5x the bare p95. With --json the last line is one
 * JSON object of the figures.
 */
import Database from 'better-sqlite3';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { ProjectStore } from '../main/engine/store/project-store';
import type { OpInput, StoredOp } from '../main/engine/store/types';

const LOG_OPS = 10_000;
const APPEND_RUNS = 1_000;
const WARMUP_RUNS = 20;
const OPEN_RUNS = 5;
const SNAPSHOT_EVERY = 200;
const OPEN_TARGET_MS = 300;
const APPEND_P95_TARGET_RATIO = 1.5;

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Doc = { [key: string]: Json };
type JsonPath = (string | number)[];
interface SetArgs {
  path: JsonPath;
  value: Json;
}

/** Deterministic pseudo-random numbers, so every run builds the same project. */
function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}
const random = rng(42);
const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
const WORDS =
  'the patient knee joint cartilage pressure blood heart rate dose daily study shows risk lower higher weeks months after before exercise pain relief'.split(
    ' ',
  );
const sentence = (n: number) => Array.from({ length: n }, () => pick(WORDS)).join(' ');
const hex = (n: number) =>
  Array.from({ length: n }, () => Math.floor(random() * 16).toString(16)).join('');

function makeDocument(): Doc {
  const media: Json[] = Array.from({ length: 100 }, (_, i) => ({
    id: `med_${String(i).padStart(4, '0')}`,
    path: `/Users/editor/Footage/2025-03/clinic-interview-${i}.mp4`,
    contentHash: `sha256:${hex(64)}`,
    probe: {
      kind: 'video',
      container: 'mov,mp4,m4a,3gp,3g2,mj2',
      durationMs: 30_000 + i * 1000,
      width: 1920,
      height: 1080,
      rotation: 0,
      fps: 29.97,
      videoCodec: 'h264',
      audioCodec: 'aac',
      hasVideo: true,
      hasAudio: true,
      hdr: false,
      audioSampleRate: 48000,
      audioChannels: 2,
    },
  }));
  const cues: Json[] = Array.from({ length: 300 }, (_, i) => {
    const startMs = i * 2000;
    const words = sentence(8).split(' ');
    return {
      id: `cue_${String(i).padStart(4, '0')}`,
      startMs,
      endMs: startMs + 1800,
      text: words.join(' '),
      words: words.map((text, w) => ({
        text,
        startMs: startMs + w * 200,
        endMs: startMs + w * 200 + 180,
      })),
      style: 'bold-white',
      citationIds: [],
    };
  });
  return {
    id: 'prj_bench',
    name: 'Knee pain explainer',
    format: { width: 1080, height: 1920, fps: 30 },
    media,
    cues,
  };
}

function getAt(doc: Json, p: JsonPath): Json {
  return p.reduce<Json>((node, key) => (node as Record<string | number, Json>)[key] as Json, doc);
}

/** Immutable set: copies only the objects along the path. */
function setAt(node: Json, p: JsonPath, value: Json): Json {
  const [key, ...rest] = p;
  if (key === undefined) return value;
  if (Array.isArray(node)) {
    const copy = node.slice();
    copy[key as number] = setAt(copy[key as number] as Json, rest, value);
    return copy;
  }
  const obj = node as { [k: string]: Json };
  return { ...obj, [key]: setAt(obj[key] as Json, rest, value) };
}

const replay = (doc: Doc, op: StoredOp): Doc => {
  const args = op.args as SetArgs;
  return setAt(doc, args.path, args.value) as Doc;
};

/** A realistic edit: retime or retext a cue, move a media file, change the title. */
function makeOp(doc: Doc, i: number): OpInput {
  const cue = Math.floor(random() * 300);
  const choice = random();
  let target: JsonPath;
  let value: Json;
  if (choice < 0.45) {
    target = ['cues', cue, 'text'];
    value = sentence(14 + Math.floor(random() * 24));
  } else if (choice < 0.8) {
    target = ['cues', cue, 'words', Math.floor(random() * 8)];
    const startMs = cue * 2000 + Math.floor(random() * 1500);
    value = { text: pick(WORDS), startMs, endMs: startMs + 180 };
  } else if (choice < 0.97) {
    target = ['media', Math.floor(random() * 100), 'path'];
    value = `/Volumes/Archive/${sentence(3).replace(/ /g, '-')}/clip-${i}.mp4`;
  } else {
    target = ['name'];
    value = `Knee pain explainer v${i}`;
  }
  return {
    name: 'doc.set',
    args: { path: target, value },
    inverse: { path: target, value: getAt(doc, target) },
    label: 'Edit caption',
    groupId: `grp_${i}_${hex(12)}`,
    kind: 'do',
  };
}

function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN;
}
const sortNumbers = (xs: readonly number[]) => [...xs].sort((a, b) => a - b);
const round = (x: number, digits = 3) => Number(x.toFixed(digits));

const BARE_SCHEMA = `CREATE TABLE ops (seq INTEGER PRIMARY KEY, at TEXT NOT NULL, name TEXT NOT NULL,
  args TEXT NOT NULL, inverse TEXT NOT NULL, label TEXT, group_id TEXT NOT NULL, kind TEXT NOT NULL)`;

function main(): void {
  const json = process.argv.includes('--json');
  const dir = mkdtempSync(path.join(tmpdir(), 'medclip-bench-store-'));
  try {
    const file = path.join(dir, 'bench.medclip');
    let doc = makeDocument();
    const documentBytes = JSON.stringify(doc).length;

    // Build the log through the store, as the app would.
    let payloadBytes = 0;
    const buildStart = performance.now();
    let store = ProjectStore.create<Doc>(file, {
      projectId: 'prj_bench',
      initialDocument: doc,
      appVersion: 'bench',
      replay,
      snapshotEvery: SNAPSHOT_EVERY,
    });
    for (let i = 0; i < LOG_OPS; i++) {
      const op = makeOp(doc, i);
      payloadBytes += JSON.stringify(op.args).length + JSON.stringify(op.inverse).length;
      doc = replay(doc, { ...op, seq: i + 1, at: '', label: null });
      store.appendOps([op], doc);
    }
    store.close();
    const buildMs = performance.now() - buildStart;

    // (a) Open worst case: drop the last periodic and the final snapshot, as if the app had
    // crashed just before writing them, so load() replays a full interval.
    const replayed = SNAPSHOT_EVERY;
    const openTimes: number[] = [];
    let loadedSeq = 0;
    for (let run = 0; run < OPEN_RUNS; run++) {
      const raw = new Database(file);
      raw.prepare('DELETE FROM snapshots WHERE seq > ?').run(LOG_OPS - replayed);
      raw.close();
      const t0 = performance.now();
      store = ProjectStore.open<Doc>(file, {
        replay,
        appVersion: 'bench',
        snapshotEvery: SNAPSHOT_EVERY,
      });
      const loaded = store.load();
      openTimes.push(performance.now() - t0);
      loadedSeq = loaded.seq;
      if (JSON.stringify(loaded.document) !== JSON.stringify(doc))
        throw new Error('load() disagrees with the built document');
      if (run < OPEN_RUNS - 1) store.close(loaded.document);
    }

    // (b) + (c) interleaved, alternating which goes first.
    const bare = new Database(path.join(dir, 'bare.sqlite'));
    bare.pragma('journal_mode = WAL');
    bare.pragma('synchronous = FULL');
    bare.exec(BARE_SCHEMA);
    const bareInsert = bare.prepare(
      'INSERT INTO ops (at, name, args, inverse, label, group_id, kind) VALUES (?, ?, ?, ?, ?, ?, ?)',
    );
    bare.transaction(() => {
      for (const row of store.readOps(0, LOG_OPS)) {
        bareInsert.run(
          row.at,
          row.name,
          JSON.stringify(row.args),
          JSON.stringify(row.inverse),
          row.label,
          row.groupId,
          row.kind,
        );
      }
    })();
    // Same starting state as the project, whose close() truncated its WAL: an empty WAL.
    bare.pragma('wal_checkpoint(TRUNCATE)');
    const ours: number[] = [];
    const bares: number[] = [];
    const snapshotAppends: number[] = [];
    for (let i = 0; i < WARMUP_RUNS + APPEND_RUNS; i++) {
      const op = makeOp(doc, LOG_OPS + i);
      doc = replay(doc, { ...op, seq: 0, at: '', label: null });
      const runOurs = () => {
        const snapshotBefore = store.snapshotSeq;
        const t0 = performance.now();
        store.appendOps([op], doc);
        const ms = performance.now() - t0;
        if (i >= WARMUP_RUNS) {
          ours.push(ms);
          if (store.snapshotSeq !== snapshotBefore) snapshotAppends.push(ms);
        }
      };
      const runBare = () => {
        const t0 = performance.now();
        bareInsert.run(
          new Date().toISOString(),
          op.name,
          JSON.stringify(op.args),
          JSON.stringify(op.inverse),
          op.label,
          op.groupId,
          op.kind,
        );
        if (i >= WARMUP_RUNS) bares.push(performance.now() - t0);
      };
      if (i % 2 === 0) {
        runOurs();
        runBare();
      } else {
        runBare();
        runOurs();
      }
    }
    bare.close();
    store.close();
    const fileBytes = statSync(file).size;

    const o = sortNumbers(ours);
    const b = sortNumbers(bares);
    const opens = sortNumbers(openTimes);
    const figures = {
      logOps: LOG_OPS,
      loadedSeq,
      replayedOnOpen: replayed,
      documentBytes,
      opPayloadAvgBytes: Math.round(payloadBytes / LOG_OPS),
      fileBytes,
      buildMs: round(buildMs, 0),
      openMs: round(percentile(opens, 50)),
      openMaxMs: round(opens[opens.length - 1] ?? NaN),
      appendP50Ms: round(percentile(o, 50)),
      appendP95Ms: round(percentile(o, 95)),
      appendP99Ms: round(percentile(o, 99)),
      appendMaxMs: round(o[o.length - 1] ?? NaN),
      snapshotAppends: snapshotAppends.length,
      snapshotAppendMaxMs: round(Math.max(...snapshotAppends)),
      bareP50Ms: round(percentile(b, 50)),
      bareP95Ms: round(percentile(b, 95)),
      bareP99Ms: round(percentile(b, 99)),
      bareMaxMs: round(b[b.length - 1] ?? NaN),
      appendP50Ratio: round(percentile(o, 50) / percentile(b, 50), 2),
      appendP95Ratio: round(percentile(o, 95) / percentile(b, 95), 2),
      openTargetMs: OPEN_TARGET_MS,
      appendP95TargetRatio: APPEND_P95_TARGET_RATIO,
      openTargetMet: (opens[opens.length - 1] ?? Infinity) < OPEN_TARGET_MS,
      appendTargetMet: percentile(o, 95) <= APPEND_P95_TARGET_RATIO * percentile(b, 95),
    };
    printTable(figures);
    if (json) console.log(JSON.stringify(figures));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function printTable(f: Record<string, number | boolean>): void {
  const ms = (k: string) => `${Number(f[k]).toFixed(2)} ms`.padStart(11);
  const ratio = (a: string, b: string) =>
    `${(Number(f[a]) / Number(f[b])).toFixed(2)}x`.padStart(8);
  const kb = (k: string) => `${(Number(f[k]) / 1024).toFixed(0)} KB`;
  console.log(
    `MedClip project store benchmark (${f.logOps} ops in the log, document ${kb('documentBytes')}, ` +
      `op payload ~${f.opPayloadAvgBytes} B, file ${kb('fileBytes')}, built in ${f.buildMs} ms)`,
  );
  console.log(
    `open + load, replaying ${f.replayedOnOpen} ops: median ${ms('openMs').trim()}, max ${ms('openMaxMs').trim()} (target < ${f.openTargetMs} ms)`,
  );
  console.log(
    `${'append, 1 tx each'.padEnd(20)}${'ours'.padStart(11)}${'bare'.padStart(11)}${'ours/bare'.padStart(10)}`,
  );
  for (const [label, a, b] of [
    ['p50', 'appendP50Ms', 'bareP50Ms'],
    ['p95', 'appendP95Ms', 'bareP95Ms'],
    ['p99', 'appendP99Ms', 'bareP99Ms'],
    ['max', 'appendMaxMs', 'bareMaxMs'],
  ] as const) {
    console.log(`${label.padEnd(20)}${ms(a)}${ms(b)}${ratio(a, b)}  `);
  }
  console.log(
    `appends that also wrote a snapshot: ${f.snapshotAppends}, slowest ${ms('snapshotAppendMaxMs').trim()}`,
  );
  console.log(
    `targets: open < ${f.openTargetMs} ms: ${f.openTargetMet ? 'met' : 'MISSED'}; ` +
      `append p95 <= ${f.appendP95TargetRatio}x bare: ${f.appendTargetMet ? 'met' : 'MISSED'}`,
  );
}

main();
