import { getText, setup, startHost, type RunningHost } from './harness';

describe('app resources', () => {
  let host: RunningHost;
  let env: ReturnType<typeof setup>;

  beforeAll(async () => {
    env = setup();
    host = await startHost(env.deps);
  });
  afterAll(async () => {
    await host.close();
    env.cleanup();
  });

  it('injects the bridge into index.html before any other script', async () => {
    const { status, text } = await getText(`${host.base}/apps/portal/index.html`);
    expect(status).toBe(200);
    const bridge = text.indexOf('<script data-forge-bridge>');
    const bundle = text.indexOf('<script src="./main.js">');
    expect(bridge).toBeGreaterThan(-1);
    expect(bundle).toBeGreaterThan(bridge);
    expect(text.indexOf('<script')).toBe(bridge);
    expect(text).toContain('window.__bridge = { callBridge: callBridge }');
  });

  it('serves the resource folder for every module resource, and nothing else', async () => {
    expect(await getText(`${host.base}/apps/gadget/main.js`)).toMatchObject({
      status: 200,
      text: 'console.log("gadget");',
    });
    expect((await getText(`${host.base}/apps/admin/main.css`)).type).toMatch(/text\/css/);
    expect((await getText(`${host.base}/apps/admin/`)).text).toContain('data-forge-bridge');
    expect((await getText(`${host.base}/apps/unknown/index.html`)).status).toBe(404);
    expect((await getText(`${host.base}/apps/portal/missing.js`)).status).toBe(404);
    expect(
      (await getText(`${host.base}/apps/portal/%2e%2e/%2e%2e/secret.txt`)).status,
    ).toBeGreaterThanOrEqual(400);
    expect((await getText(`${host.base}/apps/portal/..%2f..%2fsecret.txt`)).status).toBeGreaterThanOrEqual(
      400,
    );
  });

  it("lets the opaque-origin frame load the app's modules and their chunks", async () => {
    const asset = await fetch(`${host.base}/apps/gadget/main.js`, { headers: { origin: 'null' } });
    expect(asset.status).toBe(200);
    expect(asset.headers.get('access-control-allow-origin')).toBe('*');
  });

  it('serves the host script and styles', async () => {
    expect((await getText(`${host.base}/_host/host.js`)).text).toContain("'cx-bridge:call'");
    expect((await getText(`${host.base}/_host/host.css`)).type).toMatch(/text\/css/);
  });
});
