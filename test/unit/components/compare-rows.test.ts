import { describe, expect, it } from 'vitest';
import { nearestKept } from '../../../components/compare-rows';

describe('nearestKept: where the compare table’s Tab stop goes when a filter takes its row', () => {
  const order = ['a', 'b', 'c', 'd', 'e'];
  it('is the next row the filter keeps', () => {
    expect(nearestKept(order, 'b', ['a', 'd', 'e'])).toBe('d');
  });
  it('is the row before when none after is kept', () => {
    expect(nearestKept(order, 'd', ['a', 'b'])).toBe('b');
  });
  it('is nothing when no row is kept, or the row was never there', () => {
    expect(nearestKept(order, 'c', [])).toBeUndefined();
    expect(nearestKept(order, 'z', ['a'])).toBeUndefined();
  });
});
