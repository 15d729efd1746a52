import {
  type ObservationId,
  type Observed,
  summariseObserved,
} from '../../../spec/schemas/observations.js';
import type { Verdict } from '../../model/types.js';

/** Where the observations sit in a report: no docs section speaks to them (D113). */
export const SILENT = 'Where the docs are silent';

/** An observation's verdict: never pass or fail, only what was seen (D113). */
export const observed = (id: ObservationId, answer: Observed): Verdict => ({
  outcome: 'observed',
  actual: summariseObserved(answer),
  observation: { id, observed: answer },
});
