import { browser } from 'wxt/browser';
import { displaySite, isSiteBound, siteOf } from '../fill';
import type { CodeDelivery, DeliveryOutcome, FillOutcome } from '../messages';
import { generateCode } from '../otp';
import { getAccount, takeHotpCounter, type Account } from '../vault';
import {
  startCollecting,
  stopCollecting,
  type FrameReport,
} from './field-reports';
import { injectIntoTab, PAGE_CLOSED_MESSAGE } from './inject';

const NO_FIELD_MESSAGE =
  'Twostep found no field for a verification code on this page. ' +
  'Click the field where the code goes, or copy the code instead.';

/** Fills an account's current code into the code field of a tab. */
export async function fillTab(
  tabId: number,
  accountId: string,
): Promise<FillOutcome> {
  const account = await getAccount(accountId);
  startCollecting(tabId);
  try {
    await injectIntoTab(tabId, '/fill.js');
  } catch {
    stopCollecting(tabId);

    return { status: 'problem', message: PAGE_CLOSED_MESSAGE };
  }

  const best = chooseFrame(stopCollecting(tabId), account.sites);
  if (!best) return { status: 'problem', message: NO_FIELD_MESSAGE };

  const site = siteOf(best.url);
  if (!site) {
    return {
      status: 'problem',
      message:
        'Twostep fills codes only on secure (https) pages. ' +
        'This page is not one, so nothing was filled.',
    };
  }
  if (!isSiteBound(best.url, account.sites)) {
    return { status: 'site-not-bound', site, message: notBound(account, site) };
  }

  const code = await nextCode(account);
  const delivery: CodeDelivery = { type: 'fill-code', code };
  const outcome: DeliveryOutcome = await browser.tabs.sendMessage(
    tabId,
    delivery,
    { frameId: best.frameId },
  );

  return explainOutcome(outcome, site, code.length);
}

function explainOutcome(
  outcome: DeliveryOutcome,
  site: string,
  codeLength: number,
): FillOutcome {
  if (outcome.ok) return { status: 'filled', site };

  switch (outcome.reason) {
    // The field left the page while being filled: the page took the code
    // and moved on, as pages that submit on the last digit do.
    case 'field-gone':
      return { status: 'filled', site };
    case 'no-field':
      return { status: 'problem', message: NO_FIELD_MESSAGE };
    case 'length-mismatch':
      return {
        status: 'problem',
        message:
          `The code field on this page does not take ${codeLength} ` +
          'characters. Check that you chose the right account.',
      };
    case 'value-rejected':
      return {
        status: 'problem',
        message:
          'The page did not accept the code. Copy it and paste it instead.',
      };
  }
}

/**
 * The frame to fill: the best field among frames of the account's sites,
 * so that another site's frame (an advert, say) with a likelier-looking
 * field never stands in the way. Only when no bound frame has a field is
 * the best of the rest returned, for the offer to link its site.
 */
function chooseFrame(
  reports: FrameReport[],
  sites: string[],
): FrameReport | undefined {
  const byScore = [...reports].sort((a, b) => b.field.score - a.field.score);

  return byScore.find((report) => isSiteBound(report.url, sites)) ?? byScore[0];
}

async function nextCode(account: Account): Promise<string> {
  if (account.kind !== 'hotp') return generateCode(account);

  const counter = await takeHotpCounter(account.id);

  return generateCode({ ...account, counter });
}

function notBound(account: Account, site: string): string {
  const name = account.issuer || account.accountName || 'This account';

  return (
    `${name} is not linked to ${displaySite(site)}, so Twostep did not ` +
    'fill its code here. If this really is the site of that account, ' +
    'link it and fill.'
  );
}
