import { useState } from 'preact/hooks';
import type { Account } from '../../vault';
import { accountTitle, groupCode } from './format';

interface Props {
  account: Account;
  /** The current code, or undefined for an HOTP code not yet revealed. */
  code: string | undefined;
  secondsLeft: number | undefined;
  onCopy: (code: string) => void;
  onFill: () => void;
  onRevealNext: () => void;
  onEdit: () => void;
}

/** One account: its code, the time left, and what can be done with it. */
export function AccountRow(props: Props) {
  const { account, code, secondsLeft } = props;
  const title = accountTitle(account);
  const [isBusy, setBusy] = useState(false);

  const onFill = async () => {
    setBusy(true);
    try {
      await props.onFill();
    } finally {
      setBusy(false);
    }
  };

  return (
    <li class="account">
      <div class="account-names">
        <span class="issuer">{title}</span>
        {account.issuer && account.accountName && (
          <span class="account-name">{account.accountName}</span>
        )}
      </div>
      {code === undefined ? (
        <button
          type="button"
          class="code code-hidden"
          aria-label={`Show next code for ${title}`}
          onClick={props.onRevealNext}
        >
          Show code
        </button>
      ) : (
        <button
          type="button"
          class="code"
          aria-label={`Copy code for ${title}`}
          data-code={code}
          onClick={() => props.onCopy(code)}
        >
          {groupCode(code)}
        </button>
      )}
      {secondsLeft !== undefined && (
        <span
          class="time-left"
          role="timer"
          aria-label={`${secondsLeft} seconds left`}
          style={{ '--left': secondsLeft / account.period }}
        >
          {secondsLeft}
        </span>
      )}
      <div class="account-actions">
        <button
          type="button"
          aria-label={`Fill code for ${title}`}
          disabled={isBusy}
          onClick={onFill}
        >
          Fill
        </button>
        <button
          type="button"
          class="quiet"
          aria-label={`Edit ${title}`}
          onClick={props.onEdit}
        >
          Edit
        </button>
      </div>
    </li>
  );
}
