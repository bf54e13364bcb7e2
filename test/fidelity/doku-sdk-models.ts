/**
 * The response models of DOKU's own Wallet SDKs, written down field by field, and what each SDK's
 * JSON decoder does with a value of the wrong kind. Read from (never copied):
 *
 * - Android: PTNUSASATUINTIARTHA-DOKU/doku-wallet-android-core-sdk,
 *   CoreSDK/src/main/java/com/dokuwallet/coresdk/data/network/response/walletresponse/<Class>.kt,
 *   decoded by Retrofit's GsonConverterFactory (di/CoreModule.kt); error bodies by
 *   `Gson().fromJson(body, ErrorRes)` (data/network/datasource/WalletDataSource.kt).
 *   Gson: a `String?` field takes a string, number or boolean (numbers become their literal) and
 *   throws "Expected a string but was BEGIN_OBJECT" on an object or array; a class-typed field
 *   throws on anything but an object. Unknown keys are ignored.
 * - iOS: PTNUSASATUINTIARTHA-DOKU/doku-wallet-ios-sdk, DokuWalletSDK.xcframework/ios-arm64/
 *   DokuWalletSDK.framework/Modules/DokuWalletSDK.swiftmodule/arm64-apple-ios.swiftinterface
 *   (public `Codable` structs). Swift's JSONDecoder is strict: `String?` takes only a string,
 *   `Int?` only an integer, `Double?` only a number, a struct only an object; absent or null is nil.
 */
export type Scalar = 'String' | 'Int' | 'Double';
export interface Model {
  name: string;
  source: string;
  fields: Record<string, Scalar | Model>;
}
export type Sdk = 'android' | 'ios';

const ANDROID_DIR = 'doku-wallet-android-core-sdk: CoreSDK/src/main/java/com/dokuwallet/coresdk/data/network/response/walletresponse';
const IOS_FILE = 'doku-wallet-ios-sdk: DokuWalletSDK.xcframework/ios-arm64/DokuWalletSDK.framework/Modules/DokuWalletSDK.swiftmodule/arm64-apple-ios.swiftinterface';

function android(name: string, fields: Model['fields']): Model {
  return { name, source: `${ANDROID_DIR}/${name}.kt`, fields };
}
function ios(name: string, fields: Model['fields']): Model {
  return { name, source: IOS_FILE, fields };
}

const S = 'String' as const;

// Android classes
const AmountRes = android('AmountRes', { value: S, currency: S });
const UserInfoRes = android('UserInfoRes', { publicUserId: S });
const QParamsRes = android('QParamsRes', { token: S });
const AdditionalInfoRes = android('AdditionalInfoRes', {
  approvalCode: S,
  deviceId: S,
  linkId: S,
  authCode: S,
  remarks: S,
  merchantId: S,
  pointOfInitiationMethod: S,
  pointOfInitiationMethodDescription: S,
  feeType: S,
  feeTypeDescription: S,
});
const envelope = { responseCode: S, responseMessage: S };

export const ANDROID = {
  ErrorRes: android('ErrorRes', { ...envelope }),
  GetTokenB2BRes: android('GetTokenB2BRes', { ...envelope, accessToken: S, tokenType: S, expiresIn: S, additionalInfo: S }),
  GetTokenB2B2CRes: android('GetTokenB2B2CRes', {
    ...envelope,
    accessToken: S,
    tokenType: S,
    accessTokenExpiryTime: S,
    refreshToken: S,
    refreshTokenExpiryTime: S,
    additionalInfo: S,
  }),
  AccountCreationRes: android('AccountCreationRes', { ...envelope, referenceNo: S, partnerReferenceNo: S }),
  VerifyOtpRes: android('VerifyOtpRes', {
    ...envelope,
    originalPartnerReferenceNo: S,
    originalReferenceNo: S,
    email: S,
    phoneNo: S,
    sendOtpFlag: S,
    additionalInfo: AdditionalInfoRes,
    qparamsURL: S,
    qparams: QParamsRes,
  }),
  AccountBindingRes: android('AccountBindingRes', {
    ...envelope,
    referenceNo: S,
    partnerReferenceNo: S,
    linkId: S,
    nextAction: S,
    redirectUrl: S,
    userInfo: UserInfoRes,
  }),
  QueryAccountBindingRes: android('QueryAccountBindingRes', { ...envelope, partnerReferenceNo: S, additionalInfo: AdditionalInfoRes }),
  BankInquiryRes: android('BankInquiryRes', {
    ...envelope,
    referenceNo: S,
    partnerReferenceNo: S,
    beneficiaryAccountNumber: S,
    beneficiaryAccountName: S,
    beneficiaryBankCode: S,
    amount: AmountRes,
  }),
  BankTransferRes: android('BankTransferRes', { ...envelope, referenceNo: S, partnerReferenceNo: S, transactionDate: S, referenceNumber: S }),
  GenerateQrRes: android('GenerateQrRes', { ...envelope, referenceNo: S, partnerReferenceNo: S, qrContent: S, terminalId: S }),
  QueryQrRes: android('QueryQrRes', {
    ...envelope,
    originalReferenceNo: S,
    originalPartnerReferenceNo: S,
    serviceCode: S,
    latestTransactionStatus: S,
    transactionStatusDesc: S,
    paidTime: S,
    amount: AmountRes,
    feeAmount: AmountRes,
    additionalInfo: AdditionalInfoRes,
  }),
  DecodeQrRes: android('DecodeQrRes', {
    ...envelope,
    referenceNo: S,
    partnerReferenceNo: S,
    merchantName: S,
    merchantCategory: S,
    merchantLocation: S,
    transactionAmount: AmountRes,
    feeAmount: AmountRes,
    additionalInfo: AdditionalInfoRes,
  }),
  PaymentQrRes: android('PaymentQrRes', {
    ...envelope,
    referenceNo: S,
    partnerReferenceNo: S,
    transactionDate: S,
    amount: AmountRes,
    feeAmount: AmountRes,
    additionalInfo: AdditionalInfoRes,
  }),
} as const;

// iOS structs (the iOS SDK has no bank-inquiry or transfer models)
const qrisAmount = (name: string) => ios(name, { value: 'Double', currency: S });
export const IOS = {
  BaseResponse: ios('BaseResponse', { ...envelope }),
  GetTokenB2BResponse: ios('GetTokenB2BResponse', { accessToken: S, tokenType: S, expiresIn: 'Int', additionalInfo: S, ...envelope }),
  GetTokenB2B2CResponse: ios('GetTokenB2B2CResponse', {
    accessToken: S,
    tokenType: S,
    accessTokenExpiryTime: S,
    refreshToken: S,
    refreshTokenExpiryTime: S,
    additionalInfo: S,
    ...envelope,
  }),
  AccountCreationResponse: ios('AccountCreationResponse', { partnerReferenceNo: S, referenceNo: S, ...envelope }),
  VerifyOtpResponse: ios('VerifyOtpResponse', {
    originalPartnerReferenceNo: S,
    originalReferenceNo: S,
    ...envelope,
    email: S,
    phoneNo: S,
    sendOtpFlag: S,
    qparamsURL: S,
    qparams: ios('QParams', { token: S }),
  }),
  AccountBindingResponse: ios('AccountBindingResponse', {
    referenceNo: S,
    partnerReferenceNo: S,
    ...envelope,
    linkId: S,
    nextAction: S,
    redirectUrl: S,
    userInfo: ios('UserInfo', { publicUserId: S }),
  }),
  QueryAccountBindingResponse: ios('QueryAccountBindingResponse', {
    ...envelope,
    partnerReferenceNo: S,
    additionalInfo: ios('QueryAccountBindingAdditionalInfo', { linkId: S, authCode: S, remarks: S, merchantId: S }),
  }),
  GenerateQrisResponse: ios('GenerateQrisResponse', { referenceNo: S, partnerReferenceNo: S, ...envelope, qrContent: S, terminalId: S }),
  QueryQrisResponse: ios('QueryQrisResponse', {
    originalReferenceNo: S,
    originalPartnerReferenceNo: S,
    ...envelope,
    serviceCode: S,
    latestTransactionStatus: S,
    transactionStatusDesc: S,
    paidTime: S,
    amount: qrisAmount('QueryQrisAmount'),
    feeAmount: qrisAmount('QueryQrisFeeAmount'),
    approvalCode: S,
  }),
  DecodeQrisResponse: ios('DecodeQrisResponse', {
    ...envelope,
    referenceNo: S,
    partnerReferenceNo: S,
    merchantName: S,
    merchantCategory: S,
    merchantLocation: S,
    transactionAmount: qrisAmount('DecodeQrisAmount'),
    feeAmount: qrisAmount('DecodeQrisAmount'),
    additionalInfo: ios('DecodeQrisAdditionalInfo', {
      pointOfInitiationMethod: S,
      pointOfInitiationMethodDescription: S,
      feeType: S,
      feeTypeDescription: S,
    }),
  }),
  PaymentQrisResponse: ios('PaymentQrisResponse', {
    ...envelope,
    referenceNo: S,
    partnerReferenceNo: S,
    transactionDate: S,
    amount: qrisAmount('PaymentQrisAmount'),
    feeAmount: qrisAmount('PaymentQrisAmount'),
    additionalInfo: ios('PaymentQrisAdditionalInfo', { approvalCode: S }),
  }),
} as const;

/** Which models decode which endpoint (paths from the Android SDK's utils/WalletEndPoint.kt). */
export interface EndpointModels {
  operationId: string;
  path: string;
  android: Model;
  ios?: Model;
}

export const SDK_ENDPOINTS: EndpointModels[] = [
  { operationId: 'tokenB2b', path: '/authorization/v1/access-token/b2b', android: ANDROID.GetTokenB2BRes, ios: IOS.GetTokenB2BResponse },
  { operationId: 'tokenB2b2c', path: '/authorization/v1/access-token/b2b2c', android: ANDROID.GetTokenB2B2CRes, ios: IOS.GetTokenB2B2CResponse },
  { operationId: 'accountCreation', path: '/snap-adapter/b2b/v1.0/registration-account-creation', android: ANDROID.AccountCreationRes, ios: IOS.AccountCreationResponse },
  { operationId: 'verifyOtp', path: '/snap-adapter/b2b/v1.0/otp-verification', android: ANDROID.VerifyOtpRes, ios: IOS.VerifyOtpResponse },
  { operationId: 'accountBinding', path: '/snap-adapter/b2b/v1.0/registration-account-binding', android: ANDROID.AccountBindingRes, ios: IOS.AccountBindingResponse },
  { operationId: 'accountBindingInquiry', path: '/snap-adapter/b2b/v1.0/registration-account-inquiry', android: ANDROID.QueryAccountBindingRes, ios: IOS.QueryAccountBindingResponse },
  { operationId: 'bankAccountInquiry', path: '/snap-adapter/b2b/v1.0/emoney/bank-account-inquiry', android: ANDROID.BankInquiryRes },
  { operationId: 'transferBank', path: '/snap-adapter/b2b2c/v1.0/emoney/transfer-bank', android: ANDROID.BankTransferRes },
];

/**
 * The QRIS endpoints of both SDKs (spec/paths/qris.yaml). iOS decodes their amounts as Double, so
 * the sandbox answers them as JSON numbers; Android's AmountRes.value String? takes a number's text.
 */
export const SDK_QR_ENDPOINTS: EndpointModels[] = [
  { operationId: 'qrMpmGenerate', path: '/snap-adapter/b2b/v1.0/qr/qr-mpm-generate', android: ANDROID.GenerateQrRes, ios: IOS.GenerateQrisResponse },
  { operationId: 'qrMpmQuery', path: '/snap-adapter/b2b/v1.0/qr/qr-mpm-query', android: ANDROID.QueryQrRes, ios: IOS.QueryQrisResponse },
  { operationId: 'qrMpmDecode', path: '/snap-adapter/b2b/v1.0/qr/qr-mpm-decode', android: ANDROID.DecodeQrRes, ios: IOS.DecodeQrisResponse },
  { operationId: 'qrMpmPayment', path: '/snap-adapter/b2b2c/v1.0/qr/qr-mpm-payment', android: ANDROID.PaymentQrRes, ios: IOS.PaymentQrisResponse },
];

/** Error bodies: Android decodes ErrorRes, iOS reads responseCode/responseMessage (BaseResponse). */
export const ERROR_MODELS: Record<Sdk, Model> = { android: ANDROID.ErrorRes, ios: IOS.BaseResponse };

function kindOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  return typeof value;
}

function scalarProblem(value: unknown, type: Scalar, sdk: Sdk): string | undefined {
  const kind = kindOf(value);
  if (sdk === 'android') {
    // Gson reads String? from a string, number or boolean; Int? from a number (or numeric string).
    if (type === 'String') return ['string', 'number', 'boolean'].includes(kind) ? undefined : `Gson: Expected a string but was ${kind}`;
    return kind === 'number' ? undefined : `Gson: Expected a number but was ${kind}`;
  }
  if (type === 'String') return kind === 'string' ? undefined : `Swift: typeMismatch(String), got ${kind}`;
  if (type === 'Int') return kind === 'number' && Number.isInteger(value) ? undefined : `Swift: typeMismatch(Int), got ${kind} ${JSON.stringify(value)}`;
  return kind === 'number' ? undefined : `Swift: typeMismatch(Double), got ${kind}`;
}

/**
 * What would stop the SDK's decoder on this body, as "<path>: <why> (<model> from <source>)";
 * empty when the SDK decodes it. Absent and null fields are fine (every field is optional).
 */
export function decodeProblems(body: unknown, model: Model, sdk: Sdk, path = '$'): string[] {
  if (body === undefined || body === null) return [];
  if (kindOf(body) !== 'object') return [`${path}: ${sdk === 'android' ? 'Gson: Expected BEGIN_OBJECT' : 'Swift: typeMismatch(struct)'} but was ${kindOf(body)} (${model.name} from ${model.source})`];
  const problems: string[] = [];
  for (const [name, type] of Object.entries(model.fields)) {
    const value = (body as Record<string, unknown>)[name];
    if (value === undefined || value === null) continue;
    if (typeof type === 'string') {
      const problem = scalarProblem(value, type, sdk);
      if (problem) problems.push(`${path}.${name}: ${problem} (${model.name}.${name} is ${type}? in ${model.source})`);
    } else {
      problems.push(...decodeProblems(value, type, sdk, `${path}.${name}`));
    }
  }
  return problems;
}
