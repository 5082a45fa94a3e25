import type { FillOutcome as FieldFillOutcome } from './fill';
import type { AccountDraft } from './otp/types';

/** What the popup asks the background to do on the current tab. */
export type PopupRequest =
  | { type: 'scan-tab'; tabId: number }
  | { type: 'fill-tab'; tabId: number; accountId: string };

/** What a fill script in one frame reports about that frame's code field. */
export interface FieldReport {
  type: 'field-report';
  field: {
    kind: 'single' | 'boxes';
    length: number | null;
    score: number;
  } | null;
}

/** Sent by the background to the one frame that should receive the code. */
export interface CodeDelivery {
  type: 'fill-code';
  code: string;
}

/** How a frame answered a code delivery. */
export type DeliveryOutcome =
  FieldFillOutcome | { ok: false; reason: 'no-field' };

export type ScanOutcome =
  | {
      status: 'found';
      accounts: AccountDraft[];
      site: string | null;
      /** Plain sentences about what was found, such as a multi-part export. */
      notes: string[];
    }
  | { status: 'problem'; message: string };

export type FillOutcome =
  | { status: 'filled'; site: string }
  | { status: 'site-not-bound'; site: string; message: string }
  | { status: 'problem'; message: string };

export type BackgroundResponse<R extends PopupRequest> = R extends {
  type: 'scan-tab';
}
  ? ScanOutcome
  : FillOutcome;
