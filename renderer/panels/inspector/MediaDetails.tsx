import type { ReactElement, ReactNode } from 'react';
import type { MediaAsset } from '../../../shared/model';
import {
  formatBitRate,
  formatBytes,
  formatDuration,
  formatFps,
  formatResolution,
} from '../../app/format';
import { displaySize } from '../media-labels';

function Row({ label, children }: { label: string; children: ReactNode }): ReactElement {
  return (
    <div className="props__row">
      <dt>{label}</dt>
      <dd>{children}</dd>
    </div>
  );
}

const KIND_LABEL = { video: 'Video', audio: 'Audio', image: 'Image' } as const;

function audioSummary(probe: MediaAsset['probe']): string {
  if (!probe.hasAudio) return 'None';
  const channels = probe.audioChannels
    ? probe.audioChannels === 1
      ? 'mono'
      : probe.audioChannels === 2
        ? 'stereo'
        : `${probe.audioChannels} ch`
    : undefined;
  const rate = probe.audioSampleRate
    ? `${(probe.audioSampleRate / 1000).toFixed(1)} kHz`
    : undefined;
  return [probe.audioCodec, rate, channels].filter(Boolean).join(' · ');
}

/** A media bin item's probe: what the file is, read-only. */
export function MediaDetails({ asset }: { asset: MediaAsset }): ReactElement {
  const { probe } = asset;
  const shown = displaySize(probe);
  const coded = formatResolution(probe.width, probe.height);
  const displayed = formatResolution(shown.width, shown.height);
  return (
    <>
      <h2 className="inspector__title" title={asset.name}>
        {asset.name}
      </h2>
      {asset.missing ? (
        <p className="banner banner--danger">The file is missing from {asset.path}.</p>
      ) : null}
      <dl className="props" aria-label="Media properties">
        <Row label="Kind">{KIND_LABEL[probe.kind]}</Row>
        {probe.kind !== 'image' ? (
          <Row label="Duration">{formatDuration(probe.durationMs)}</Row>
        ) : null}
        {probe.hasVideo ? (
          <>
            <Row label="Resolution">
              {displayed || '—'}
              {coded && coded !== displayed ? (
                <span className="muted"> (coded {coded})</span>
              ) : null}
            </Row>
            {probe.fps !== undefined ? (
              <Row label="Frame rate">
                {formatFps(probe.fps)}
                {probe.variableFrameRate ? <span className="badge badge--warning">VFR</span> : null}
              </Row>
            ) : null}
            {probe.kind === 'video' ? (
              <Row label="Variable rate">{probe.variableFrameRate ? 'Yes' : 'No'}</Row>
            ) : null}
            <Row label="Video codec">
              {probe.videoCodec ?? '—'}
              {probe.pixelFormat ? <span className="muted"> · {probe.pixelFormat}</span> : null}
            </Row>
            <Row label="Rotation">
              {probe.rotation}°{probe.mirrored ? ' · mirrored' : ''}
            </Row>
            <Row label="HDR">
              {probe.hdr ? (
                <span className="badge badge--warning">
                  HDR{probe.colorTransfer ? ` · ${probe.colorTransfer}` : ''}
                </span>
              ) : (
                `No${probe.colorTransfer ? ` (${probe.colorTransfer})` : ''}`
              )}
            </Row>
          </>
        ) : null}
        <Row label="Audio">{audioSummary(probe)}</Row>
        <Row label="Container">{probe.container.split(',')[0]}</Row>
        {probe.bitRate ? <Row label="Bit rate">{formatBitRate(probe.bitRate)}</Row> : null}
        <Row label="File size">{formatBytes(asset.sizeBytes)}</Row>
        <Row label="Path">
          <span className="props__path mono" title={asset.path}>
            {asset.path}
          </span>
        </Row>
      </dl>
    </>
  );
}
