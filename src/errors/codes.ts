/**
 * The SNAP response-code table (reference §7). A responseCode is HTTP status (3) + service code (2)
 * + case code (2). Messages ending in a bracketed detail in the standard take the detail after
 * `detailJoin` ("Invalid Field Format amount.value", "Unauthorized. Invalid Signature").
 */
export interface SnapCase {
  http: number;
  case: string;
  message: string;
  /** How a detail joins the message; absent when the case takes none. */
  detailJoin?: ' ' | '. ';
}

export const SNAP_CASES = {
  Successful: { http: 200, case: '00', message: 'Successful' },
  InProgress: { http: 202, case: '00', message: 'Request In Progress' },
  BadRequest: { http: 400, case: '00', message: 'Bad Request', detailJoin: '. ' },
  InvalidFieldFormat: { http: 400, case: '01', message: 'Invalid Field Format', detailJoin: ' ' },
  InvalidMandatoryField: { http: 400, case: '02', message: 'Invalid Mandatory Field', detailJoin: ' ' },
  Unauthorized: { http: 401, case: '00', message: 'Unauthorized', detailJoin: '. ' },
  InvalidToken: { http: 401, case: '01', message: 'Invalid Token (B2B)' },
  InvalidCustomerToken: { http: 401, case: '02', message: 'Invalid Customer Token' },
  TokenNotFound: { http: 401, case: '03', message: 'Token Not Found (B2B)' },
  CustomerTokenNotFound: { http: 401, case: '04', message: 'Customer Token Not Found' },
  // Case 01 for the customer token: DOKU's demo app renews the customer token on 4015001 (QR payment).
  RejectedCustomerToken: { http: 401, case: '01', message: 'Invalid Customer Token' },
  TransactionExpired: { http: 403, case: '00', message: 'Transaction Expired' },
  FeatureNotAllowed: { http: 403, case: '01', message: 'Feature Not Allowed', detailJoin: ' ' },
  ExceedsTransactionAmountLimit: { http: 403, case: '02', message: 'Exceeds Transaction Amount Limit' },
  SuspectedFraud: { http: 403, case: '03', message: 'Suspected Fraud' },
  ActivityCountLimitExceeded: { http: 403, case: '04', message: 'Activity Count Limit Exceeded' },
  DoNotHonor: { http: 403, case: '05', message: 'Do Not Honor', detailJoin: '. ' },
  FeatureNotAllowedAtThisTime: { http: 403, case: '06', message: 'Feature Not Allowed At This Time', detailJoin: '. ' },
  CardBlocked: { http: 403, case: '07', message: 'Card Blocked' },
  CardExpired: { http: 403, case: '08', message: 'Card Expired' },
  DormantAccount: { http: 403, case: '09', message: 'Dormant Account' },
  NeedToSetTokenLimit: { http: 403, case: '10', message: 'Need To Set Token Limit' },
  OtpBlocked: { http: 403, case: '11', message: 'OTP Blocked' },
  OtpLifetimeExpired: { http: 403, case: '12', message: 'OTP Lifetime Expired' },
  OtpSentToCardholder: { http: 403, case: '13', message: 'OTP Sent To Cardholder' },
  InsufficientFunds: { http: 403, case: '14', message: 'Insufficient Funds' },
  TransactionNotPermitted: { http: 403, case: '15', message: 'Transaction Not Permitted.', detailJoin: ' ' },
  SuspendTransaction: { http: 403, case: '16', message: 'Suspend Transaction' },
  TokenLimitExceeded: { http: 403, case: '17', message: 'Token Limit Exceeded' },
  InactiveAccount: { http: 403, case: '18', message: 'Inactive Card/Account/Customer' },
  MerchantBlacklisted: { http: 403, case: '19', message: 'Merchant Blacklisted' },
  MerchantLimitExceed: { http: 403, case: '20', message: 'Merchant Limit Exceed' },
  SetLimitNotAllowed: { http: 403, case: '21', message: 'Set Limit Not Allowed' },
  TokenLimitInvalid: { http: 403, case: '22', message: 'Token Limit Invalid' },
  AccountLimitExceed: { http: 403, case: '23', message: 'Account Limit Exceed' },
  InvalidTransactionStatus: { http: 404, case: '00', message: 'Invalid Transaction Status', detailJoin: '. ' },
  TransactionNotFound: { http: 404, case: '01', message: 'Transaction Not Found' },
  InvalidRouting: { http: 404, case: '02', message: 'Invalid Routing' },
  BankNotSupported: { http: 404, case: '03', message: 'Bank Not Supported By Switch' },
  TransactionCancelled: { http: 404, case: '04', message: 'Transaction Cancelled' },
  MerchantNotRegistered: { http: 404, case: '05', message: 'Merchant Is Not Registered For Card Registration Services' },
  NeedToRequestOtp: { http: 404, case: '06', message: 'Need To Request OTP' },
  JourneyNotFound: { http: 404, case: '07', message: 'Journey Not Found' },
  InvalidMerchant: { http: 404, case: '08', message: 'Invalid Merchant' },
  NoIssuer: { http: 404, case: '09', message: 'No Issuer' },
  InvalidApiTransition: { http: 404, case: '10', message: 'Invalid API Transition' },
  InvalidAccount: { http: 404, case: '11', message: 'Invalid Card/Account/Customer', detailJoin: ' ' },
  InvalidBill: { http: 404, case: '12', message: 'Invalid Bill/Virtual Account', detailJoin: ' ' },
  InvalidAmount: { http: 404, case: '13', message: 'Invalid Amount' },
  PaidBill: { http: 404, case: '14', message: 'Paid Bill' },
  InvalidOtp: { http: 404, case: '15', message: 'Invalid OTP' },
  PartnerNotFound: { http: 404, case: '16', message: 'Partner Not Found' },
  InvalidTerminal: { http: 404, case: '17', message: 'Invalid Terminal' },
  InconsistentRequest: { http: 404, case: '18', message: 'Inconsistent Request' },
  InvalidBillVirtualAccount: { http: 404, case: '19', message: 'Invalid Bill/Virtual Account' },
  NotFound: { http: 404, case: '00', message: 'Not Found', detailJoin: '. ' },
  FunctionNotSupported: { http: 405, case: '00', message: 'Requested Function Is Not Supported' },
  OperationNotAllowed: { http: 405, case: '01', message: 'Requested Operation Is Not Allowed' },
  Conflict: { http: 409, case: '00', message: 'Conflict' },
  DuplicatePartnerReferenceNo: { http: 409, case: '01', message: 'Duplicate partnerReferenceNo' },
  PayloadTooLarge: { http: 413, case: '00', message: 'Payload Too Large' },
  UnsupportedMediaType: { http: 415, case: '00', message: 'Unsupported Media Type', detailJoin: '. ' },
  TooManyRequests: { http: 429, case: '00', message: 'Too Many Requests' },
  GeneralError: { http: 500, case: '00', message: 'General Error' },
  InternalServerError: { http: 500, case: '01', message: 'Internal Server Error' },
  ExternalServerError: { http: 500, case: '02', message: 'External Server Error' },
  Timeout: { http: 504, case: '00', message: 'Timeout' },
} as const satisfies Record<string, SnapCase>;

export type SnapKind = keyof typeof SNAP_CASES;

/** Service code for responses that belong to no SNAP service (unknown paths, admin API, pages). */
export const NO_SERVICE = '00';

export function isSnapKind(name: string): name is SnapKind {
  return Object.hasOwn(SNAP_CASES, name);
}

/** Finds the kind for a "<HTTP><case>" pair, e.g. (403, "14") → InsufficientFunds. */
export function kindFor(http: number, caseCode: string): SnapKind | undefined {
  for (const [kind, entry] of Object.entries(SNAP_CASES) as [SnapKind, SnapCase][]) {
    if (entry.http === http && entry.case === caseCode) return kind;
  }
  return undefined;
}
