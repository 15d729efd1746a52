import type { FaultSet } from '../state/fault-rules.js';
import type { RecordSocketEvent } from '../state/request-journal.js';
import type { Deliver, FrameSink } from './registry.js';

/**
 * The socket send path's one fault seam (D53): each frame to each socket asks the fault set for a
 * plan (drop, duplicate, delay, close after) and is journaled as it goes out. With no socket
 * faults the plan is `undefined` and the frame is sent at once.
 */
export function deliverWithFaults<S extends FrameSink>(
  faults: FaultSet,
  record: RecordSocketEvent,
): Deliver<S> {
  return function deliver(userId, socket, data) {
    const plan = faults.planDelivery(userId);
    if (!plan) {
      socket.send(data);
      record({ event: 'frame_out', user_id: userId, data });
      return;
    }
    const act = () => {
      if (plan.copies === 0) record({ event: 'frame_dropped', user_id: userId, data });
      for (let copy = 0; copy < plan.copies; copy++) {
        socket.send(data);
        record({ event: 'frame_out', user_id: userId, data });
      }
      if (plan.close !== undefined) socket.close(plan.close, 'Closed by a stand-in fault');
    };
    if (plan.delayMs > 0) setTimeout(act, plan.delayMs);
    else act();
  };
}
