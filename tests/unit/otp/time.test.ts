import { describe, expect, it } from 'vitest';
import { secondsRemaining, timeStep } from '../../../src/otp';

describe('timeStep', () => {
  it.each([
    { period: 30, ms: 0, step: 0 },
    { period: 30, ms: 29_999, step: 0 },
    { period: 30, ms: 30_000, step: 1 },
    { period: 30, ms: 59_000, step: 1 },
    { period: 60, ms: 1_111_111_109_000, step: 18_518_518 },
    { period: 30, ms: 2 ** 32 * 1000, step: 143_165_576 },
    { period: 30, ms: 20_000_000_000_000, step: 666_666_666 },
    { period: 15, ms: 2 ** 45 * 1000, step: 2_345_624_805_922 },
  ])('$ms ms at $period s per step is step $step', ({ period, ms, step }) => {
    expect(timeStep(period, ms)).toBe(step);
  });
});

describe('secondsRemaining', () => {
  it.each([
    { period: 30, ms: 0, left: 30 },
    { period: 30, ms: 1, left: 30 },
    { period: 30, ms: 999, left: 30 },
    { period: 30, ms: 1_000, left: 29 },
    { period: 30, ms: 29_001, left: 1 },
    { period: 30, ms: 59_000, left: 1 },
    { period: 30, ms: 60_000, left: 30 },
    { period: 60, ms: 59_000, left: 1 },
    { period: 15, ms: 2 ** 32 * 1000, left: 14 },
  ])('$ms ms with $period s steps leaves $left s', ({ period, ms, left }) => {
    expect(secondsRemaining(period, ms)).toBe(left);
  });

  it('defaults to the current time', () => {
    const left = secondsRemaining(30);

    expect(left).toBeGreaterThanOrEqual(1);
    expect(left).toBeLessThanOrEqual(30);
  });
});
