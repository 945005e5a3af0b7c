import type { Browser } from 'playwright-core';
import { residentIdCheckCharacter } from '@xinfang/kit';
import { launchChromium, openConsole, screenshot, signInAs } from '../support/browser';
import { seedCity } from '../support/seed';
import type { City } from '../support/seed';

const VALID_ID = (() => {
  const first17 = '34030219850312201';
  return `${first17}${residentIdCheckCharacter(first17)}`;
})();

/**
 * The console in Debian's Chromium against the real platform: a petition registered at the
 * reception desk, its receipt, the handler's list with its clock, and the petitioner's own
 * lookup with nothing personal on it.
 */
describe('the web console, from the reception desk to the public lookup', () => {
  let browser: Browser;
  let city: City;
  const receipt = { trackingNumber: '', accessCode: '' };

  beforeAll(async () => {
    [browser, city] = await Promise.all([launchChromium(), seedCity()]);
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('offers the demo city\'s people to sign in as, and shows who you are and your agency', async () => {
    const page = await openConsole(browser, '/');
    await page.waitForURL('**/sign-in');
    await page.getByTestId('demo-user').click();
    await page.getByText('接待人员', { exact: false }).first().waitFor();
    await screenshot(page, 'sign-in');
    await page.keyboard.type('接待人员');
    await page.keyboard.press('Enter');
    await page.getByRole('button', { name: '登 录' }).or(page.getByRole('button', { name: '登录' })).first().click();
    await page.getByTestId('who-am-i').getByText('蚌埠市人民检察院').waitFor();
    await page.close();
  });

  it('registers a petition at the reception desk, checking numbers as they are typed, and prints the receipt', async () => {
    const page = await openConsole(browser, '/sign-in');
    await signInAs(page, city.reception);
    await page.getByRole('menuitem', { name: '接待登记' }).click();
    await page.getByLabel('主要内容').fill('村民反映土地补偿款迟迟未发放。');
    await page.getByLabel('诉求').fill('请求督促有关部门发放补偿款。');
    await page.getByLabel('姓名').fill('王秀兰');
    // A wrong check digit is refused as it is typed, before anything is sent.
    await page.getByLabel('身份证号').fill(`${VALID_ID.slice(0, 17)}${VALID_ID[17] === '0' ? '1' : '0'}`);
    await page.getByText('身份证号不正确').waitFor();
    await page.getByLabel('身份证号').fill(VALID_ID);
    await page.getByLabel('联系电话').fill('138 0552 1234');
    await page.getByText('身份证号不正确').waitFor({ state: 'detached' });
    await screenshot(page, 'reception-desk');
    await page.getByRole('button', { name: '登 记' }).or(page.getByRole('button', { name: '登记' })).first().click();

    await page.getByTestId('receipt').waitFor();
    receipt.trackingNumber = (await page.getByTestId('tracking-number').innerText()).trim();
    receipt.accessCode = (await page.getByTestId('access-code').innerText()).trim();
    expect(receipt.trackingNumber).toMatch(/\S{6,}/);
    expect(receipt.accessCode).toMatch(/\S{4,}/);
    await page.getByRole('button', { name: '打印回执' }).waitFor();
    await screenshot(page, 'receipt');
    await page.close();
  });

  it('shows the petition in the handler\'s agency list with its 7-day clock', async () => {
    const page = await openConsole(browser, '/sign-in');
    await signInAs(page, city.handler);
    await page.getByRole('menuitem', { name: '我的待办' }).click();
    await page.getByText('本单位').click();
    const row = page.getByTestId('my-work').locator('tr', { hasText: receipt.trackingNumber }).first();
    await row.waitFor().catch(async (error: unknown) => {
      await screenshot(page, 'failed-my-work');
      throw error;
    });
    expect(await row.getByTestId('time-left').first().innerText()).toMatch(/剩[67]天/);
    await screenshot(page, 'my-work');
    await page.close();
  });

  it('lets the petitioner follow it with the receipt\'s numbers, showing nothing personal', async () => {
    const page = await openConsole(browser, '/lookup');
    await page.getByLabel('信访编号').fill(receipt.trackingNumber);
    await page.getByLabel('查询码').fill('WRONG-CODE');
    await page.getByRole('button', { name: '查 询' }).or(page.getByRole('button', { name: '查询' })).first().click();
    await page.getByTestId('lookup-refusal').waitFor();

    await page.getByLabel('查询码').fill(receipt.accessCode);
    await page.getByRole('button', { name: '查 询' }).or(page.getByRole('button', { name: '查询' })).first().click();
    await page.getByTestId('progress').waitFor();
    expect(await page.getByTestId('progress-status').innerText()).toBe('已登记');
    await page.getByText(city.agencies.procuratorate.name).waitFor();
    const shown = await page.locator('body').innerText();
    expect(shown).toContain(city.agencies.procuratorate.name);
    for (const personal of ['王秀兰', VALID_ID, '1380552']) expect(shown).not.toContain(personal);
    await screenshot(page, 'public-lookup');
    await page.close();
  });
});
