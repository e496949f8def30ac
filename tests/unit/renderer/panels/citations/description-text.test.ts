import { describe, expect, it } from 'vitest';
import {
  descriptionText,
  hashtagsFor,
  toHashtag,
} from '../../../../../renderer/panels/citations/description-text';

describe('description text', () => {
  it('makes one tag of a title and drops repeats regardless of case', () => {
    expect(toHashtag('Knee anatomy')).toBe('#KneeAnatomy');
    expect(toHashtag('  -- ')).toBeNull();
    expect(hashtagsFor('Medicine')).toEqual(['#health', '#medicine']);
  });

  it('lays out title, hashtags and numbered references', () => {
    expect(
      descriptionText('Statins explained', [
        { citationId: 'a', number: 1, text: 'Smith J. Statins. N Engl J Med. 2023;1:2.' },
        { citationId: 'b', number: 2, text: 'WHO. Report. 2024.' },
      ]),
    ).toBe(
      'Statins explained\n\n#health #medicine #StatinsExplained\n\nReferences\n1. Smith J. Statins. N Engl J Med. 2023;1:2.\n2. WHO. Report. 2024.\n',
    );
  });

  it('leaves the references out when there are none', () => {
    expect(descriptionText('Hi', [])).toBe('Hi\n\n#health #medicine #Hi\n');
  });
});
