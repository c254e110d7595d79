/**
 * `npm start`: builds Backstory and opens Chromium/Chrome with it loaded on the demo page. The
 * browser runs in a fresh, throwaway profile; close its window to stop.
 */
import { openDemo } from './demo/session';

const headless = process.argv.includes('--headless');

try {
  const demo = await openDemo({ headless });
  console.log(`Backstory ${demo.browser.extensionId} is running on the demo page: ${demo.page.url()}`);
  console.log(headless ? 'Headless: stopping now.' : 'Close the browser window to stop.');
  if (!headless) await new Promise((resolve) => demo.browser.context.once('close', resolve));
  await demo.close();
} catch (error) {
  const message = String(error);
  if (!headless && /display|DISPLAY|X server/.test(message)) {
    console.error('Could not open a browser window: no display is available here.');
    console.error('Run `npm run demo` for a headless run that saves screenshots instead.');
  } else {
    console.error(message);
  }
  process.exit(1);
}
