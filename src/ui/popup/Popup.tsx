import { useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { FillOutcome } from '../../messages';
import type { AccountDraft } from '../../otp/types';
import { generateCode } from '../../otp';
import { takeHotpCounter, updateAccount, type Account } from '../../vault';
import { AccountRow } from './AccountRow';
import { AddAccount } from './AddAccount';
import { askBackground, findTargetTab } from './background';
import { currentCode, secondsLeft } from './codes';
import { EditAccount } from './EditAccount';
import { ReviewAccount } from './ReviewAccount';
import { ReviewMany } from './ReviewMany';
import { useAccounts } from './use-accounts';
import { useNow } from './use-now';

/** Search appears once the list no longer fits at a glance. */
const SEARCH_THRESHOLD = 5;

type View =
  | { name: 'list' }
  | { name: 'add' }
  | { name: 'edit'; account: Account }
  | {
      name: 'review';
      draft: AccountDraft;
      site: string | null;
      notes: string[];
    }
  | { name: 'review-many'; drafts: AccountDraft[]; notes: string[] };

interface Notice {
  text: string;
  isProblem: boolean;
  /** Offered when the account is not yet bound to the tab's site. */
  bind?: { account: Account; site: string };
}

/** The toolbar popup: every account's code, and scan, fill, add. */
export function Popup() {
  const { accounts, loadError } = useAccounts();
  const now = useNow();
  const [view, setView] = useState<View>({ name: 'list' });
  const [query, setQuery] = useState('');
  const [notice, setNotice] = useState<Notice>();
  const [hotpCodes, setHotpCodes] = useState<Record<string, string>>({});
  const [isScanning, setScanning] = useState(false);

  const say = (text: string, isProblem = false) =>
    setNotice({ text, isProblem });
  const backToList = (text?: string) => {
    setView({ name: 'list' });
    setNotice(text ? { text, isProblem: false } : undefined);
  };

  const showFound = (
    drafts: AccountDraft[],
    site: string | null,
    notes: string[],
  ) => {
    const [draft] = drafts;
    if (drafts.length > 1) setView({ name: 'review-many', drafts, notes });
    else if (draft) setView({ name: 'review', draft, site, notes });
  };

  const onScan = async () => {
    setScanning(true);
    say('Looking for a QR code on this page…');
    try {
      const tabId = await findTargetTab();
      if (tabId === undefined) return say('There is no page to scan.', true);

      const outcome = await askBackground({ type: 'scan-tab', tabId });
      if (outcome.status === 'problem') return say(outcome.message, true);

      setNotice(undefined);
      showFound(outcome.accounts, outcome.site, outcome.notes);
    } finally {
      setScanning(false);
    }
  };

  const onFill = async (account: Account) => {
    setNotice(undefined);
    const tabId = await findTargetTab();
    if (tabId === undefined) return say('There is no page to fill.', true);

    const outcome: FillOutcome = await askBackground({
      type: 'fill-tab',
      tabId,
      accountId: account.id,
    });
    if (outcome.status === 'filled')
      return say(`Filled the code on ${outcome.site}.`);
    if (outcome.status === 'problem') return say(outcome.message, true);

    setNotice({
      text: outcome.message,
      isProblem: true,
      bind: { account, site: outcome.site },
    });
  };

  const onBindAndFill = async ({
    account,
    site,
  }: {
    account: Account;
    site: string;
  }) => {
    await updateAccount(account.id, { sites: [...account.sites, site] });
    await onFill({ ...account, sites: [...account.sites, site] });
  };

  const onCopy = async (code: string) => {
    try {
      await navigator.clipboard.writeText(code);
      say('Copied.');
    } catch {
      say(
        'Twostep could not reach the clipboard. Select the code instead.',
        true,
      );
    }
  };

  const onRevealNext = async (account: Account) => {
    const counter = await takeHotpCounter(account.id);
    const code = generateCode({ ...account, counter });
    setHotpCodes((codes) => ({ ...codes, [account.id]: code }));
  };

  if (view.name === 'add') {
    return (
      <AddAccount
        onReview={(draft) =>
          setView({ name: 'review', draft, site: null, notes: [] })
        }
        onFound={(drafts, notes) => showFound(drafts, null, notes)}
        onCancel={() => backToList()}
      />
    );
  }
  if (view.name === 'review-many') {
    return (
      <ReviewMany
        drafts={view.drafts}
        notes={view.notes}
        onDone={backToList}
        onCancel={() => backToList()}
      />
    );
  }
  if (view.name === 'review') {
    return (
      <ReviewAccount
        draft={view.draft}
        site={view.site}
        notes={view.notes}
        onDone={backToList}
        onCancel={() => backToList()}
      />
    );
  }
  if (view.name === 'edit') {
    return <EditAccount account={view.account} onDone={() => backToList()} />;
  }

  const wanted = query.trim().toLowerCase();
  const shown = (accounts ?? []).filter((account) =>
    `${account.issuer} ${account.accountName}`.toLowerCase().includes(wanted),
  );

  return (
    <main>
      <header class="toolbar">
        <h1>Twostep</h1>
        <button type="button" onClick={onScan} disabled={isScanning}>
          Scan QR code
        </button>
        <button type="button" onClick={() => setView({ name: 'add' })}>
          Add account
        </button>
        <button
          type="button"
          class="quiet icon"
          aria-label="Settings"
          title="Settings"
          onClick={() => void browser.runtime.openOptionsPage()}
        >
          ⚙
        </button>
      </header>
      {notice && (
        <div
          role={notice.isProblem ? 'alert' : 'status'}
          class={notice.isProblem ? 'problem' : 'notice'}
        >
          <p>{notice.text}</p>
          {notice.bind && (
            <button type="button" onClick={() => onBindAndFill(notice.bind!)}>
              Link {notice.bind.site} and fill
            </button>
          )}
        </div>
      )}
      {loadError && (
        <p role="alert" class="problem">
          {loadError}
        </p>
      )}
      {accounts && accounts.length > SEARCH_THRESHOLD && (
        <input
          type="search"
          class="search"
          aria-label="Search accounts"
          placeholder="Search accounts"
          value={query}
          onInput={(event) => setQuery(event.currentTarget.value)}
        />
      )}
      {accounts?.length === 0 && (
        <p class="empty">
          No accounts yet. Open the page where a site shows its 2-step
          verification QR code and press Scan QR code, or press Add account to
          paste a link or type a setup key.
        </p>
      )}
      <ul class="accounts" aria-label="Accounts">
        {shown.map((account) => {
          const isCounter = account.kind === 'hotp';

          return (
            <AccountRow
              key={account.id}
              account={account}
              code={
                isCounter ? hotpCodes[account.id] : currentCode(account, now)
              }
              secondsLeft={isCounter ? undefined : secondsLeft(account, now)}
              onCopy={onCopy}
              onFill={() => onFill(account)}
              onRevealNext={() => onRevealNext(account)}
              onEdit={() => setView({ name: 'edit', account })}
            />
          );
        })}
      </ul>
      {wanted && shown.length === 0 && (
        <p class="empty">No account matches “{query}”.</p>
      )}
    </main>
  );
}
