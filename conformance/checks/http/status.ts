import { describeResponse, fail, pass } from '../../model/types.js';
import type { HttpAspect } from './aspect.js';

/** The documented status code; any body, or none, and no response at all is a failure too. */
export const statusAspect: HttpAspect = {
  name: 'status',
  severity: 'error',
  title: () => 'status code',
  rules: () => ['status'],
  appliesTo: () => true,
  judge: (_ctx, c, res) =>
    res.ok && res.status === c.status
      ? pass()
      : fail(`Documented: ${c.status}`, `Received: ${describeResponse(res)}`),
};
