import { randomUUID } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

export interface GadgetInstance {
  /** Jira's gadget ids are numbers rendered as strings. */
  id: string;
  moduleKey: string;
  /** What the edit view saved with `view.submit`; `{}` until configured. */
  configuration: Record<string, unknown>;
  created: string;
}

interface DashboardFile {
  version: 1;
  dashboardId: string;
  nextGadgetId: number;
  gadgets: GadgetInstance[];
}

export const DASHBOARD_FILE = 'host-dashboard.json';

const empty = (): DashboardFile => ({ version: 1, dashboardId: '10000', nextGadgetId: 10100, gadgets: [] });

/**
 * The local dashboard's gadgets, persisted as one JSON file in the data folder. Every call reads
 * the file and every change rewrites it atomically (write, then rename), so several routers over
 * the same folder — or a restart — see the same dashboard.
 */
export class DashboardStore {
  readonly file: string;

  constructor(dataDir: string) {
    this.file = join(dataDir, DASHBOARD_FILE);
  }

  get dashboardId(): string {
    return this.read().dashboardId;
  }

  list(): GadgetInstance[] {
    return this.read().gadgets;
  }

  get(id: string): GadgetInstance | undefined {
    return this.read().gadgets.find((gadget) => gadget.id === id);
  }

  add(moduleKey: string, now = new Date()): GadgetInstance {
    const data = this.read();
    const gadget: GadgetInstance = {
      id: String(data.nextGadgetId),
      moduleKey,
      configuration: {},
      created: now.toISOString(),
    };
    this.write({ ...data, nextGadgetId: data.nextGadgetId + 1, gadgets: [...data.gadgets, gadget] });
    return gadget;
  }

  configure(id: string, configuration: Record<string, unknown>): GadgetInstance | undefined {
    const data = this.read();
    const gadget = data.gadgets.find((candidate) => candidate.id === id);
    if (!gadget) return undefined;
    const updated = { ...gadget, configuration };
    this.write({
      ...data,
      gadgets: data.gadgets.map((candidate) => (candidate.id === id ? updated : candidate)),
    });
    return updated;
  }

  remove(id: string): boolean {
    const data = this.read();
    const gadgets = data.gadgets.filter((gadget) => gadget.id !== id);
    if (gadgets.length === data.gadgets.length) return false;
    this.write({ ...data, gadgets });
    return true;
  }

  private read(): DashboardFile {
    if (!existsSync(this.file)) return empty();
    const parsed = JSON.parse(readFileSync(this.file, 'utf8')) as Partial<DashboardFile>;
    if (parsed.version !== 1 || !Array.isArray(parsed.gadgets)) {
      throw new Error(`${this.file} is not a dashboard file this version can read`);
    }
    return { ...empty(), ...parsed } as DashboardFile;
  }

  private write(data: DashboardFile): void {
    mkdirSync(dirname(this.file), { recursive: true });
    const temp = `${this.file}.${randomUUID()}.tmp`;
    writeFileSync(temp, `${JSON.stringify(data, null, 2)}\n`);
    renameSync(temp, this.file);
  }
}
