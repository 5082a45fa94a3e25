/** A sentence telling how an action went. */
export interface NoticeText {
  text: string;
  isProblem: boolean;
}

/** Shows a notice as a status, or as an alert when something went wrong. */
export function Notice({ notice }: { notice: NoticeText | undefined }) {
  if (!notice) return null;

  return (
    <p
      role={notice.isProblem ? 'alert' : 'status'}
      class={notice.isProblem ? 'problem' : 'notice'}
    >
      {notice.text}
    </p>
  );
}
