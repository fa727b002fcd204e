/**
 * Survey answers held in columns of typed arrays (19 bytes an answer) until every duplicate can
 * be seen: a million answers cost about 18 MB and no per-answer objects for the collector to keep
 * alive or the garbage collector to trace.
 */
export class AnswerColumns {
  length = 0;
  ticket = new Int32Array(1024);
  respondent = new Int32Array(1024);
  answeredAt = new Float64Array(1024);
  code = new Uint8Array(1024);
  score = new Int8Array(1024);
  /** 1 when the answer replies to an invitation the records may hold (not a JSM rating). */
  solicited = new Uint8Array(1024);

  push(
    ticket: number,
    respondent: number,
    answeredAt: number,
    code: number,
    score: number,
    solicited: boolean,
  ): void {
    if (this.length === this.ticket.length) this.grow();
    const i = this.length;
    this.ticket[i] = ticket;
    this.respondent[i] = respondent;
    this.answeredAt[i] = answeredAt;
    this.code[i] = code;
    this.score[i] = score;
    this.solicited[i] = solicited ? 1 : 0;
    this.length = i + 1;
  }

  /**
   * Answer indices grouped by ticket, arrival order kept within each group (a stable counting
   * sort), with the start of each ticket's group: group t is `order[starts[t]] … order[starts[t + 1] − 1]`.
   */
  byTicket(tickets: number): { order: Int32Array; starts: Int32Array } {
    const starts = new Int32Array(tickets + 1);
    for (let i = 0; i < this.length; i += 1) starts[(this.ticket[i] as number) + 1]! += 1;
    for (let t = 0; t < tickets; t += 1) starts[t + 1]! += starts[t] as number;
    const next = starts.slice(0, tickets);
    const order = new Int32Array(this.length);
    for (let i = 0; i < this.length; i += 1) order[next[this.ticket[i] as number]!++] = i;
    return { order, starts };
  }

  private grow(): void {
    const size = this.ticket.length * 2;
    const widen = <T extends Int32Array | Float64Array | Uint8Array | Int8Array>(from: T, to: T): T => {
      to.set(from);
      return to;
    };
    this.ticket = widen(this.ticket, new Int32Array(size));
    this.respondent = widen(this.respondent, new Int32Array(size));
    this.answeredAt = widen(this.answeredAt, new Float64Array(size));
    this.code = widen(this.code, new Uint8Array(size));
    this.score = widen(this.score, new Int8Array(size));
    this.solicited = widen(this.solicited, new Uint8Array(size));
  }
}
