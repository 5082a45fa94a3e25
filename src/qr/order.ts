import { isEnrollmentPayload } from '../otp/payload';

/** Puts enrollment payloads before other texts, keeping each group's order. */
export function orderEnrollmentFirst(texts: readonly string[]): string[] {
  const enrollments = texts.filter((text) => isEnrollmentPayload(text));
  const others = texts.filter((text) => !isEnrollmentPayload(text));

  return [...enrollments, ...others];
}
