/* global document, location */
// Points every [data-other-site] image at this machine's other name, which
// browsers treat as another site: its pixels are closed to the page.
const other = location.hostname === 'localhost' ? '127.0.0.1' : 'localhost';
const base = `http://${other}:${location.port}`;
for (const element of document.querySelectorAll('[data-other-site]')) {
  const address = `${base}/${element.dataset.otherSite}`;
  if (element.localName === 'img') element.src = address;
  else element.style.backgroundImage = `url(${address})`;
}
