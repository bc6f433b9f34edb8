import type { MessageCode, MessageModel } from './dsl.js';
import { JW301 } from './messages/JW301.js';
import { JW302 } from './messages/JW302.js';
import { JW305 } from './messages/JW305.js';
import { JW306 } from './messages/JW306.js';
import { JW307 } from './messages/JW307.js';
import { JW308 } from './messages/JW308.js';
import { JW315 } from './messages/JW315.js';
import { JW316 } from './messages/JW316.js';
import { JW317 } from './messages/JW317.js';
import { JW318 } from './messages/JW318.js';
import { JW319 } from './messages/JW319.js';
import { JW320 } from './messages/JW320.js';
import { JW323 } from './messages/JW323.js';
import { JW325 } from './messages/JW325.js';

export * from './dsl.js';

/** Every iJw 3.2 message, by its name. */
export const MODELS: Readonly<Record<MessageCode, MessageModel>> = {
  JW301, JW302, JW305, JW306, JW307, JW308, JW315,
  JW316, JW317, JW318, JW319, JW320, JW323, JW325,
};

/** Name (JW323) by numeric BerichtCode (490). */
export const CODE_BY_BERICHTCODE: ReadonlyMap<string, MessageCode> = new Map(
  Object.values(MODELS).map((m) => [m.berichtCode, m.code]),
);
