/** Runs every case of the RFC 7208 test suite through checkHost (see test/support/rfc7208-suite.ts). */
import { checkHost } from '../../src/dns/spf/check-host';
import { loadSuite, suiteResolver } from '../support/rfc7208-suite';

const scenarios = loadSuite();

describe.each(scenarios.map((scenario) => [scenario.description, scenario] as const))(
  '%s',
  (_name, scenario) => {
    const resolver = suiteResolver(scenario.zonedata ?? {});
    test.each(Object.entries(scenario.tests))('%s', async (_id, testCase) => {
      const sender = testCase.mailfrom === '' ? `postmaster@${testCase.helo}` : testCase.mailfrom;
      const check = await checkHost(
        { ip: testCase.host, sender, helo: testCase.helo, receiver: testCase.receiver, now: new Date(0) },
        resolver,
      );
      const accepted = Array.isArray(testCase.result) ? testCase.result : [testCase.result];
      expect(accepted).toContain(check.result);
      if (testCase.explanation !== undefined && check.result === 'fail')
        expect(check.explanation ?? 'DEFAULT').toBe(testCase.explanation);
    });
  },
);
