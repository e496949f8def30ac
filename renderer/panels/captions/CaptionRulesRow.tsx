import type { ReactElement } from 'react';
import { CAPTION_PLATFORMS, captionRulesOf, type CaptionRules } from '../../../shared/model';
import { invocation } from '../../../shared/commands';
import type { DocumentStore } from '../../editor/document-store';

const PLATFORM_LABELS: Record<CaptionRules['platform'], string> = {
  tiktok: 'TikTok',
  reels: 'Reels',
  shorts: 'Shorts',
};

/**
 * The project's readability rules the checks use: the reading-speed limit (12 to 25 characters
 * per second) and the platform whose safe zone caption boxes must stay inside. Each change is
 * one `captions.setRules` command.
 */
export function CaptionRulesRow({
  rules,
  store,
  readOnly,
}: {
  rules: CaptionRules | undefined;
  store: DocumentStore;
  readOnly: boolean;
}): ReactElement {
  const current = captionRulesOf({ captionRules: rules });
  const set = (change: Partial<CaptionRules>) =>
    store.dispatch(invocation('captions.setRules', change), 'Change caption rules');
  return (
    <div className="caption-rules" role="group" aria-label="Caption rules">
      <label>
        Reading speed at most
        <select
          aria-label="Reading speed limit"
          value={current.maxCharsPerSecond}
          disabled={readOnly}
          onChange={(event) => set({ maxCharsPerSecond: Number(event.currentTarget.value) })}
        >
          {Array.from({ length: 14 }, (_, at) => 12 + at).map((cps) => (
            <option key={cps} value={cps}>
              {cps} chars/s
            </option>
          ))}
        </select>
      </label>
      <label>
        Safe zone
        <select
          aria-label="Caption safe zone platform"
          value={current.platform}
          disabled={readOnly}
          onChange={(event) =>
            set({ platform: event.currentTarget.value as CaptionRules['platform'] })
          }
        >
          {CAPTION_PLATFORMS.map((platform) => (
            <option key={platform} value={platform}>
              {PLATFORM_LABELS[platform]}
            </option>
          ))}
        </select>
      </label>
    </div>
  );
}
