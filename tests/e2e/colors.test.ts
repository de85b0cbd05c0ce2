// The colour classifier as the study decks teach it, in Chromium by role and name: the
// three-colour preset, a colour typed in as three bytes and classified live with a bar per
// name, the training colours as swatches of their own colour, and the picked colour opened
// in the glass box with the class its name gives.
import { describe, expect, it } from 'vitest';
import { ready, useApp } from './appServer';

const app = useApp();

describe('the colour classifier in Chromium', () => {
  it('classifies a typed colour live and opens it in the glass box', async () => {
    const page = await app().browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(app().url);
    await ready(page);
    await page.getByLabel('Data set').selectOption('colors');
    await ready(page);
    await page.getByRole('button', { name: 'Red, green, blue (3)' }).click();
    await ready(page);
    expect(
      await page.getByRole('button', { name: 'Red, green, blue (3)' }).getAttribute('aria-pressed'),
    ).toBe('true');

    for (const [name, value] of [
      ['Red (0–255)', '233'],
      ['Green (0–255)', '63'],
      ['Blue (0–255)', '127'],
    ]) {
      await page.getByRole('spinbutton', { name }).fill(value);
    }
    expect(await page.getByRole('img', { name: 'The colour R 233, G 63, B 127' }).isVisible()).toBe(
      true,
    );
    const bars = page.getByRole('list', { name: 'What the network calls this colour' });
    await expect.poll(() => bars.getByRole('listitem').count(), { timeout: 10_000 }).toBe(3);
    const percents = async () =>
      (await bars.getByRole('listitem').allTextContents()).map((text) =>
        Number(/([\d.]+)%$/.exec(text)![1]),
      );
    const before = await percents();
    expect(before.reduce((a, b) => a + b, 0)).toBeCloseTo(100, 0);
    // Training moves the bars: the network learns to call it red.
    await page.getByRole('button', { name: 'Train', exact: true }).click();
    await expect.poll(async () => (await percents())[0], { timeout: 30_000 }).toBeGreaterThan(80);
    await page.getByRole('button', { name: 'Pause', exact: true }).click();

    // The training colours, each a swatch of its own colour, named.
    const swatch = page.getByRole('button', { name: /^Training colour 1: (red|green|blue) / });
    expect(await swatch.isVisible()).toBe(true);

    await page.getByRole('button', { name: 'Open this colour in the glass box' }).click();
    const panel = page.getByRole('region', { name: 'One step, opened up' });
    await expect
      .poll(() => panel.getByText(/^Stage 1 of \d+: the sample$/).isVisible(), { timeout: 20_000 })
      .toBe(true);
    expect(
      await panel
        .getByText(
          'The sample is of class red: the network should give that class the highest probability.',
        )
        .isVisible(),
    ).toBe(true);
    await page.close();
  }, 90_000);
});
