// Loaded only by .mocharc.browser.json (npm run test:browser): marks the run as
// one that may start a browser, so `npm test` skips the browser suites.
process.env.STATIONDESK_BROWSER_TESTS = '1';
