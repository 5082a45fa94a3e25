import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { scanPage } from '../src/qr/scan-page';

// Injected on demand into every frame of the tab the user asked to scan;
// its result travels back to the background through executeScript.
export default defineUnlistedScript(() => scanPage(document));
