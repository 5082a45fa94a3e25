/** The one stylesheet of the demo site, inlined into every page. */
export const STYLES = `
*, *::before, *::after { box-sizing: border-box; }
body {
  margin: 0;
  font: 16px/1.5 system-ui, sans-serif;
  color: #1f1f1f;
  background: #f3f5f8;
}
header {
  padding: 12px 24px;
  background: #fff;
  border-bottom: 1px solid #dde1e6;
  font-weight: 600;
}
main {
  max-width: 640px;
  margin: 40px auto;
  padding: 32px;
  background: #fff;
  border: 1px solid #dde1e6;
  border-radius: 12px;
}
h1 { margin-top: 0; font-size: 1.6rem; font-weight: 500; }
h2 { margin-bottom: 0; font-size: 1.15rem; font-weight: 600; }
label { display: block; margin: 16px 0 4px; font-weight: 500; }
input[type=email], input[type=password], input[type=text] {
  width: 100%;
  padding: 10px 12px;
  font: inherit;
  border: 1px solid #8a9099;
  border-radius: 6px;
}
button, .button {
  display: inline-block;
  margin-top: 20px;
  padding: 9px 20px;
  font: inherit;
  color: #fff;
  background: #1a5fd0;
  border: 0;
  border-radius: 20px;
  text-decoration: none;
  cursor: pointer;
}
.secondary { color: #1a5fd0; background: transparent; }
.error { color: #b3261e; font-weight: 500; }
.notice { padding: 8px 12px; background: #e6f4ea; border-radius: 6px; }
.hint { color: #5f6368; font-size: 0.9rem; }
fieldset { margin: 16px 0 0; padding: 0; border: 0; }
legend { margin-bottom: 4px; padding: 0; font-weight: 500; }
.digits { display: flex; gap: 8px; }
.digits input {
  width: 44px;
  height: 52px;
  font: 1.4rem monospace;
  text-align: center;
  border: 1px solid #8a9099;
  border-radius: 6px;
}
.qr-codes { display: flex; flex-wrap: wrap; gap: 24px; }
figure { margin: 16px 0; }
figcaption { font-size: 0.9rem; color: #5f6368; }
.setup-key { font: 1.1rem monospace; word-spacing: 0.4em; }
.status { font-weight: 600; }
.qr-background { background-repeat: no-repeat; }
.qr-frame { display: block; border: 0; }
.backup-codes { columns: 2; padding-left: 24px; font: 1.1rem monospace; }
.choice { display: flex; gap: 10px; align-items: baseline; margin-top: 16px; }
.choice label { margin: 0; }
.choice p { margin: 0; }
.managed { color: #5f6368; font-style: italic; }
.message { padding: 12px 0; border-top: 1px solid #dde1e6; }
body.dark { color: #e8eaed; background: #121212; }
body.dark header, body.dark main { background: #202124; border-color: #3c4043; }
body.dark .hint, body.dark figcaption { color: #bdc1c6; }
body.dark a:not(.button), body.dark .secondary { color: #8ab4f8; }
body.dark input[type=text] {
  color: inherit;
  background: #303134;
  border-color: #5f6368;
}
`;
