import { formatCoverageText } from '../../spec/coverage/format.js';
import { mockCoverage } from '../../spec/routes/mock.js';
import { success } from '../../spec/schemas/envelope.js';
import { createRouter } from '../routes/mount.js';
import type { MockContext } from './context.js';

/** `GET /__mock/coverage`: the journal's coverage of the contract, as JSON or as text (D140). */
export function coverageControls({ journal }: MockContext) {
  const mock = createRouter();
  mock.openapi(mockCoverage, (c) => {
    const coverage = journal.coverage();
    if (c.req.valid('query').format === 'text')
      return c.text(formatCoverageText(coverage, { source: 'the stand-in journal' }), 200);
    return c.json(success(coverage), 200);
  });
  return mock;
}
