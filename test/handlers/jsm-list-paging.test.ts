import type { Envelope } from '../../src/contract/envelope';
import type { GadgetOptions } from '../../src/contract/gadgets';
import { startLocalSite } from '../support/local-site';

type Site = Awaited<ReturnType<typeof startLocalSite>>;

/**
 * JSM pages its service desk and request type lists (at most 100 a page here, as JSM's
 * default): a site with 130 service desks, one of them with 130 request types, shows all of them
 * in a gadget's edit view.
 */
describe('service desks and request types past one page', () => {
  let local: Site;

  beforeAll(async () => {
    local = await startLocalSite();
    const data = local.site.snapshot();
    const sd = data.desks.find((desk) => desk.key === 'SD')!;
    let typeId = 90_000;
    while (data.requestTypes.filter((type) => type.serviceDeskId === sd.serviceDeskId).length < 130) {
      typeId += 1;
      data.requestTypes.push({
        id: String(typeId),
        serviceDeskId: sd.serviceDeskId,
        name: `Extra type ${typeId}`,
        description: '',
        kind: 'request',
      });
    }
    for (let n = data.desks.length + 1; n <= 130; n += 1) {
      const serviceDeskId = String(500 + n);
      data.desks.push({
        projectId: String(30_000 + n),
        key: `DK${n}`,
        name: `Desk ${n}`,
        serviceDeskId,
        portalId: serviceDeskId,
        issueCounter: 0,
      });
      typeId += 1;
      data.requestTypes.push({
        id: String(typeId),
        serviceDeskId,
        name: `Ask desk ${n}`,
        description: '',
        kind: 'request',
      });
    }
    local.site.replaceData(data);
  }, 60_000);
  afterAll(() => local.close());

  it('offers every project and every request type of every desk', async () => {
    const admin = local.site.agents().find((agent) => agent.admin)!.accountId;
    const answer = (await local.runtime.invokeResolver(
      'resolver',
      {
        moduleKey: 'cx-scorecard',
        accountId: admin,
        accountType: 'licensed',
        localId: 'g',
        extension: { type: 'jira:dashboardGadget', entryPoint: 'edit' },
      },
      'getGadgetOptions',
      {},
    )) as Envelope<GadgetOptions>;
    if (!answer.ok) throw new Error(answer.error.message);

    const desks = local.site.serviceDesks();
    expect(desks).toHaveLength(130);
    expect(answer.data.projects).toHaveLength(130);
    const expected = desks.flatMap((desk) =>
      local.site.requestTypes(desk.serviceDeskId).map((type) => `${desk.key}:${type.id}`),
    );
    const offered = answer.data.requestTypes.map((type) => `${type.projectKey}:${type.id}`);
    expect(offered.sort()).toEqual(expected.sort());
    expect(offered.filter((type) => type.startsWith('SD:'))).toHaveLength(130);
    expect(offered).toContain(`DK130:${typeId()}`);

    function typeId() {
      return local.site.requestTypes(desks.find((desk) => desk.key === 'DK130')!.serviceDeskId)[0]!.id;
    }
  });
});
