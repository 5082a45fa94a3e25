// @vitest-environment happy-dom
import {
  cleanup,
  fireEvent,
  render,
  screen,
  waitFor,
} from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  readConsent,
  readSettings,
  readWaitingEvents,
  recordEvent,
  saveConsent,
} from '../../../src/consent';
import { Options } from '../../../src/ui/options/Options';

const SAVED = 'Saved. This applies in every browser where you use Twostep.';

function checkbox(name: string) {
  return screen.findByRole<HTMLInputElement>('checkbox', { name });
}

beforeEach(() => {
  fakeBrowser.reset();
  delete document.documentElement.dataset.theme;
});

afterEach(() => {
  cleanup();
});

describe('the options page', () => {
  it('shows Required always on and the optional categories off', async () => {
    render(<Options />);
    const required = await checkbox('Required');

    expect(required.checked).toBe(true);
    expect(required.disabled).toBe(true);
    expect(required.getAttribute('aria-describedby')).toContain(
      'required-lock',
    );
    expect(document.getElementById('required-lock')?.textContent).toBe(
      'Always on',
    );
    expect((await checkbox('Usage analytics')).checked).toBe(false);
    expect((await checkbox('Error reports')).checked).toBe(false);
    expect(screen.queryByRole('heading', { name: 'Organisation' })).toBeNull();
  });

  it('saves a choice at once and says it applies everywhere', async () => {
    render(<Options />);
    fireEvent.click(await checkbox('Usage analytics'));

    expect((await screen.findByRole('status')).textContent).toBe(SAVED);
    expect((await readConsent()).usageAnalytics).toBe(true);
    await waitFor(async () =>
      expect((await checkbox('Usage analytics')).checked).toBe(true),
    );
  });

  it('follows a choice made on another page', async () => {
    render(<Options />);
    await checkbox('Error reports');
    await saveConsent({ errorReports: true });

    await waitFor(async () =>
      expect((await checkbox('Error reports')).checked).toBe(true),
    );
  });

  it('lists the waiting events and clears them', async () => {
    await saveConsent({ usageAnalytics: true });
    await recordEvent({ name: 'code-copied', kind: 'totp' });
    render(<Options />);

    const list = await screen.findByRole('list', { name: 'Waiting events' });
    expect(list.textContent).toContain('code-copied (kind totp)');
    fireEvent.click(
      screen.getByRole('button', { name: 'Clear waiting events' }),
    );

    await screen.findByText('No events are waiting.');
    expect(await readWaitingEvents()).toEqual([]);
  });

  it('refuses a collector address that is not https', async () => {
    render(<Options />);
    const address = await screen.findByLabelText('Collector address');
    fireEvent.input(address, { target: { value: 'http://example.com/' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save address' }));

    expect((await screen.findByRole('alert')).textContent).toMatch(/https/);
    expect((await readConsent()).collectorUrl).toBeNull();
  });

  it('saves a collector address', async () => {
    render(<Options />);
    const address = await screen.findByLabelText('Collector address');
    fireEvent.input(address, {
      target: { value: 'https://collector.example/events' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Save address' }));

    expect((await screen.findByRole('status')).textContent).toBe(SAVED);
    expect((await readConsent()).collectorUrl).toBe(
      'https://collector.example/events',
    );
  });

  it('keeps locked choices as they are, with the reason', async () => {
    await saveConsent({ errorReports: true });
    await fakeBrowser.storage.managed.set({ lockConsent: true });
    render(<Options />);

    const reports = await checkbox('Error reports');
    expect(reports.checked).toBe(true);
    expect(reports.disabled).toBe(true);
    expect((await checkbox('Usage analytics')).disabled).toBe(true);
    expect(document.getElementById('errorReports-lock')?.textContent).toBe(
      'Your organisation manages this choice.',
    );
    expect(
      screen.getByLabelText<HTMLInputElement>('Collector address').disabled,
    ).toBe(true);
    expect(
      screen.getByRole('region', { name: 'Organisation' }).textContent,
    ).toContain('Your privacy choices stay as they are.');
  });

  it('locks what the organisation decides, and says why', async () => {
    await saveConsent({ usageAnalytics: true });
    await fakeBrowser.storage.managed.set({
      forceAnalyticsOff: true,
      autoLockMinutes: 5,
    });
    render(<Options />);

    const analytics = await checkbox('Usage analytics');
    expect(analytics.checked).toBe(false);
    expect(analytics.disabled).toBe(true);
    expect(document.getElementById('usageAnalytics-lock')?.textContent).toBe(
      'Your organisation turned this off.',
    );
    const notice = screen.getByRole('region', { name: 'Organisation' });
    expect(notice.textContent).toContain(
      'Usage analytics and error reports are off.',
    );
    expect(notice.textContent).toContain('locks after 5 minutes');
  });

  it('applies a chosen theme to the page at once', async () => {
    render(<Options />);
    const theme = await screen.findByRole('combobox', { name: 'Theme' });
    fireEvent.change(theme, { target: { value: 'dark' } });

    expect(document.documentElement.dataset.theme).toBe('dark');
    await waitFor(async () =>
      expect((await readSettings()).theme).toBe('dark'),
    );
  });
});
