import type { DemoDatabase } from './db.ts';

/** An e-mail the site sent; the outbox stands in for the user's mailbox. */
export interface Message {
  recipient: string;
  subject: string;
  body: string;
  sentAt: number;
}

interface MessageRow {
  recipient: string;
  subject: string;
  body: string;
  sent_at: number;
}

/** "Sends" an e-mail by keeping it in the outbox. */
export function sendMessage(db: DemoDatabase, message: Message): void {
  db.prepare(
    `INSERT INTO outbox (recipient, subject, body, sent_at)
     VALUES (?, ?, ?, ?)`,
  ).run(message.recipient, message.subject, message.body, message.sentAt);
}

/** Every message sent, newest first. */
export function listMessages(db: DemoDatabase): Message[] {
  const rows = db
    .prepare<[], MessageRow>(
      'SELECT * FROM outbox ORDER BY sent_at DESC, id DESC',
    )
    .all();

  return rows.map((row) => ({
    recipient: row.recipient,
    subject: row.subject,
    body: row.body,
    sentAt: row.sent_at,
  }));
}
