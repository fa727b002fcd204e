import type { SiteSource } from './site-view';

/** A Custom UI module from manifest.yml, as the host frames it. */
export interface HostModule {
  type: string;
  key: string;
  title: string;
  resource: string;
  editResource?: string;
  resolverFunction?: string;
  /** Who besides licensed users may see it (`customer`, `anonymous`…), from the manifest. */
  unlicensedAccess?: readonly string[];
  /** Portal footers: the portal pages it is shown on; all when absent. */
  pages?: readonly string[];
}

/**
 * One rendered frame. Created by the server when it renders a page, looked up by token for every
 * bridge call the frame makes: the backend context (who, where, which module) comes from here and
 * never from the browser.
 */
export interface FrameSession {
  token: string;
  moduleKey: string;
  moduleType: string;
  resource: string;
  entryPoint?: 'edit';
  localId: string;
  accountId: string;
  accountType: 'licensed' | 'customer';
  extension: Record<string, unknown>;
  locale: string;
  timezone: string;
}

export interface ProductRequestInit {
  method?: string;
  headers?: Record<string, string>;
  body?: string;
}

/** What `requestJira` in the frame turns back into a `Response`. */
export interface ProductResponse {
  status: number;
  statusText: string;
  headers: Record<string, string>;
  body: string;
}

export interface HostDeps {
  /** The Custom UI modules from the manifest. */
  modules: HostModule[];
  /** Absolute path of static/ (apps are served from static/<resource>/build). */
  staticDir: string;
  /** Absolute path of the local data folder (the dashboard's gadgets persist here). */
  dataDir: string;
  /** The simulated JSM site's read API (the `JsmSite` class satisfies it). */
  site: SiteSource;
  invokeResolver(session: FrameSession, functionKey: string, payload: unknown): Promise<unknown>;
  fetchProduct(session: FrameSession, restPath: string, init: ProductRequestInit): Promise<ProductResponse>;
  /** Reported in `view.getContext()`; defaults match the local runtime's. */
  cloudId?: string;
  environmentId?: string;
}
