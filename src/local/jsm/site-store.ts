import type { Desk, RequestRecord, RequestTypeRecord, SiteData, UserRecord } from './model';

/**
 * SiteData with lookup indexes. Requests are found by key or by issue id (Jira accepts either in
 * `{issueIdOrKey}`); the indexes are rebuilt whenever the data is replaced, and kept current by
 * `addRequest`, the only way requests are added.
 */
export class SiteStore {
  private readonly requestsByRef = new Map<string, RequestRecord>();
  private readonly usersById = new Map<string, UserRecord>();

  constructor(readonly data: SiteData) {
    for (const request of data.requests) this.indexRequest(request);
    for (const user of data.users) this.usersById.set(user.accountId, user);
  }

  request(idOrKey: string): RequestRecord | undefined {
    return this.requestsByRef.get(idOrKey.toUpperCase());
  }

  addRequest(request: RequestRecord): void {
    this.data.requests.push(request);
    this.indexRequest(request);
  }

  users(): readonly UserRecord[] {
    return this.data.users;
  }

  user(accountId: string): UserRecord | undefined {
    return this.usersById.get(accountId);
  }

  addUser(user: UserRecord): void {
    this.data.users.push(user);
    this.usersById.set(user.accountId, user);
  }

  desk(serviceDeskId: string): Desk | undefined {
    return this.data.desks.find((desk) => desk.serviceDeskId === serviceDeskId);
  }

  deskByProject(keyOrId: string): Desk | undefined {
    const ref = keyOrId.toUpperCase();
    return this.data.desks.find((desk) => desk.key === ref || desk.projectId === ref);
  }

  deskOf(request: RequestRecord): Desk {
    const desk = this.desk(request.serviceDeskId);
    if (!desk) throw new Error(`Request ${request.key} names unknown service desk ${request.serviceDeskId}`);
    return desk;
  }

  requestType(id: string): RequestTypeRecord | undefined {
    return this.data.requestTypes.find((type) => type.id === id);
  }

  requestTypeOf(request: RequestRecord): RequestTypeRecord {
    const type = this.requestType(request.requestTypeId);
    if (!type) throw new Error(`Request ${request.key} names unknown request type ${request.requestTypeId}`);
    return type;
  }

  nextId(counter: keyof SiteData['counters']): string {
    const id = this.data.counters[counter];
    this.data.counters[counter] = id + 1;
    return String(id);
  }

  private indexRequest(request: RequestRecord): void {
    this.requestsByRef.set(request.key.toUpperCase(), request);
    this.requestsByRef.set(request.issueId, request);
  }
}
