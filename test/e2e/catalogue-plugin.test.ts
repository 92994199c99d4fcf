import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';

interface CatalogueInfo {
  api: string;
  accounts: { email: string; password: string; organizationId: string; organizationName: string }[];
  serviceIds: Record<string, string[]>;
}

describe('catalogue plugin', () => {
  it('gives the e2e tests a real, seeded catalogue they can read from Chromium', async () => {
    const info = await executeServerCommand<CatalogueInfo, { action: string }>('catalogue', { action: 'info' });
    expect(info.api).to.match(/^http:\/\/127\.0\.0\.1:\d+\/api$/);
    expect(info.accounts.length).to.be.at.least(2);
    const first = info.accounts[0]!;
    expect(info.serviceIds[first.organizationId]!.length).to.be.greaterThan(0);

    const res = await fetch(`${info.api}/services?organization_id=${first.organizationId}`);
    expect(res.status).to.equal(200);
    expect(res.headers.get('ETag')).to.be.a('string');
    const page = (await res.json()) as {
      total_items: number;
      contents: { id: string; organization: { name: string } }[];
    };
    expect(page.total_items).to.equal(info.serviceIds[first.organizationId]!.length);
    expect(page.contents[0]!.organization.name).to.equal(first.organizationName);
  });

  it('lets a page served by the test runner sign in and write', async () => {
    const info = await executeServerCommand<CatalogueInfo, { action: string }>('catalogue', { action: 'info' });
    const account = info.accounts[0]!;
    const signIn = await fetch(`${info.api}/auth/token`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ email: account.email, password: account.password }),
    });
    expect(signIn.status).to.equal(200);
    const { access_token } = (await signIn.json()) as { access_token: string };
    const id = info.serviceIds[account.organizationId]![0]!;
    const read = await fetch(`${info.api}/services/${id}`);
    const etag = read.headers.get('ETag')!;
    const service = (await read.json()) as Record<string, unknown>;
    const put = await fetch(`${info.api}/services/${id}`, {
      method: 'PUT',
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${access_token}`, 'If-Match': etag },
      body: JSON.stringify({ ...service, alert: 'Changed from Chromium' }),
    });
    expect(put.status).to.equal(200);
    expect(put.headers.get('ETag')).to.not.equal(etag);
    await executeServerCommand('catalogue', { action: 'reset' });
    const after = (await (await fetch(`${info.api}/services/${id}`)).json()) as Record<string, unknown>;
    expect(after.alert).to.not.equal('Changed from Chromium');
  });
});
