import { describe, expect, it } from 'vitest';
import { delaySeconds, maxDelaySeconds, throttleKeys } from './login-throttle.ts';

describe('delaySeconds', () => {
  it.each([
    [0, 0],
    [4, 0],
    [5, 1],
    [6, 2],
    [10, 32],
    [30, maxDelaySeconds],
  ])('after %i failures waits %i s', (failures, expected) => {
    expect(delaySeconds(failures, 5)).toBe(expected);
  });
});

describe('throttleKeys', () => {
  it('normalises the email so case and spaces cannot dodge the counter', () => {
    expect(throttleKeys(' Ann@Example.ORG ', '1.2.3.4')).toEqual(throttleKeys('ann@example.org', '1.2.3.4'));
  });
});
