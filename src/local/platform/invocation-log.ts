/** A bounded record of recent invocations, for the control API, tests and demos. */
export interface InvocationRecord {
  functionKey: string;
  moduleKey: string;
  /** `filter`: a trigger's filter expression failed, so the event was dropped (or delivered anyway). */
  kind: 'resolver' | 'trigger' | 'scheduled' | 'consumer' | 'webtrigger' | 'filter';
  at: string;
  ms: number;
  outcome: 'ok' | 'retry' | 'error';
  error?: string;
}

export class InvocationLog {
  private records: InvocationRecord[] = [];
  constructor(private readonly limit = 500) {}

  add(record: InvocationRecord): void {
    this.records.push(record);
    if (this.records.length > this.limit) this.records.splice(0, this.records.length - this.limit);
  }

  recent(count = 50): InvocationRecord[] {
    return this.records.slice(-count);
  }

  countBy(outcome: InvocationRecord['outcome']): number {
    return this.records.filter((record) => record.outcome === outcome).length;
  }
}
