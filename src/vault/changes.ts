const CHANNEL_NAME = 'twostep-vault';

/** Tells every other Twostep page that the accounts changed. */
export function announceChange(): void {
  const channel = new BroadcastChannel(CHANNEL_NAME);
  channel.postMessage('changed');
  channel.close();
}

/** Calls onChange whenever another Twostep page changes the accounts. */
export function watchChanges(onChange: () => void): () => void {
  const channel = new BroadcastChannel(CHANNEL_NAME);
  channel.onmessage = onChange;

  return () => channel.close();
}
