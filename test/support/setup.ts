import { afterEach } from 'vitest';
import { takeViolations } from './contract-violations.js';

// Registered for every test file (vitest.config.ts): a response or frame that broke the published
// contract fails the test that received it, even when it arrived in a socket callback.
afterEach(() => {
  const violations = takeViolations();
  if (violations.length > 0)
    throw new Error(`The stand-in broke the published contract:\n${violations.join('\n')}`);
});
