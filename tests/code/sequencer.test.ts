import { describe, expect, it } from 'vitest';
import { spreadBetween } from '../support/sequencer.ts';

describe('spreadBetween (the order of test files, tests/support/sequencer.ts)', () => {
  it('keeps both orders and puts the short list evenly between the long one', () => {
    expect(spreadBetween(['A', 'B', 'C'], ['1', '2', '3', '4', '5', '6'])).toEqual(['A', '1', '2', 'B', '3', '4', 'C', '5', '6']);
    expect(spreadBetween(['A', 'B', 'C', 'D'], ['1', '2'])).toEqual(['A', '1', 'B', 'C', '2', 'D']);
  });

  it('loses nothing when either list is empty', () => {
    expect(spreadBetween([], ['1', '2'])).toEqual(['1', '2']);
    expect(spreadBetween(['A', 'B'], [])).toEqual(['A', 'B']);
  });
});
