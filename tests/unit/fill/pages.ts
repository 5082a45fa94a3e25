/** Verification pages in miniature, for the detection table. */
// Each page marks its code field with data-target, or has none to find.
export const PAGES: [string, string][] = [
  [
    'an autocomplete one-time-code field',
    '<input name="x1" autocomplete="one-time-code" data-target>',
  ],
  ['an input named otp', '<input type="text" name="otp" data-target>'],
  [
    'a Spanish label with accents',
    `<label for="c">Código de verificación</label>
     <input id="c" inputmode="numeric" data-target>`,
  ],
  [
    'a German label',
    `<label>Bestätigungscode <input name="f1" data-target></label>`,
  ],
  [
    'a Japanese label',
    `<span id="l">確認コード</span>
     <input aria-labelledby="l" maxlength="6" data-target>`,
  ],
  [
    'a French placeholder',
    '<input placeholder="Code de sécurité" maxlength="6" data-target>',
  ],
  [
    'a Chinese image captcha',
    '<label>图形验证码 <input name="vc" maxlength="4"></label>',
  ],
  [
    'a Chinese label',
    '<label for="v">验证码</label><input id="v" data-target>',
  ],
  ['a Korean placeholder', '<input placeholder="인증번호 6자리" data-target>'],
  [
    'only the text before it',
    `<h2>Two-factor authentication</h2>
     <p>Enter the code from your app.</p>
     <div><input inputmode="numeric" maxlength="6" data-target></div>`,
  ],
  [
    'a code field next to a recovery link',
    `<input name="otp" data-target>
     <p>Lost your device? Use a recovery code.</p>`,
  ],
  [
    'a code field in a form with a search box',
    `<input type="search" name="q">
     <input name="otp_code" data-target>`,
  ],
  [
    'a captcha field',
    `<label>Enter the code shown
     <input name="captcha" inputmode="numeric" maxlength="6"></label>`,
  ],
  [
    'a field beside a captcha image',
    `<div><label for="vc">验证码</label><input id="vc" maxlength="4">
     <img src="/kaptcha.jpg" alt=""></div>`,
  ],
  [
    'a phone field',
    `<p>Enter the verification code</p>
     <input name="phone" inputmode="numeric" maxlength="8">`,
  ],
  [
    'a tel input without a code clue',
    `<p>We will text you a code</p>
     <input type="tel" name="number" inputmode="numeric" maxlength="8">`,
  ],
  [
    'a coupon code',
    `<label>Promo code
     <input name="code" inputmode="numeric" maxlength="8"></label>`,
  ],
  [
    'a Spanish postal code',
    `<label>Código postal
     <input name="cp" inputmode="numeric" pattern="[0-9]*"
     maxlength="5"></label>`,
  ],
  [
    'a card security code',
    `<label>Security code <input name="cc-csc" placeholder="CVC"
     inputmode="numeric" maxlength="4"></label>`,
  ],
  [
    'a recovery code field',
    '<label>Recovery code <input name="recovery_code" maxlength="8"></label>',
  ],
  [
    'a German backup code field',
    '<label>Wiederherstellungscode <input name="c" maxlength="8"></label>',
  ],
  [
    'an SMS code field',
    '<label>SMS code <input name="sms" maxlength="6"></label>',
  ],
  [
    'a field for a code from the app or by SMS',
    `<label>Code from your authenticator app or SMS
     <input name="code" data-target></label>`,
  ],
  [
    'a login page',
    `<h1>Sign in</h1><form><input type="email" name="email">
     <input type="password" name="password">
     <input type="text" name="remember-note"></form>`,
  ],
  [
    'a password next to a user name',
    `<form><input name="username"><input type="password" name="pin"
     inputmode="numeric" maxlength="6"></form>`,
  ],
  [
    'a masked code field',
    `<input type="password" name="otp" inputmode="numeric" data-target>`,
  ],
  ['a plain text box', '<input type="text" name="comment">'],
  ['a hidden code field', '<input type="hidden" name="otp">'],
  [
    'a code field inside display: none',
    '<div style="display: none"><input name="otp"></div>',
  ],
  ['a code field with the hidden attribute', '<input name="otp" hidden>'],
  ['a disabled code field', '<input name="otp" disabled>'],
  ['a read-only code field', '<input name="otp" readonly>'],
];
