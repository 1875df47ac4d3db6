// One place for the browser binary and flags shared by Lighthouse and Playwright (perf-notes pitfall 4).
export const CHROME_PATH = '/usr/bin/chromium';

export const CHROME_FLAGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
