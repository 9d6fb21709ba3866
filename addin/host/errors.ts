/**
 * Errors as Office.js raises them: an OfficeExtension.Error ("RichApi.Error") with a `code`, a
 * `message` and `debugInfo` — https://learn.microsoft.com/office/dev/add-ins/testing/application-specific-api-error-handling
 * (the codes and their messages below come from that page's tables).
 * The shape of debugInfo ({ code, message, errorLocation }) follows errors captured from real
 * Excel, e.g. https://github.com/OfficeDev/office-js/issues/1025.
 */

export type OfficeErrorCode =
  | 'AccessDenied'
  | 'ApiNotFound'
  | 'GeneralException'
  | 'InvalidArgument'
  | 'InvalidObjectPath'
  | 'InvalidOperation'
  | 'InvalidReference'
  | 'InvalidRequestContext'
  | 'ItemAlreadyExists'
  | 'ItemNotFound'
  | 'PropertyNotLoaded'
  | 'RangeExceedsLimit'
  | 'RequestPayloadSizeLimitExceeded'
  | 'ResponsePayloadSizeLimitExceeded'
  | 'RunMustReturnPromise'
  | 'UnsupportedFeature'
  | 'ValueNotLoaded';

/** The messages Office.js uses for each code (same source as above). */
const MESSAGES: Record<OfficeErrorCode, string> = {
  AccessDenied: 'You cannot perform the requested operation.',
  ApiNotFound:
    'The API you are trying to use could not be found. It may be available in a newer version of Excel. Please refer to the documentation: "http://go.microsoft.com/fwlink/?LinkId=825227" for more information.',
  GeneralException: 'There was an internal error while processing the request.',
  InvalidArgument: 'The argument is invalid or missing or has an incorrect format.',
  InvalidObjectPath:
    "The object path isn't working for what you're trying to do. If you're using the object across multiple \"context.sync\" calls and outside the sequential execution of a \".run\" batch, please use the \"context.trackedObjects.add()\" and \"context.trackedObjects.remove()\" methods to manage the object's lifetime.",
  InvalidOperation: 'The operation attempted is invalid on the object.',
  InvalidReference: 'This reference is not valid for the current operation.',
  InvalidRequestContext: 'Cannot use the object across different request contexts.',
  ItemAlreadyExists: 'A resource with the same name or identifier already exists.',
  ItemNotFound: "The requested resource doesn't exist.",
  PropertyNotLoaded:
    'The property is not available. Before reading the property\'s value, call the load method on the containing object and call "context.sync()" on the associated request context.',
  RangeExceedsLimit: 'The cell count in the range has exceeded the maximum supported number.',
  RequestPayloadSizeLimitExceeded: 'The request payload size has exceeded the limit.',
  ResponsePayloadSizeLimitExceeded: 'The response payload size has exceeded the limit.',
  RunMustReturnPromise:
    'The batch function passed to the ".run" method didn\'t return a promise. The function must return a promise, so that any automatically-tracked objects can be released at the completion of the batch operation. Typically, you return a promise by returning the response from "context.sync()".',
  UnsupportedFeature: 'The operation failed because the source worksheet contains one or more unsupported features.',
  ValueNotLoaded:
    'The value of the result object has not been loaded yet. Before reading the value property, call "context.sync()" on the associated request context.',
};

export type OfficeDebugInfo = { code: string; message: string; errorLocation?: string };

/** OfficeExtension.Error-alike. `name` is "RichApi.Error", as real errors print. */
export class OfficeError extends Error {
  readonly code: OfficeErrorCode;
  readonly debugInfo: OfficeDebugInfo;
  readonly traceMessages: string[] = [];
  readonly innerError: null = null;
  readonly httpStatusCode: number;

  constructor(code: OfficeErrorCode, message?: string, errorLocation?: string) {
    const msg = message ?? MESSAGES[code];
    super(msg);
    this.name = 'RichApi.Error';
    this.code = code;
    this.debugInfo = errorLocation ? { code, message: msg, errorLocation } : { code, message: msg };
    this.httpStatusCode = code === 'GeneralException' ? 500 : 400;
    // Keep instanceof working when compiled to ES5-style classes.
    Object.setPrototypeOf(this, OfficeError.prototype);
  }

  /** The same error, pointing at where it happened ("Range.values", "WorksheetCollection.add"). */
  at(errorLocation: string): OfficeError {
    if (this.debugInfo.errorLocation) return this;
    return new OfficeError(this.code, this.message, errorLocation);
  }
}

export const fail = (code: OfficeErrorCode, message?: string): never => {
  throw new OfficeError(code, message);
};

/** The message real Excel gives when a property is read before load + sync (captured from Excel; see file header). */
export function propertyNotLoaded(property: string, location: string): OfficeError {
  return new OfficeError(
    'PropertyNotLoaded',
    `The property '${property}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
    location,
  );
}

/** Real Excel's message for a 2-D array whose shape does not match the range (office-js issue #1025). */
export const DIMENSION_MISMATCH = "The number of rows or columns in the input array doesn't match the size or dimensions of the range.";
