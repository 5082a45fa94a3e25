import { useState } from 'preact/hooks';
import { judgePayloads } from '../../actions/judge-payloads';
import { readSecret } from '../../otp';
import type { AccountDraft, OtpKind } from '../../otp/types';
import { readQrImage } from './read-image';

interface Props {
  onReview: (draft: AccountDraft) => void;
  /** Called with what an imported QR image held. */
  onFound: (drafts: AccountDraft[], notes: string[]) => void;
  onCancel: () => void;
}

/** Adds an account from a pasted otpauth link or a typed setup key. */
export function AddAccount({ onReview, onFound, onCancel }: Props) {
  const [link, setLink] = useState('');
  const [issuer, setIssuer] = useState('');
  const [accountName, setAccountName] = useState('');
  const [secret, setSecret] = useState('');
  const [kind, setKind] = useState<OtpKind>('totp');
  const [problem, setProblem] = useState<string>();

  const onImage = async (image: Blob | undefined) => {
    if (!image) return;

    const outcome = await readQrImage(image);
    if (outcome.status === 'problem') setProblem(outcome.message);
    else onFound(outcome.accounts, outcome.notes);
  };

  const onPaste = (event: ClipboardEvent) => {
    const image = [...(event.clipboardData?.files ?? [])].find((file) =>
      file.type.startsWith('image/'),
    );
    if (!image) return;

    event.preventDefault();
    void onImage(image);
  };

  // The same judge as a scan, so a pasted export link works too.
  const onSubmitLink = (event: Event) => {
    event.preventDefault();
    const outcome = judgePayloads([link], null);
    if (outcome.status === 'problem') setProblem(outcome.message);
    else onFound(outcome.accounts, outcome.notes);
  };

  const onSubmitKey = (event: Event) => {
    event.preventDefault();
    try {
      const { secret: normalized, warnings } = readSecret(secret);
      onReview({
        kind,
        secret: normalized,
        algorithm: 'SHA1',
        digits: kind === 'steam' ? 5 : 6,
        period: 30,
        counter: 0,
        issuer: issuer.trim(),
        accountName: accountName.trim(),
        warnings,
      });
    } catch (error) {
      setProblem((error as Error).message);
    }
  };

  return (
    <section class="panel" aria-label="Add account" onPaste={onPaste}>
      <label>
        QR code image (or paste one)
        <input
          type="file"
          accept="image/*"
          onChange={(event) => void onImage(event.currentTarget.files?.[0])}
        />
      </label>
      <form onSubmit={onSubmitLink}>
        <label>
          otpauth link
          <textarea
            rows={2}
            value={link}
            placeholder="otpauth://totp/…"
            onInput={(event) => setLink(event.currentTarget.value)}
          />
        </label>
        <button type="submit" disabled={!link.trim()}>
          Add from link
        </button>
      </form>
      <form onSubmit={onSubmitKey}>
        <label>
          Issuer
          <input
            value={issuer}
            onInput={(event) => setIssuer(event.currentTarget.value)}
          />
        </label>
        <label>
          Account name
          <input
            value={accountName}
            onInput={(event) => setAccountName(event.currentTarget.value)}
          />
        </label>
        <label>
          Setup key
          <input
            value={secret}
            autocomplete="off"
            spellcheck={false}
            onInput={(event) => setSecret(event.currentTarget.value)}
          />
        </label>
        <label>
          Type
          <select
            value={kind}
            onChange={(event) => setKind(event.currentTarget.value as OtpKind)}
          >
            <option value="totp">Time-based (most sites)</option>
            <option value="hotp">Counter-based</option>
            <option value="steam">Steam Guard</option>
          </select>
        </label>
        <button type="submit" disabled={!secret.trim()}>
          Add from key
        </button>
      </form>
      {problem && (
        <p role="alert" class="problem">
          {problem}
        </p>
      )}
      <button type="button" class="quiet" onClick={onCancel}>
        Cancel
      </button>
    </section>
  );
}
