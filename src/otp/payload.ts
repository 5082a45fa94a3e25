const ENROLLMENT_SCHEMES = ['otpauth:', 'otpauth-migration:', 'steam:'];

/** Whether decoded QR text is meant for an authenticator at all. */
export function isEnrollmentPayload(text: string): boolean {
  const start = text.trimStart().slice(0, 24).toLowerCase();

  return ENROLLMENT_SCHEMES.some((scheme) => start.startsWith(scheme));
}
