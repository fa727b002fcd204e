import { OutcomesBuilder, settle } from '../../../src/domain/buckets/outcomes';

describe('outcomes', () => {
  it('settle to zeros when empty', () => {
    expect(settle(new OutcomesBuilder().toOutcomes(), 0)).toEqual({
      decided: 0,
      failed: 0,
      succeeded: 0,
      pending: 0,
    });
  });

  it('turn pending cases into successes once their moment has come', () => {
    const builder = new OutcomesBuilder();
    builder.fail();
    builder.succeedAt(100, 150); // already due at build time
    builder.succeedAt(300, 150);
    builder.succeedAt(200, 150);
    const outcomes = builder.toOutcomes();
    expect(outcomes).toEqual({ failed: 1, succeeded: 1, pendingUntil: [200, 300] });
    expect(settle(outcomes, 199)).toEqual({ decided: 2, failed: 1, succeeded: 1, pending: 2 });
    expect(settle(outcomes, 200)).toEqual({ decided: 3, failed: 1, succeeded: 2, pending: 1 });
    expect(settle(outcomes, 300)).toEqual({ decided: 4, failed: 1, succeeded: 3, pending: 0 });
  });
});
