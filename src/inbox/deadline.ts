/**
 * The deadline stored with an incoming message at receipt: when our answer to it is due. The
 * retourbericht on JW305/JW307/JW315/JW317 within 3 working days (OP090), the JW325 on a JW323
 * within 10 (OP090x4). Retours (JW302/JW320) need no answer. Later terms (the answer to a request,
 * 5 working days and 8 weeks) belong to the request, not to the message.
 */
import type { MessageCode } from '../message/model/dsl.js';
import { deadlineFor, type Obligation, type WorkingDayCalendar } from '../process/terms/index.js';

const ANSWER: Partial<Record<MessageCode, Obligation>> = {
  JW305: 'retourbericht',
  JW307: 'retourbericht',
  JW315: 'retourbericht',
  JW317: 'retourbericht',
  JW323: 'declaratieAntwoord',
};

export function answerDeadline(code: MessageCode, receivedAt: Date, calendar: WorkingDayCalendar): Date | null {
  const obligation = ANSWER[code];
  return obligation ? deadlineFor(obligation, receivedAt, calendar).dueAt : null;
}
