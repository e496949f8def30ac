import { describe, expect, it } from 'vitest';
import {
  cryptoRandomSource,
  ID_PREFIX,
  idSchema,
  newId,
  seededRandomSource,
} from '../../../../shared/model';

describe('newId', () => {
  it('makes prefix_ plus 12 base32 characters that the id schema accepts', () => {
    const id = newId('clip');
    expect(id).toMatch(/^clip_[0-9abcdefghjkmnpqrstvwxyz]{12}$/);
    expect(idSchema.safeParse(id).success).toBe(true);
  });

  it('is repeatable with a seeded source and differs between seeds', () => {
    const first = [newId('med', seededRandomSource(7)), newId('med', seededRandomSource(7))];
    expect(first[0]).toBe(first[1]);
    expect(newId('med', seededRandomSource(8))).not.toBe(first[0]);
    const source = seededRandomSource(1);
    const ids = new Set(Array.from({ length: 1000 }, () => newId('cue', source)));
    expect(ids.size).toBe(1000);
  });

  it('uses a caller-supplied source', () => {
    const zeros = (length: number) => new Uint8Array(length);
    expect(newId('ovl', zeros)).toBe('ovl_000000000000');
  });

  it('refuses a prefix that would make a bad id', () => {
    expect(() => newId('Clip')).toThrow(/prefix/);
    expect(() => newId('')).toThrow(/prefix/);
    expect(() => newId('a_b')).toThrow(/prefix/);
  });

  it('offers Web Crypto and suggested prefixes that are all valid', () => {
    expect(cryptoRandomSource()(16)).toHaveLength(16);
    for (const prefix of Object.values(ID_PREFIX)) expect(() => newId(prefix)).not.toThrow();
  });
});

describe('idSchema', () => {
  it.each(['a', 'clip_1', 'style-clean', 'A9'])('accepts %j', (id) => {
    expect(idSchema.safeParse(id).success).toBe(true);
  });

  it.each(['', '_a', 'a b', 'a/b', 'x'.repeat(65)])('refuses %j', (id) => {
    expect(idSchema.safeParse(id).success).toBe(false);
  });
});
