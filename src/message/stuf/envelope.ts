/**
 * StUF-GGk 0210 (v2.1 patch 04) envelope of iJw messages between the municipality and the GGk:
 * SOAP 1.1, service OntvangAsynchroon with the operations ggk_Di01 (heenbericht), ggk_Du01
 * (retour) and Fo01 (asynchronous error). Each operation answers synchronously with a StUF Bv03
 * or with a SOAP fault carrying a StUF Fo03.
 *
 * Our own schemas for what is read and written here are in schemas/stuf-ggk/.
 */
export type {
  StufDi01, StufDu01, StufFault, StufFo01, StufFout, StufFoutStuurgegevens, StufParameters, StufParseResult,
  StufPayload, StufRequest, StufResponse, StufResponseResult, StufStuurgegevens, StufSysteem,
} from './types.js';
export { parseStufRequest, parseStufResponse } from './parse.js';
export {
  StufBuildError, answerTo, buildBv03, buildDi01, buildDu01, buildFo01, buildFo03Fault, foutFromFault,
  type AnswerAddressing, type Bv03Args, type Di01Args, type Du01Args, type Fo01Args, type Fo03FaultArgs, type VrijBerichtArgs,
} from './build.js';
export {
  NS_GGK, NS_SOAP, NS_STUF, SOAP_CONTENT_TYPE, STUF_MAX_MESSAGE_BYTES, STUF_SOAP_ACTION, decodeBase64Strict,
  formatStufTijdstip, newReferentienummer,
} from './values.js';
