import { describe, expect, it } from 'vitest';
import { containsNul } from './nul-guard.ts';

const deep = (depth: number, leaf: unknown): unknown => {
  let value = leaf;
  for (let level = 0; level < depth; level += 1) value = [value];
  return value;
};

describe('containsNul', () => {
  it.each([
    ['plain text', 'hello', false],
    ['a NUL in a string', 'a\u0000b', true],
    ['a NUL in an object key', { ['k\u0000']: 1 }, true],
    ['a NUL deep in arrays and objects', { a: [1, { b: ['x', 'y\u0000'] }] }, true],
    ['numbers, booleans and null', { a: 1, b: true, c: null, d: [0, -1.5] }, false],
    ['the text "\\u0000" (a backslash, not a NUL)', '\\u0000', false],
    ['100,000 levels of nesting, no stack overflow', deep(100_000, 'ok'), false],
    ['a NUL under 100,000 levels', deep(100_000, '\u0000'), true],
    ['nothing', undefined, false],
  ])('%s', (_name, value, expected) => {
    expect(containsNul(value)).toBe(expected);
  });
});
