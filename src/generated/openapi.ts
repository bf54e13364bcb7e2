/**
 * Generated from spec/ by `npm run gen:types` (test/spec/gen-types.ts, openapi-typescript).
 * Do not edit: change spec/ and run it again.
 */

export interface paths {
    "/snap-adapter/b2b/v1.0/registration-account-creation": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Account Creation (registration, sends an OTP)
         * @description Opens a pending registration and "sends" a 6-digit OTP to phoneNo (read it with GET /admin/otps; 6280000000000 always gets 000000). The OTP lives OTP_TTL_SECONDS (300). Calling again for the same phone with a new partnerReferenceNo re-sends a new OTP on the same registration and returns the same referenceNo. Next: Verify OTP, then the Create-PIN page, which redirects to redirectUrl?accountId=…&partnerReferenceNo=…&status=SUCCESS. A phone that already has a wallet → 4030605 Do Not Honor.
         */
        post: operations["accountCreation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/snap-adapter/b2b2c/v1.0/auth/payment": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Auth Payment (places a hold on the customer's balance)
         * @description Moves the amount from the customer's available balance to a hold (Balance Inquiry shows it as holdAmount). Capture moves held money to the merchant, Void gives it back. No PIN page: the customer token is the customer's consent. Insufficient available balance → 403xx14, above the partner's per-transaction maximum → 403xx02.
         */
        post: operations["authPayment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/snap-adapter/b2b/v1.0/auth/payment": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Auth Payment (places a hold on the customer's balance)
         * @description Moves the amount from the customer's available balance to a hold (Balance Inquiry shows it as holdAmount). Capture moves held money to the merchant, Void gives it back. No PIN page: the customer token is the customer's consent. Insufficient available balance → 403xx14, above the partner's per-transaction maximum → 403xx02.
         */
        post: operations["authPaymentB2b"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/snap-adapter/b2b/v1.0/auth/capture": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Capture Payment (held money → merchant)
         * @description Captures part or all of what an authorisation still holds; several partial captures may follow each other. lastCapture "TRUE" releases whatever is still held back to the customer after this capture. More than is held → 404xx13 Invalid Amount; an authorisation that was voided or is closed → 404xx00 Invalid Transaction Status; unknown → 404xx01.
         */
        post: operations["authCapture"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/snap-adapter/b2b2c/v1.0/auth/capture": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Capture Payment (held money → merchant)
         * @description Captures part or all of what an authorisation still holds; several partial captures may follow each other. lastCapture "TRUE" releases whatever is still held back to the customer after this capture. More than is held → 404xx13 Invalid Amount; an authorisation that was voided or is closed → 404xx00 Invalid Transaction Status; unknown → 404xx01.
         */
        post: operations["authCaptureB2b2c"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/snap-adapter/b2b/v1.0/auth/void": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Void Auth Payment (held money → customer)
         * @description Releases what an authorisation still holds, also after partial captures. Without voidAmount (or with voidRemainingAmount "TRUE") the whole remainder is released and the authorisation closes; with voidAmount only that much. More than is held → 404xx13; an authorisation that is already voided or closed → 404xx00; unknown → 404xx01.
         */
        post: operations["authVoid"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/snap-adapter/b2b2c/v1.0/auth/void": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Void Auth Payment (held money → customer)
         * @description Releases what an authorisation still holds, also after partial captures. Without voidAmount (or with voidRemainingAmount "TRUE") the whole remainder is released and the authorisation closes; with voidAmount only that much. More than is held → 404xx13; an authorisation that is already voided or closed → 404xx00; unknown → 404xx01.
         */
        post: operations["authVoidB2b2c"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/snap-adapter/b2b2c/v1.0/balance-inquiry": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Balance Inquiry
         * @description The customer's wallet balance; the account is the one behind the customer token.
         */
        post: operations["balanceInquiry"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/snap-adapter/b2b/v1.0/registration-account-binding": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Account Binding (returns the consent page as nextAction)
         * @description Opens a binding of the wallet successParams.accountId to the calling partner. Open nextAction (GET) in a browser: the customer confirms with the wallet PIN (3 wrong PINs lock the wallet for PIN_LOCK_SECONDS) and the page redirects to redirectUrl?authCode=<uuid>. The authCode buys B2B2C tokens at /authorization/v1/access-token/b2b2c for as long as the binding lives. Binding the same wallet again replaces the earlier binding once confirmed. Unknown accountId → 4040711; a wallet that is not active → 4030718.
         */
        post: operations["accountBinding"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/snap-adapter/b2b/v1.0/registration-account-inquiry": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Query Account Binding (the encrypted authCode of a live binding)
         * @description additionalInfo.authCode is the binding's authCode, AES/ECB/PKCS5 with the partner's authCodeKey, base64, as DOKU's demo apps decrypt it. No live binding for this partner and accountId → 4040811; a partner without an authCodeKey → 4030801.
         */
        post: operations["accountBindingInquiry"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/snap-adapter/b2b/v1.0/registration-account-unbinding": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Account Unbinding (starts an OTP; Verify OTP completes it)
         * @description Names the binding by linkId, or by additionalInfo.accountId, or by the customer token. Sends an OTP to the wallet's phone and answers referenceNo; Verify OTP with originalReferenceNo = referenceNo and originalPartnerReferenceNo = partnerReferenceNo ends the binding and revokes its tokens. Until then the binding keeps working. No live binding → 4040911. DOKU's path is not published: served under /b2b/ and /b2b2c/.
         */
        post: operations["accountUnbinding"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/snap-adapter/b2b2c/v1.0/registration-account-unbinding": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Account Unbinding (starts an OTP; Verify OTP completes it)
         * @description Names the binding by linkId, or by additionalInfo.accountId, or by the customer token. Sends an OTP to the wallet's phone and answers referenceNo; Verify OTP with originalReferenceNo = referenceNo and originalPartnerReferenceNo = partnerReferenceNo ends the binding and revokes its tokens. Until then the binding keeps working. No live binding → 4040911. DOKU's path is not published: served under /b2b/ and /b2b2c/.
         */
        post: operations["accountUnbindingB2b2c"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/direct-debit/core/v1/registration-account-binding": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Account binding (an e-wallet or bank account, by phone number)
         * @description Opens a PENDING binding of the customer's account at the channel (found by phoneNo) and answers redirectUrl, the channel's page where the customer allows or declines it, and the authCode, which buys B2B2C tokens once the customer allowed. Card channels (BRI, Mandiri) → 4030701; an account with a live binding to this merchant → 4030705; Allo Bank needs deviceModel, osType, channelId and X-DEVICE-ID → 4000702 naming the missing one.
         */
        post: operations["ddAccountBinding"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/direct-debit/core/v1/registration-account-unbinding": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Account unbinding
         * @description Ends the binding whose B2B2C token is tokenId, at once: its tokens and authCode stop working. tokenId not a live token of this merchant's account binding on that channel → 4040911.
         */
        post: operations["ddAccountUnbinding"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/direct-debit/core/v1/registration-card-bind": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Card registration (BRI, Mandiri)
         * @description cardData is the card encrypted as DOKU's SDKs do it: base64(AES-128-CBC(JSON {bankCardNo, bankCardType, expiryDate MMYY, …}, key = the client secret's first 16 characters)) + "|" + base64(IV). Opens a PENDING card binding and answers the channel's page (redirectUrl, the OTP step) and the authCode. cardData that does not decrypt to a card → 4000101; an expired card → 4030108; an account channel → 4030101.
         */
        post: operations["ddCardRegistration"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/direct-debit/core/v1/registration-card-unbind": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Card unbinding
         * @description The card binding whose B2B2C token is tokenId ends at once; another token → 4040511.
         */
        post: operations["ddCardUnbinding"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/direct-debit/core/v1/debit/payment-host-to-host": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Payment, host-to-host (with the binding's customer token) or jump app (DANA, ShopeePay)
         * @description With a customer token: a payment from the bound account on additionalInfo.channel, which must hold the amount now (4035414); successPaymentUrl and failedPaymentUrl are required, and the channel's own fields (Allo Bank: remarks and lineItems, partnerReferenceNo of 32–64; CIMB: remarks, partnerReferenceNo of at most 12; OVO: payOptionDetails). Without one: a jump-app payment (DANA, ShopeePay only, with X-DEVICE-ID and urlParam PAY_RETURN); any other channel → 4015401 Invalid Customer Token. Either way the payment opens pending (03) and webRedirectUrl is the channel's page where the customer pays or cancels; then the browser returns to the merchant's URL and the merchant gets DOKU's notification. Pending past validUpTo (default 30 min) → 06. Above the partner's transactionMaxMinor → 4035402; a partnerReferenceNo reused with another body → 4095401 (the same body: the first answer again).
         */
        post: operations["ddPayment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/direct-debit/core/v1/balance-inquiry": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Balance inquiry of the bound account
         * @description The account behind the customer token, on additionalInfo.channel. A token that is not a direct-debit binding's (a DOKU Wallet customer's) or a binding on another channel → 4041111.
         */
        post: operations["ddBalanceInquiry"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/direct-debit/core/v1/debit/refund": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Refund a direct-debit payment
         * @description In parts up to what was paid (more → 4045813); not paid → 4045800; 04 once fully refunded. Host-to-host payments need the customer token of their binding (DANA and ShopeePay jump-app payments do not). Reference lengths follow the channel (OVO 32, CIMB and BRI 12, Allo Bank 32–64). A partnerRefundNo reused with another body → 4095801.
         */
        post: operations["ddRefund"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/orders/v1.0/debit/status": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Check status of a direct-debit payment
         * @description By originalReferenceNo, else originalPartnerReferenceNo, else originalExternalId (none → 4005502; no such payment → 4045501). serviceCode is 55, as DOKU's SDKs send it. latestTransactionStatus 03 pending, 00 paid, 04 refunded in full, 05 cancelled by the customer, 06 failed or expired.
         */
        post: operations["ddCheckStatus"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/snap-adapter/b2b2c/v1.0/transaction-history-list": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Transaction History List
         * @description Every transaction of the customer's wallet (top-ups, purchases, refunds, cancels, bank transfers, authorisations, captures, voids, through any partner), newest first, created between fromDateTime and toDateTime (inclusive). Defaults: toDateTime now (or one month after fromDateTime, if sooner), fromDateTime one month before toDateTime. A range longer than one calendar month is 400xx01 toDateTime; fromDateTime more than one year back (or after toDateTime) is 400xx01 fromDateTime. pageNumber counts from 0; pageSize 1–100, default 10. Dates look like 2024-03-26T16:01:41+07:00. additionalInfo.debitCredit is the entry's effect on the customer's balance (available + held): DEBIT, CREDIT or NONE (nothing moved, e.g. a pending purchase or a hold).
         */
        post: operations["transactionHistoryList"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/snap-adapter/b2b/v1.0/transaction-history-list": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Transaction History List
         * @description Every transaction of the customer's wallet (top-ups, purchases, refunds, cancels, bank transfers, authorisations, captures, voids, through any partner), newest first, created between fromDateTime and toDateTime (inclusive). Defaults: toDateTime now (or one month after fromDateTime, if sooner), fromDateTime one month before toDateTime. A range longer than one calendar month is 400xx01 toDateTime; fromDateTime more than one year back (or after toDateTime) is 400xx01 fromDateTime. pageNumber counts from 0; pageSize 1–100, default 10. Dates look like 2024-03-26T16:01:41+07:00. additionalInfo.debitCredit is the entry's effect on the customer's balance (available + held): DEBIT, CREDIT or NONE (nothing moved, e.g. a pending purchase or a hold).
         */
        post: operations["transactionHistoryListB2b"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/snap-adapter/b2b2c/v1.0/transaction-history-detail": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Transaction History Detail
         * @description One transaction of the customer's wallet, by the partnerReferenceNo this partner gave it. When several share it (a purchase and its cancel), the original transaction is returned. Unknown, another partner's or another customer's → 404xx01 Transaction Not Found.
         */
        post: operations["transactionHistoryDetail"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/snap-adapter/b2b/v1.0/transaction-history-detail": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Transaction History Detail
         * @description One transaction of the customer's wallet, by the partnerReferenceNo this partner gave it. When several share it (a purchase and its cancel), the original transaction is returned. Unknown, another partner's or another customer's → 404xx01 Transaction Not Found.
         */
        post: operations["transactionHistoryDetailB2b"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/snap-adapter/b2b/v1.0/otp-verification": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Verify OTP (registration or unbinding)
         * @description Checks the OTP of a journey opened by Account Creation or Account Unbinding, named by the references that call returned. Registration: answers qparamsURL + qparams.token, the Create-PIN page (open "<qparamsURL>?token=<qparams.token>"). Unbinding: ends the binding; its authCode and customer tokens stop working. Wrong OTP → 4040415 (the third wrong one → 4030411 OTP Blocked, for good); expired → 4030412; unknown originalReferenceNo → 4040401; originalPartnerReferenceNo not of that journey, or the journey no longer waits for an OTP → 4040407.
         */
        post: operations["verifyOtp"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/snap-adapter/b2b/v1.0/otp": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Request OTP (re-send the OTP of a pending journey)
         * @description Embedded-wallet "Request OTP"; DOKU's path and fields are not published, so the sandbox names the journey as Verify OTP does (originalReferenceNo + originalPartnerReferenceNo). Issues a new code with a new lifetime and a fresh attempt count. Served under /b2b/ and /b2b2c/. A blocked journey stays blocked (4038111).
         */
        post: operations["requestOtp"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/snap-adapter/b2b2c/v1.0/otp": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Request OTP (re-send the OTP of a pending journey)
         * @description Embedded-wallet "Request OTP"; DOKU's path and fields are not published, so the sandbox names the journey as Verify OTP does (originalReferenceNo + originalPartnerReferenceNo). Issues a new code with a new lifetime and a fresh attempt count. Served under /b2b/ and /b2b2c/. A blocked journey stays blocked (4038111).
         */
        post: operations["requestOtpB2b2c"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/snap-adapter/b2b2c/v1.0/debit/payment-host-to-host": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Purchase Web (opens a pending purchase paid on the PIN page)
         * @description Opens a pending purchase (latestTransactionStatus 03) for the customer behind the customer token and returns webRedirectUrl, the sandbox's PIN payment page. The customer pays there; the browser is then redirected to the return URL (urlParams PAY_RETURN, or additionalInfo.successPaymentUrl / failedPaymentUrl) with partnerReferenceNo, referenceNo, status (SUCCESS|FAILED) and responseCode appended, and the partner receives a signed payment notification. An unpaid purchase expires at validUpTo (default 30 minutes). The wallet must hold the amount when the purchase is opened (403xx14), and again when the PIN is entered.
         */
        post: operations["purchaseWeb"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/snap-adapter/b2b/v1.0/debit/payment-host-to-host": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Purchase Web (opens a pending purchase paid on the PIN page)
         * @description Opens a pending purchase (latestTransactionStatus 03) for the customer behind the customer token and returns webRedirectUrl, the sandbox's PIN payment page. The customer pays there; the browser is then redirected to the return URL (urlParams PAY_RETURN, or additionalInfo.successPaymentUrl / failedPaymentUrl) with partnerReferenceNo, referenceNo, status (SUCCESS|FAILED) and responseCode appended, and the partner receives a signed payment notification. An unpaid purchase expires at validUpTo (default 30 minutes). The wallet must hold the amount when the purchase is opened (403xx14), and again when the PIN is entered.
         */
        post: operations["purchaseWebB2b"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/snap-adapter/b2b/v1.0/debit/status": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Query Purchase
         * @description The purchase by originalReferenceNo or originalPartnerReferenceNo (at least one). An unpaid purchase past its validUpTo reports 06 (expired, originalResponseCode 4035400). latestTransactionStatus 00 paid, 03 waiting for the PIN, 04 fully refunded, 05 cancelled, 06 failed or expired.
         */
        post: operations["purchaseStatus"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/snap-adapter/b2b2c/v1.0/debit/status": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Query Purchase
         * @description The purchase by originalReferenceNo or originalPartnerReferenceNo (at least one). An unpaid purchase past its validUpTo reports 06 (expired, originalResponseCode 4035400). latestTransactionStatus 00 paid, 03 waiting for the PIN, 04 fully refunded, 05 cancelled, 06 failed or expired.
         */
        post: operations["purchaseStatusB2b2c"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/snap-adapter/b2b/v1.0/debit/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Cancel Purchase
         * @description A paid purchase without refunds is reversed in full (the amount goes back to the wallet) and becomes 05; a purchase still waiting for the PIN is closed (05, its PIN page stops working). Any other state (failed, expired, cancelled, refunded in part or in full) → 404xx00 Invalid Transaction Status. A repeat cancel under a new X-EXTERNAL-ID is therefore 404xx00, not a replay; under the same X-EXTERNAL-ID with the same body it gets the original answer with HTTP 409.
         */
        post: operations["purchaseCancel"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/snap-adapter/b2b2c/v1.0/debit/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Cancel Purchase
         * @description A paid purchase without refunds is reversed in full (the amount goes back to the wallet) and becomes 05; a purchase still waiting for the PIN is closed (05, its PIN page stops working). Any other state (failed, expired, cancelled, refunded in part or in full) → 404xx00 Invalid Transaction Status. A repeat cancel under a new X-EXTERNAL-ID is therefore 404xx00, not a replay; under the same X-EXTERNAL-ID with the same body it gets the original answer with HTTP 409.
         */
        post: operations["purchaseCancelB2b2c"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/snap-adapter/b2b/v1.0/debit/refund": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Refund Purchase
         * @description Refunds a paid purchase in full (refundAmount omitted: whatever is left) or in part; several partial refunds may follow each other up to the paid amount, more → 404xx13 Invalid Amount. Once fully refunded the purchase reports 04. A purchase that is not paid → 404xx00. partnerRefundNo is unique per partner: a repeat with the same body returns the original result, a different body → 409xx01.
         */
        post: operations["purchaseRefund"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/snap-adapter/b2b2c/v1.0/debit/refund": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Refund Purchase
         * @description Refunds a paid purchase in full (refundAmount omitted: whatever is left) or in part; several partial refunds may follow each other up to the paid amount, more → 404xx13 Invalid Amount. Once fully refunded the purchase reports 04. A purchase that is not paid → 404xx00. partnerRefundNo is unique per partner: a repeat with the same body returns the original result, a different body → 409xx01.
         */
        post: operations["purchaseRefundB2b2c"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/snap-adapter/b2b/v1.0/qr/qr-mpm-generate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * QR MPM Generate
         * @description A QRIS payload (EMVCo MPM) for the calling partner's merchant: merchantId must be the partner's, terminalId one of its terminals. With an amount above 0.00 the QR is dynamic (point of initiation 12, payable once, valid until validityPeriod or QR_VALIDITY_SECONDS, default 30 minutes); without one it is static (11, the customer types the amount). additionalInfo.feeType: 1 no fee, 2 fixed fee of feeAmount, 3 the customer adds a tip. The PNG of every QR is at GET /admin/qris/{referenceNo}/image.png.
         */
        post: operations["qrMpmGenerate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/snap-adapter/b2b/v1.0/qr/qr-mpm-decode": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * QR MPM Decode
         * @description Reads any QRIS payload, the sandbox's own or another acquirer's. Refusals name the problem: 400xx00 broken TLV structure, 400xx01 wrong CRC, unknown payload version or a malformed value (amount, currency, country), 400xx02 a missing tag; one of the sandbox's own QRs that is expired → 403xx00, cancelled → 404xx04, a dynamic QR already paid → 404xx14. feeType in additionalInfo: 1 NO_TIPS, 2 FIX_TIPS, 3 OPEN_TIPS (the customer adds a tip), 4 PERCENTAGE_TIPS (the sandbox's name for tag 57).
         */
        post: operations["qrMpmDecode"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/snap-adapter/b2b2c/v1.0/qr/qr-mpm-payment": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * QR MPM Payment
         * @description The customer behind the customer token pays a QR generated by this sandbox (additionalInfo.qrContent, exactly as Generate wrote it; any other QRIS → 404xx08). amount must be the QR's when it carries one (dynamic), else it is the amount paid (static). feeAmount must be the QR's fixed or percentage fee; a QR that asks for a tip takes any feeAmount as the tip. Wallet → the merchant partner's settlement, amount + fee: a short wallet is 4035014. A dynamic QR is paid once (404xx14 after), an expired one 403xx00, a cancelled one 404xx04. The merchant partner is notified. partnerReferenceNo is unique per partner: a repeat with the same body returns the original result.
         */
        post: operations["qrMpmPayment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/snap-adapter/b2b/v1.0/qr/qr-mpm-query": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * QR MPM Query
         * @description The QR by originalReferenceNo or originalPartnerReferenceNo of its Generate (its merchant asks), or a payment by the referenceNo / partnerReferenceNo of its Payment (its merchant or its payer asks). An unpaid QR reports 03 Pending, 05 after a cancel, 06 Expired; a paid one its latest payment: 00, 04 fully refunded, 05 cancelled. Unknown, or another merchant's (merchantId, when sent, must be the QR's) → 404xx01. serviceCode is echoed.
         */
        post: operations["qrMpmQuery"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/snap-adapter/b2b/v1.0/qr/qr-mpm-refund": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * QR MPM Refund
         * @description The QR's merchant refunds a payment, named by the QR's references (its latest payment) or the payment's referenceNo. Partial refunds up to what was paid (amount + fee), more → 404xx13; refundAmount omitted refunds what is left; fully refunded → 04. Not paid → 404xx00. partnerRefundNo is unique per partner: the same body again returns the original result, a different one → 409xx01.
         */
        post: operations["qrMpmRefund"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/snap-adapter/b2b/v1.0/qr/qr-mpm-cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * QR MPM Cancel
         * @description The QR's merchant cancels. A QR nobody paid is closed (05; Decode and Payment refuse it with 404xx04). A payment never refunded is reversed in full (the wallet gets amount + fee back) and becomes 05. Anything else (expired, cancelled, refunded) → 404xx00. Under the same X-EXTERNAL-ID with the same body a repeat gets the original answer with HTTP 409.
         */
        post: operations["qrMpmCancel"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/authorization/v1/access-token/b2b": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Get a B2B access token
         * @description Signed with the partner's RSA key. Issuing a new token invalidates the client's earlier B2B tokens (the latest token is processed). A token lives TOKEN_TTL_SECONDS (900) and every successful use slides its expiry.
         */
        post: operations["tokenB2b"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/authorization/v1/access-token/b2b2c": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Get a B2B2C (customer) access token
         * @description Exchanges the authCode of an account binding (reusable while the binding lives) or a refreshToken for a customer token. authCode is mandatory with grantType authorization_code, refreshToken with grantType refresh_token.
         */
        post: operations["tokenB2b2c"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/snap-adapter/b2b/v1.0/emoney/account-inquiry": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Account Inquiry Top Up
         * @description Who would receive a top-up and within which limits. customerNumber is the wallet's accountId or its phone number (62…, +62… or 0…). minAmount/maxAmount are the partner's per-top-up limits; the amount is checked against them and against the wallet balance cap, as the top-up itself would be (403xx02, 403xx23). Unknown customer 404xx11, inactive 403xx18.
         */
        post: operations["topUpAccountInquiry"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/snap-adapter/b2b2c/v1.0/emoney/account-inquiry": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Account Inquiry Top Up
         * @description Who would receive a top-up and within which limits. customerNumber is the wallet's accountId or its phone number (62…, +62… or 0…). minAmount/maxAmount are the partner's per-top-up limits; the amount is checked against them and against the wallet balance cap, as the top-up itself would be (403xx02, 403xx23). Unknown customer 404xx11, inactive 403xx18.
         */
        post: operations["topUpAccountInquiryB2b2c"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/snap-adapter/b2b/v1.0/emoney/topup": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Account Top Up
         * @description Moves the amount from the partner's corporate balance into the customer's wallet (one ledger posting corporate → wallet). Idempotent on partnerReferenceNo: the same body again returns the original result without moving money twice; a different body is 409xx01. Amount outside the partner's topUpMin/topUpMax 403xx02; wallet balance cap 403xx23; partner corporate balance short 403xx14 (with additionalInfo.reason); unknown customer 404xx11; inactive wallet 403xx18.
         */
        post: operations["topUp"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/snap-adapter/b2b2c/v1.0/emoney/topup": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Account Top Up
         * @description Moves the amount from the partner's corporate balance into the customer's wallet (one ledger posting corporate → wallet). Idempotent on partnerReferenceNo: the same body again returns the original result without moving money twice; a different body is 409xx01. Amount outside the partner's topUpMin/topUpMax 403xx02; wallet balance cap 403xx23; partner corporate balance short 403xx14 (with additionalInfo.reason); unknown customer 404xx11; inactive wallet 403xx18.
         */
        post: operations["topUpB2b2c"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/snap-adapter/b2b/v1.0/emoney/topup-status": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Query Top Up
         * @description The status of one of this partner's top-ups, found by originalReferenceNo, originalPartnerReferenceNo or originalExternalId (at least one; checked in that order). A refused top-up is not a transaction, so asking for it gives 404xx01 Transaction Not Found.
         */
        post: operations["topUpStatus"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/snap-adapter/b2b2c/v1.0/emoney/topup-status": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Query Top Up
         * @description The status of one of this partner's top-ups, found by originalReferenceNo, originalPartnerReferenceNo or originalExternalId (at least one; checked in that order). A refused top-up is not a transaction, so asking for it gives 404xx01 Transaction Not Found.
         */
        post: operations["topUpStatusB2b2c"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/snap-adapter/b2b/v1.0/emoney/bank-account-inquiry": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Transfer Bank Account Inquiry
         * @description The beneficiary's name for a bank account, so the customer can confirm a transfer out of the wallet. Beneficiaries come from fixtures/bank-accounts.json; the bank code may be sent in additionalInfo.bankCode (as DOKU's SDK does) or additionalInfo.beneficiaryBankCode and must then match. Unknown or INVALID account 404xx11; unknown or inactive customer 404xx11 / 403xx18; amount over the partner's transactionMax 403xx02; amount 0.00 404xx13.
         */
        post: operations["bankAccountInquiry"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/snap-adapter/b2b2c/v1.0/emoney/transfer-bank": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Transfer Bank Account Payment
         * @description Moves the amount from the customer's wallet (named by the customer token) to the bank account: one ledger posting wallet → clearing:bank. customerNumber, when sent, must name the same wallet. Idempotent on partnerReferenceNo (same body → the original result; different body → 409xx01). Insufficient funds 403xx14; amount over the partner's transactionMax 403xx02; unknown or INVALID bank account 404xx11; inactive wallet 403xx18; amount 0.00 404xx13.
         */
        post: operations["transferBank"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/virtual-accounts/bi-snap-va/v1.1/transfer-va/create-va": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create VA (DGPC or MGPC)
         * @description Registers a virtual account the customer pays at the bank. MGPC: the merchant names it (partnerServiceId + customerNo = virtualAccountNo). DGPC: customerNo and virtualAccountNo left out, the sandbox generates a 12-digit customerNo. virtualAccountTrxType C is a closed amount (paid exactly totalAmount), O an open amount (any amount within virtualAccountConfig.minAmount–maxAmount), V open with those bounds required. A reusable VA (virtualAccountConfig.reusableStatus) takes several payments until it expires. The VA expires at expiredDate on the sandbox clock. Refusals: virtualAccountNo not partnerServiceId + customerNo → 400xx01; totalAmount above the partner's transactionMaxMinor → 4032702; a live VA with the same number → 4092700; a live VA of the partner with the same trxId → 4092701.
         */
        post: operations["createVa"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/virtual-accounts/bi-snap-va/v1.1/transfer-va/update-va": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Update VA
         * @description Changes a live virtual account named by virtualAccountNo (or partnerServiceId + customerNo) and its trxId. Fields sent as null or left out keep their value; totalAmount.value, expiredDate, name, email, phone and the trx type can change, and additionalInfo.virtualAccountConfig.status INACTIVE stops payments (ACTIVE resumes them). Unknown VA or another trxId → 4042812; a paid, non-reusable VA → 4042814.
         */
        put: operations["updateVa"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/virtual-accounts/bi-snap-va/v1.1/transfer-va/delete-va": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Delete VA (payment code)
         * @description Ends a live virtual account (DELETE with a JSON body, as DOKU's SDKs send it): it takes no more payments and its number may be created again. Its payments stay, and the status check still finds them. Unknown VA or another trxId → 4043112; a paid, non-reusable VA → 4043114.
         */
        delete: operations["deleteVa"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/orders/v1.0/transfer-va/status": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Check VA status
         * @description The payment state of a virtual account: its latest payment, or the one named by paymentRequestId. paymentFlagStatus 00 and paymentFlagReason Success/Sukses once paid; before that no paymentFlagStatus, paymentFlagReason Pending/Belum Terbayar and paidAmount 0.00. A deleted VA is still found. Unknown VA → 4042612; a paymentRequestId that is not a payment of this VA → 4042601.
         */
        post: operations["checkStatusVa"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Liveness and readiness
         * @description 200 once the spec is compiled and the store is open. 503 while the disk refuses to write DATA_FILE (disk full, I/O error, read-only): writes answer 500xx01 and change nothing, reads still work. Asking tries the disk again (at most every 2 s), so it turns 200 by itself once the disk takes writes again.
         */
        get: operations["health"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/partners": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List partners (secrets masked) */
        get: operations["adminListPartners"];
        put?: never;
        /**
         * Register or replace a partner
         * @description An existing clientId is replaced. corporateBalance, when given, tops the partner's corporate balance up to that amount. With notificationTokenUrl the partner's token endpoint is asked for a token before anything is stored.
         */
        post: operations["adminRegisterPartner"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/journal": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The latest requests, newest first
         * @description Each entry has method, path, partner, status, responseCode, timing, the request and response (secrets masked unless reveal=true), signature diagnostics (expected stringToSign, body hash, which component differs) and the scenario rule that fired.
         */
        get: operations["adminJournal"];
        put?: never;
        post?: never;
        /** Empty the journal */
        delete: operations["adminClearJournal"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/journal/summary": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * How many calls the journal holds, by operation, partner, responseCode and HTTP status
         * @description Counts the requests the journal holds (the latest JOURNAL_SIZE since it was last emptied), grouped by operation (the SNAP operationId; for pages and the admin API the method and path without the query, ids as ":id", e.g. "POST /webview/purchase"), partner (clientId), responseCode and HTTP status, most frequent first. since and until are inclusive and read on the sandbox clock, as the journal's times are. evicted counts calls that no longer fit in the journal: when it is not 0, older calls are missing from the counts. The in-process admin client's expectCalled() checks these counts.
         */
        get: operations["adminJournalSummary"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/otps": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * OTPs "sent" by the sandbox (registration and unbinding), newest first
         * @description What the customer would receive by SMS. Filter by phoneNo or by referenceNo (the journey's referenceNo from Account Creation or Account Unbinding).
         */
        get: operations["adminListOtps"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/accounts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every wallet with its balance and bindings */
        get: operations["adminListAccounts"];
        put?: never;
        /**
         * Create an active wallet directly (no OTP, no PIN page), optionally bound to a partner
         * @description For QA set-up. Any 6-digit PIN is accepted (the weak-PIN rule applies only to the Create-PIN page). balance is issued into the wallet through the ledger. With bindTo (a partner's clientId) the wallet is also bound to that partner and the answer carries the binding's linkId and authCode, ready for /authorization/v1/access-token/b2b2c. A phone that already has a wallet → 4030005; an unknown bindTo partner → 4040016.
         */
        post: operations["adminCreateAccount"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/accounts/{accountId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One wallet with its balance and bindings */
        get: operations["adminGetAccount"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/direct-debit/bindings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Direct-debit account bindings and card registrations, newest first
         * @description Each with its channel, the customer's phone, the merchant's custIdMerchant, status (PENDING until the customer answers the channel's page, then ACTIVE or FAILED; UNBOUND), its authCode and the balance of the bound account at the channel.
         */
        get: operations["adminListDebitBindings"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/keys": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The public key of the sandbox's DOKU key pair
         * @description The sandbox signs as DOKU with one RSA key pair: its access tokens (RS256 JWTs) and its token requests to partners' notificationTokenUrl (X-SIGNATURE = SHA256withRSA(private key, clientId|X-TIMESTAMP)). A partner checks those with this public key, e.g. as the dokuPublicKey of DOKU's Node SDK. The default pair is TEST-ONLY (fixtures/keys); DOKU_PRIVATE_KEY_FILE replaces it.
         */
        get: operations["adminKeys"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/ledger/verify": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Check the ledger's invariants
         * @description Always 200; `ok` is false when any check fails, and that check's `detail` names the postings, accounts or transactions at fault. Checks: postings-balanced (every posting's entries sum to zero), no-negative-balance (only `issuance` may be below zero), transactions-have-postings (status 00 with an amount, and 04, need postings; 01/02/03/06/07 must have none, except an open AUTH_PAYMENT's hold; a CANCEL needs them only when it reversed a paid parent), postings-have-transactions (every posting belongs to a transaction except issuance credits from seeds and admin, and only those touch issuance), balances-match-entries (each balance equals the sum of its entries).
         */
        get: operations["adminVerifyLedger"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/metrics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Prometheus metrics (text exposition format)
         * @description Counted since the process started (POST /admin/reset does not zero them), over the same requests the journal records (the dashboard's reads of /admin, /health, /docs and /metrics itself are not counted). doku_snap_sandbox_requests_total{operation,status,response_code} and doku_snap_sandbox_request_duration_seconds{operation} (a histogram), where operation is the SNAP operationId or, for pages and the admin API, the method and path as the journal's summary names it; doku_snap_sandbox_scenario_firings_total{scenario,rule}; doku_snap_sandbox_notification_attempts_total{result} (delivered, refused: a non-2xx answer, error: no answer or no token, dropped by a scenario); and the gauges doku_snap_sandbox_tenants, doku_snap_sandbox_wallets and doku_snap_sandbox_transactions (what the store holds when scraped). Needs no admin token.
         */
        get: operations["metrics"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/notifications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Payment notifications sent to partners, with every delivery attempt
         * @description Newest first. Each notification has its target URL, the body and the headers of its latest send (X-SIGNATURE over "POST:<path of the URL>:<token in Authorization>:<lowerhex sha256 of the body>:<X-TIMESTAMP>", HMAC-SHA512 with the partner's clientSecret), its status (PENDING while retries remain, DELIVERED after a 2xx answer, FAILED after the last attempt, SKIPPED when no notification URL is configured) and every attempt: time, HTTP status or error, an excerpt of the answer, the scenario fault applied, if any, and the token step (partners with a notificationTokenUrl). A notification answered 401 with a kept token is sent again at once with a new token: both sends are listed under the same attempt number.
         */
        get: operations["adminListNotifications"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/notifications/{id}/redeliver": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Send a notification again, as a new message
         * @description Queues a copy of the notification: the same body, to the same URL (for one that was SKIPPED, to the partner's notificationUrl now), with a new X-EXTERNAL-ID, since it is a new message and not a retry. The worker sends it at once with a fresh X-TIMESTAMP and X-SIGNATURE, in DOKU's token model for partners with a notificationTokenUrl, and retries it like any other; scenario faults apply to it too. It is listed in GET /admin/notifications with redeliveryOf naming the original. An unknown id → 404, one with nowhere to go → 400; nothing is queued then.
         */
        post: operations["adminRedeliverNotification"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/scenarios": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Active scenarios with per-rule counters, and the library in SCENARIOS_DIR
         * @description Rules are tried in the order listed (the built-in magic values last); the first rule that fires decides a request. `matched` counts calls that met a rule's matchers (what `nth` counts), `uses` the times its effect was applied (what `times` limits).
         */
        get: operations["adminListScenarios"];
        put?: never;
        /**
         * Activate a scenario (JSON or YAML body, or by name from SCENARIOS_DIR)
         * @description The body is a scenario (format: scenarios/schema.json) in JSON, or in YAML with Content-Type application/yaml or text/yaml; or `{"name": "<file name>"}` to activate a file from SCENARIOS_DIR. A scenario with the name of an active one replaces it (its counters start again); its name is its id. An invalid scenario → 400 with every problem in `errors` (JSON pointer + message) and nothing activated.
         */
        post: operations["adminActivateScenario"];
        /** Deactivate every scenario except the built-in magic values */
        delete: operations["adminClearScenarios"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/scenarios/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Deactivate one scenario (magic-values included) */
        delete: operations["adminDeleteScenario"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/clock": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The sandbox clock */
        get: operations["adminGetClock"];
        put?: never;
        /**
         * Move, pin or reset the sandbox clock
         * @description Token, OTP and purchase expiry, X-TIMESTAMP skew, history dates and scenario clock windows all follow it. It keeps running from where it is put. Partners must sign X-TIMESTAMP near the sandbox clock (TIMESTAMP_SKEW_SECONDS).
         */
        post: operations["adminMoveClock"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/reset": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Back to the state of boot
         * @description The store holds the fixtures again (every wallet, token, OTP, transaction, notification gone), the clock is back to real time, scenarios are the built-in magic values plus those named by SCENARIOS at startup (counters at zero), held connections are let go and the journal is emptied.
         */
        post: operations["adminReset"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/qris": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * QR codes issued by QR MPM Generate, newest first
         * @description Each QR with its payload (qrContent), its state (status 03 payable, 00 paid, 05 cancelled, 06 expired, by the sandbox clock), its payments and imageUrl, the PNG to scan with a phone. The dashboard's "QRIS codes" panel.
         */
        get: operations["adminListQrCodes"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/qris/{referenceNo}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One QR code by its referenceNo */
        get: operations["adminGetQrCode"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/qris/{referenceNo}/image.png": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The QR code as a PNG, to scan with a phone
         * @description Error correction M, a 4-module quiet zone, scale pixels per module (default 8).
         */
        get: operations["adminQrCodeImage"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/tenants": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every tenant, the default one first */
        get: operations["adminListTenants"];
        put?: never;
        /**
         * Make a tenant
         * @description A new world with the fixture wallets and a fresh partner of its own in place of each fixture partner: a new clientId, a TEST-ONLY secret and a new RSA key pair, with the fixture partner's name, limits, merchant fields and corporate balance, and the fixture wallets bound to it with the same authCodes. The private key is in this answer only (the sandbox keeps the public key). The tenant's clock runs at real time, its scenarios are the built-in magic values plus SCENARIOS, and POST /admin/tenants/{tenantId}/reset returns it to this state, its partner's credentials unchanged. With DATA_FILE it lasts across restarts.
         */
        post: operations["adminCreateTenant"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/tenants/{tenantId}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @example default */
                tenantId: string;
            };
            cookie?: never;
        };
        /** One tenant */
        get: operations["adminGetTenant"];
        put?: never;
        post?: never;
        /**
         * Remove a tenant and everything in it
         * @description Its partners' clientIds are free again. The default tenant cannot be deleted (409): POST /admin/reset returns it to the fixtures.
         */
        delete: operations["adminDeleteTenant"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/transactions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Recent transactions of every partner and wallet, newest first
         * @description Top-ups, purchases, QRIS payments, refunds, cancels, bank transfers and auth/capture/void, as the ledger holds them: DOKU's referenceNo, the partner's partnerReferenceNo, the SNAP status code (latestTransactionStatus) and the amount. The dashboard's "Recent transactions" panel.
         */
        get: operations["adminListTransactions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/virtual-accounts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Virtual accounts of every partner, newest first */
        get: operations["adminListVirtualAccounts"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/virtual-accounts/{virtualAccountNo}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One virtual account with its payments (the live one with this number, else the latest) */
        get: operations["adminGetVirtualAccount"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/virtual-accounts/{virtualAccountNo}/pay": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Pay a virtual account as its customer would at the bank
         * @description The number without the padding spaces of partnerServiceId (spaces are ignored). A closed VA (C) takes exactly its totalAmount (amount may be left out); an open one (O, V) any amount above 0.00 within its bounds. The money is posted to the merchant's settlement through the channel's VA clearing, a closed non-reusable VA becomes PAID, and the merchant's notificationUrl gets DOKU's VA payment notification. Refusals carry the VA payment service code 25: unknown or inactive VA → 4042512, expired → 4042519, paid → 4042514, wrong amount → 4042513, over the partner's limit → 4032502, bad amount → 4002501. Direct inquiry (DIPC): a number that is no live VA but starts with a partner's partnerServiceId, registered with a directInquiryUrl, is first asked about at that URL (signed like a notification; channel says which bank asks, default VIRTUAL_ACCOUNT_BCA). The bill the merchant answers (2002400, inquiryStatus 00) becomes the VA that is paid; a decline or an unusable answer → 4042512 naming why; no answer within 5 s → 5042500.
         */
        post: operations["adminPayVirtualAccount"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/webviews/complete": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Fill in and submit a sandbox page as a browser would
         * @description For CI without a browser. Opens the page at url over HTTP through the whole server (journal, scenario rules on pages and the page's own handler, as a browser's requests go), reads its form, types the PIN, presses a button and submits the form. The Create-PIN page takes newPin (typed in both PIN fields; pin is accepted too), the consent and purchase PIN pages take pin. decision picks the button: approve (the default) the main one, reject the secondary one (Decline on the direct-debit binding page, Cancel on its payment page); a page without that choice → 400. fields fills in other fields by name (the bank simulator's amount, senderName, channel; a JUMP_APP payment's phoneNo). A wrong PIN is a wrong PIN typed on the page: it counts toward the lock. The answer is the page's own: status, redirect (the Location of a 302, else null), the page's heading and its alert line. A page that shows no form (an expired or used link, a locked wallet) is answered as it was shown, without submitting anything. A url that is not one of this sandbox's pages → 400, and nothing is requested.
         */
        post: operations["adminCompleteWebview"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        /** @description An amount. In a request, value is "10000.00" or a whole number of rupiah ("10000"), as DOKU's own Wallet SDK and demo apps send it (Android demo GenerateQrisViewModel.kt); endpoints where DOKU's clients send no amount take MoneyTwoDecimals instead. Answers always carry two decimals. */
        Money: {
            value: components["schemas"]["MoneyValueWholeAllowed"];
            /** @enum {string} */
            currency: "IDR";
        };
        /** @description An amount whose value has exactly two decimals (SNAP's String(16,2)), e.g. "10000.00" */
        MoneyTwoDecimals: {
            value: components["schemas"]["MoneyValue"];
            /** @enum {string} */
            currency: "IDR";
        };
        /**
         * @description Decimal with exactly two fraction digits, at most 13 integer digits (so every amount is an exact integer of sen)
         * @example 10000.00
         */
        MoneyValue: string;
        /**
         * @description "10000.00" or "10000": at most 13 integer digits and, when there is a fraction, exactly two digits. No sign, exponent, separator or single decimal.
         * @example 10000.00
         */
        MoneyValueWholeAllowed: string;
        AdditionalInfo: {
            [key: string]: unknown;
        };
        /** @description ISO-8601 with offset, e.g. 2024-03-26T16:01:41+07:00 */
        DateTime: string;
        PartnerReferenceNo: string;
        ResponseCode: string;
        SnapError: {
            responseCode: components["schemas"]["ResponseCode"];
            responseMessage: string;
        } & {
            [key: string]: unknown;
        };
        /**
         * @description International format without "+", starting 628 (11 to 14 digits), as DOKU's demo apps validate
         * @example 6281212340010
         */
        IndonesianPhoneNo: string;
        /** Format: uri */
        RedirectUrl: string;
        /**
         * @description DOKU Wallet accountId (10 digits in DOKU's examples)
         * @example 1140340010
         */
        AccountId: string;
        /** @description An amount (as Money, "10000" or "10000.00"), or null (DOKU's Node SDK sends null for a payOptionDetails amount it was not given) */
        MoneyOrNull: {
            value: components["schemas"]["MoneyValueWholeAllowed"];
            /** @enum {string} */
            currency: "IDR";
        } | null;
        /**
         * @description DOKU's direct-debit and e-wallet channels (the SDKs' DIRECT_DEBIT_CHANNEL)
         * @enum {string}
         */
        DebitChannel: "DIRECT_DEBIT_ALLO_SNAP" | "DIRECT_DEBIT_CIMB_SNAP" | "DIRECT_DEBIT_MANDIRI_SNAP" | "DIRECT_DEBIT_BRI_SNAP" | "EMONEY_OVO_SNAP" | "EMONEY_SHOPEE_PAY_SNAP" | "EMONEY_DANA_SNAP";
        DebitUnbindingRequest: {
            tokenId: string;
            additionalInfo: {
                channel: components["schemas"]["DebitChannel"];
                origin?: Record<string, unknown>;
            };
        };
        DebitUnbindingAnswer: {
            /** @enum {string} */
            responseCode: "2000900" | "2000500";
            responseMessage: string;
            referenceNo: string;
            additionalInfo?: components["schemas"]["AdditionalInfo"];
        };
        DebitBindingAnswer: {
            /** @enum {string} */
            responseCode: "2000700" | "2000100";
            responseMessage: string;
            referenceNo: string;
            redirectUrl: string;
            additionalInfo: {
                custIdMerchant: string;
                /** @enum {string} */
                status: "PENDING";
                authCode: string;
            };
        };
        /**
         * @description from latestTransactionStatus: 00 SUCCESS, 01/02/03 INIT, 04 REFUNDED, 05 CANCELLED, 06 CLOSED, 07 NOT_FOUND
         * @enum {string}
         */
        HistoryStatus: "SUCCESS" | "INIT" | "REFUNDED" | "CANCELLED" | "CLOSED" | "NOT_FOUND";
        /**
         * @description TOP_UP, PAYMENT (purchase), REFUND, CANCEL, SEND_MONEY (transfer to bank), AUTH (authorisation hold), CAPTURE, VOID
         * @enum {string}
         */
        HistoryType: "TOP_UP" | "PAYMENT" | "REFUND" | "CANCEL" | "SEND_MONEY" | "AUTH" | "CAPTURE" | "VOID";
        HistorySourceOfFunds: {
            /** @description BALANCE (the wallet) or PARTNER_DEPOSIT (a top-up from the partner) */
            source: string;
            amount: components["schemas"]["Money"];
        };
        HistoryAdditionalInfo: {
            referenceNo: string;
            partnerReferenceNo: string;
            /** @enum {string} */
            latestTransactionStatus: "00" | "01" | "02" | "03" | "04" | "05" | "06" | "07";
            /** @enum {string} */
            debitCredit: "DEBIT" | "CREDIT" | "NONE";
        };
        HistoryEntry: {
            dateTime: components["schemas"]["DateTime"];
            amount: components["schemas"]["Money"];
            remark?: string;
            sourceOfFunds?: components["schemas"]["HistorySourceOfFunds"][];
            status: components["schemas"]["HistoryStatus"];
            type: components["schemas"]["HistoryType"];
            additionalInfo: components["schemas"]["HistoryAdditionalInfo"];
        };
        /** @description An amount in a response DOKU's Wallet SDKs parse: value is a JSON number of rupiah (iOS declares it Double; Android's String field takes the number's text). */
        QrisAmount: {
            value: number;
            /** @enum {string} */
            currency: "IDR";
        };
        /** @description additionalInfo of a QR response; DOKU's AdditionalInfoRes declares every field String, so every value is one. */
        QrisStringInfo: {
            [key: string]: string;
        };
        /** @description DOKU's Wallet SDKs declare additionalInfo of both token answers as a string (Android GetTokenB2BRes.kt / GetTokenB2B2CRes.kt `String?`, iOS GetTokenB2BResponse / GetTokenB2B2CResponse `String?`): an object stops both decoders. The sandbox leaves it out. */
        TokenAdditionalInfo: string;
        /** @description The BIN of the VA, left-padded with spaces to 8 characters (e.g. "   88899") */
        PartnerServiceId: string;
        VaCustomerNo: string;
        /** @description partnerServiceId + customerNo, spaces included */
        VirtualAccountNo: string;
        VirtualAccountName: string;
        VaTrxId: string;
        /**
         * @description C closed amount, O open amount, V open amount within virtualAccountConfig's bounds
         * @enum {string}
         */
        VaTrxType: "C" | "O" | "V";
        /** @description yyyy-MM-ddTHH:mm:ss±hh:mm (the SDK's pattern; no fraction, no Z) */
        VaDateTime: string;
        /**
         * @description The bank channel of the VA (DOKU's SDK channel lists)
         * @enum {string}
         */
        VaChannel: "VIRTUAL_ACCOUNT_BCA" | "VIRTUAL_ACCOUNT_BANK_MANDIRI" | "VIRTUAL_ACCOUNT_MANDIRI" | "VIRTUAL_ACCOUNT_BANK_SYARIAH_MANDIRI" | "VIRTUAL_ACCOUNT_BRI" | "VIRTUAL_ACCOUNT_BNI" | "VIRTUAL_ACCOUNT_DOKU" | "VIRTUAL_ACCOUNT_PERMATA" | "VIRTUAL_ACCOUNT_BANK_PERMATA" | "VIRTUAL_ACCOUNT_CIMB" | "VIRTUAL_ACCOUNT_BANK_CIMB" | "VIRTUAL_ACCOUNT_DANAMON" | "VIRTUAL_ACCOUNT_BANK_DANAMON" | "VIRTUAL_ACCOUNT_BNC" | "VIRTUAL_ACCOUNT_BSI" | "VIRTUAL_ACCOUNT_BSS" | "VIRTUAL_ACCOUNT_BTN" | "VIRTUAL_ACCOUNT_MAYBANK" | "VIRTUAL_ACCOUNT_SINARMAS" | "VIRTUAL_ACCOUNT_SINARMAS_FULL" | "VIRTUAL_ACCOUNT_QNB";
        VaFreeText: {
            english: string;
            indonesia: string;
        }[];
        VirtualAccountData: {
            partnerServiceId: string;
            customerNo: string;
            virtualAccountNo: string;
            virtualAccountName: string;
            virtualAccountEmail?: string;
            virtualAccountPhone?: string;
            trxId: string;
            totalAmount: components["schemas"]["Money"];
            virtualAccountTrxType: string;
            expiredDate?: string;
            freeText?: components["schemas"]["VaFreeText"];
            additionalInfo: {
                channel: string;
                howToPayPage: string;
                howToPayApi: string;
                virtualAccountConfig?: {
                    reusableStatus?: boolean;
                    /** @enum {string} */
                    status?: "ACTIVE" | "INACTIVE";
                    minAmount?: string;
                    maxAmount?: string;
                };
            };
        };
        AdminPartner: {
            clientId: string;
            name?: string;
            /** @description masked */
            clientSecret: string;
            publicKey: string;
            notificationUrl?: string | null;
            /** @description masked */
            authCodeKey?: string | null;
            merchantId?: string | null;
            notificationTokenUrl?: string | null;
            /**
             * @description this partner's, or TOKEN_POLICY's
             * @enum {string}
             */
            tokenPolicy?: "latest-only" | "concurrent";
            terminals?: string[];
            merchantName?: string | null;
            merchantCity?: string | null;
            merchantPostalCode?: string | null;
            mcc?: string | null;
            /** @description set or derived; null without merchantId */
            nmid?: string | null;
            corporateBalance?: string;
            directInquiryUrl?: string | null;
            partnerServiceId?: string | null;
            createdAt?: string;
        };
        JournalEntry: {
            id: number;
            at: string;
            method: string;
            path: string;
            operationId?: string;
            partner?: string;
            status: number;
            responseCode?: string;
            durationMs: number;
            diagnostics?: {
                [key: string]: unknown;
            };
            scenario?: {
                [key: string]: unknown;
            };
            request?: {
                [key: string]: unknown;
            };
            response?: {
                [key: string]: unknown;
            };
        };
        AdminOtp: {
            referenceNo: string;
            partnerReferenceNo?: string;
            clientId?: string;
            /** @enum {string} */
            purpose: "REGISTRATION" | "UNBINDING";
            phoneNo: string;
            otp: string;
            issuedAt?: string;
            expiresAt: string;
            expired?: boolean;
            /** @description wrong codes so far */
            attempts: number;
            attemptsLeft?: number;
            blocked: boolean;
            journeyStatus?: string;
        };
        AdminAccount: {
            accountId: string;
            publicUserId: string;
            name: string;
            email?: string | null;
            phoneNo: string;
            /** @enum {string} */
            status: "ACTIVE" | "BLOCKED" | "INACTIVE";
            balance: components["schemas"]["MoneyValue"];
            holdAmount?: components["schemas"]["MoneyValue"];
            pinFailures?: number;
            pinLockedUntil?: string | null;
            createdAt?: string;
            bindings: {
                linkId: string;
                clientId: string;
                authCode: string;
                /** @enum {string} */
                status: "PENDING" | "ACTIVE" | "UNBINDING" | "UNBOUND";
                createdAt?: string;
                unboundAt?: string | null;
            }[];
        };
        AdminNotification: {
            id: string;
            clientId: string;
            transactionId: string;
            url: string;
            /** @enum {string} */
            status: "PENDING" | "DELIVERED" | "FAILED" | "SKIPPED";
            createdAt: string;
            nextAttemptAt?: string | null;
            body: {
                [key: string]: unknown;
            };
            headers: {
                [key: string]: string;
            };
            /** @description Sent again on demand (POST /admin/notifications/{id}/redeliver): the id of the original */
            redeliveryOf?: string | null;
            attempts: {
                attempt?: number;
                at: string;
                status?: number;
                error?: string;
                responseBody?: string;
                durationMs?: number;
                fault?: string;
                /** @description Partners with a notificationTokenUrl: how the token in Authorization was obtained. cached = a token asked for earlier and not yet expired; otherwise the token request's HTTP status or error. A failed token request is a failed attempt (no notification was sent; error starts with "token request failed"). */
                token?: {
                    url: string;
                    cached?: boolean;
                    status?: number;
                    error?: string;
                    durationMs?: number;
                };
            }[];
        };
        ActiveScenario: {
            id: string;
            name: string;
            description?: string;
            /** @enum {string} */
            source: "builtin" | "startup" | "api";
            activatedAt: string;
            rules: {
                name: string;
                effect: string;
                times?: number;
                matched: number;
                uses: number;
                exhausted: boolean;
            }[];
        };
        ScenarioProblems: {
            responseCode: string;
            responseMessage: string;
            errors: {
                path: string;
                message: string;
            }[];
        };
        SandboxClock: {
            /** @description UTC ISO time */
            now: string;
            /** @description Asia/Jakarta, as DOKU writes times: 2024-03-26T16:01:41+07:00 */
            nowWib: string;
            offsetSeconds: number;
        };
        AdminQrCode: {
            referenceNo: string;
            partnerReferenceNo: string;
            clientId: string;
            merchantId: string;
            terminalId: string;
            /** @enum {string} */
            type: "DYNAMIC" | "STATIC";
            /** @description Money; null for a static QR */
            amount: {
                value: components["schemas"]["MoneyValue"];
                /** @enum {string} */
                currency: "IDR";
            } | null;
            /** @enum {string} */
            feeType: "1" | "2" | "3";
            feeAmount: components["schemas"]["Money"];
            /** @enum {string} */
            status: "00" | "03" | "05" | "06";
            statusDesc: string;
            validUntil: string | null;
            payments: number;
            lastPaymentReferenceNo: string | null;
            qrContent: string;
            imageUrl: string;
            createdAt: string;
        };
        Tenant: {
            /** @description default, or the id POST /admin/tenants gave */
            tenantId: string;
            name: string;
            /**
             * Format: date-time
             * @description Real time (the tenant's own clock may be elsewhere)
             */
            createdAt: string;
            /** @description The default tenant: plain /admin/… and calls of unknown clientIds */
            default: boolean;
            /** @description Its partners */
            clientIds: string[];
            wallets: number;
            transactions: number;
        };
        AdminTransaction: {
            referenceNo: string;
            type: string;
            clientId: string;
            accountId: string | null;
            partnerReferenceNo: string;
            /** @description For refunds, cancels, captures and voids: the transaction they act on */
            parentReferenceNo: string | null;
            /** @enum {string} */
            status: "00" | "01" | "02" | "03" | "04" | "05" | "06" | "07";
            statusDesc: string;
            amount: components["schemas"]["Money"];
            createdAt: string;
            updatedAt: string;
        };
        AdminVirtualAccount: {
            number: string;
            virtualAccountNo: string;
            clientId: string;
            trxId: string;
            channel: string;
            name: string;
            /** @enum {string} */
            trxType: "C" | "O" | "V";
            totalAmount: components["schemas"]["Money"];
            minAmount?: string | null;
            maxAmount?: string | null;
            reusable: boolean;
            /** @enum {string} */
            generatedBy: "DOKU" | "MERCHANT" | "DIRECT_INQUIRY";
            /** @enum {string} */
            status: "ACTIVE" | "INACTIVE" | "PAID" | "EXPIRED" | "DELETED";
            expiredDate?: string | null;
            paidAmount: components["schemas"]["Money"];
            payments: {
                referenceNo: string;
                paymentRequestId: string;
                paidAmount: components["schemas"]["Money"];
                paidAt: string;
                /** @enum {string} */
                via: "admin" | "bank-simulator";
            }[];
            createdAt: string;
        };
    };
    responses: {
        /** @description SNAP error: responseCode = HTTP status + service code + case code */
        SnapError: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "responseCode": "4017300",
                 *       "responseMessage": "Unauthorized. Invalid Signature"
                 *     }
                 */
                "application/json": components["schemas"]["SnapError"];
            };
        };
    };
    parameters: {
        /**
         * @description ISO-8601 with offset or Z, with or without milliseconds, e.g. 2024-03-26T16:01:41+07:00
         * @example 2024-03-26T16:01:41+07:00
         */
        XTimestamp: string;
        /**
         * @description The partner's DOKU Client ID
         * @example BRN-0001-1732500000001
         */
        XClientKey: string;
        /** @description base64(SHA256withRSA(private key, clientId + "|" + X-TIMESTAMP)) */
        XSignatureAsymmetric: string;
        /** @description base64(HMAC-SHA512(clientSecret, METHOD + ":" + path + ":" + B2B accessToken + ":" + lowerhex(SHA-256(minified body)) + ":" + X-TIMESTAMP)) */
        XSignatureSymmetric: string;
        /**
         * @description The partner's DOKU Client ID (same value as X-CLIENT-KEY on token calls)
         * @example BRN-0001-1732500000001
         */
        XPartnerId: string;
        /**
         * @description Numeric, at most 36 digits, unique per partner per calendar day (Asia/Jakarta). Reused on an operation that changes state with the same body (key order and whitespace aside) after a success: the original answer again, referenceNo included, with HTTP 409 and nothing done twice. Reused otherwise (another body, another operation, a first call that was refused, a query): 409xx00 Conflict.
         * @example 41807553358950093184162180797837
         */
        XExternalId: string;
        ChannelId: string;
        XDeviceId: string;
        XIpAddress: string;
        Origin: string;
        /**
         * @description Unique per partner per calendar day (Asia/Jakarta). DOKU's Node SDK sends a UUID followed by a millisecond timestamp on its VA calls (`_commons/commonFunction.js`), so letters and hyphens are accepted here, up to 64 characters.
         * @example 3f2b8c1e-8d4a-4b6f-9c2d-1a2b3c4d5e6f-1732500000000
         */
        XExternalIdVa: string;
    };
    requestBodies: never;
    headers: {
        /**
         * @description When the sandbox answered, WIB without milliseconds (DOKU's Get Token pages list this response header)
         * @example 2022-10-07T14:26:50+07:00
         */
        TokenXTimestamp: string;
        /**
         * @description The partner's client id, as sent in X-CLIENT-KEY (DOKU's Get Token pages list this response header)
         * @example BRN-0001-1732500000001
         */
        TokenXClientKey: string;
    };
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    accountCreation: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description ISO-8601 with offset or Z, with or without milliseconds, e.g. 2024-03-26T16:01:41+07:00
                 * @example 2024-03-26T16:01:41+07:00
                 */
                "X-TIMESTAMP": components["parameters"]["XTimestamp"];
                /**
                 * @description The partner's DOKU Client ID (same value as X-CLIENT-KEY on token calls)
                 * @example BRN-0001-1732500000001
                 */
                "X-PARTNER-ID": components["parameters"]["XPartnerId"];
                /**
                 * @description Numeric, at most 36 digits, unique per partner per calendar day (Asia/Jakarta). Reused on an operation that changes state with the same body (key order and whitespace aside) after a success: the original answer again, referenceNo included, with HTTP 409 and nothing done twice. Reused otherwise (another body, another operation, a first call that was refused, a query): 409xx00 Conflict.
                 * @example 41807553358950093184162180797837
                 */
                "X-EXTERNAL-ID": components["parameters"]["XExternalId"];
                /** @description base64(HMAC-SHA512(clientSecret, METHOD + ":" + path + ":" + B2B accessToken + ":" + lowerhex(SHA-256(minified body)) + ":" + X-TIMESTAMP)) */
                "X-SIGNATURE": components["parameters"]["XSignatureSymmetric"];
                "CHANNEL-ID"?: components["parameters"]["ChannelId"];
                "X-DEVICE-ID"?: components["parameters"]["XDeviceId"];
                "X-IP-ADDRESS"?: components["parameters"]["XIpAddress"];
                ORIGIN?: components["parameters"]["Origin"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "partnerReferenceNo": "f1a69bce-41bc-4abd-8c5c-01910574e404",
                 *       "name": "SNAP account",
                 *       "email": "snap.account@example.com",
                 *       "phoneNo": "6281212340099",
                 *       "redirectUrl": "https://doku.com"
                 *     }
                 */
                "application/json": {
                    partnerReferenceNo: components["schemas"]["PartnerReferenceNo"];
                    name: string;
                    /** Format: email */
                    email: string;
                    phoneNo: components["schemas"]["IndonesianPhoneNo"];
                    redirectUrl: components["schemas"]["RedirectUrl"];
                    customerId?: string;
                    countryCode?: string;
                    lang?: string;
                    locale?: string;
                    deviceInfo?: {
                        os?: string;
                        osVersion?: string;
                        model?: string;
                        manufacturer?: string;
                    };
                    onboardingPartner?: string;
                    scopes?: string;
                    seamlessData?: string;
                    seamlessSign?: string;
                    state?: string;
                    merchantId?: string;
                    subMerchantId?: string;
                    terminalType?: string;
                    additionalInfo?: components["schemas"]["AdditionalInfo"];
                };
            };
        };
        responses: {
            /** @description Registration opened, OTP sent */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "responseCode": "2000600",
                     *       "responseMessage": "Successful",
                     *       "referenceNo": "7Q2M0X4K9B1C5D8E3F6A",
                     *       "partnerReferenceNo": "f1a69bce-41bc-4abd-8c5c-01910574e404"
                     *     }
                     */
                    "application/json": {
                        /** @enum {string} */
                        responseCode: "2000600";
                        responseMessage: string;
                        /** @description DOKU's reference; Verify OTP's originalReferenceNo */
                        referenceNo: string;
                        partnerReferenceNo: string;
                        additionalInfo?: components["schemas"]["AdditionalInfo"];
                    };
                };
            };
            default: components["responses"]["SnapError"];
        };
    };
    authPayment: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description ISO-8601 with offset or Z, with or without milliseconds, e.g. 2024-03-26T16:01:41+07:00
                 * @example 2024-03-26T16:01:41+07:00
                 */
                "X-TIMESTAMP": components["parameters"]["XTimestamp"];
                /**
                 * @description The partner's DOKU Client ID (same value as X-CLIENT-KEY on token calls)
                 * @example BRN-0001-1732500000001
                 */
                "X-PARTNER-ID": components["parameters"]["XPartnerId"];
                /**
                 * @description Numeric, at most 36 digits, unique per partner per calendar day (Asia/Jakarta). Reused on an operation that changes state with the same body (key order and whitespace aside) after a success: the original answer again, referenceNo included, with HTTP 409 and nothing done twice. Reused otherwise (another body, another operation, a first call that was refused, a query): 409xx00 Conflict.
                 * @example 41807553358950093184162180797837
                 */
                "X-EXTERNAL-ID": components["parameters"]["XExternalId"];
                /** @description base64(HMAC-SHA512(clientSecret, METHOD + ":" + path + ":" + B2B accessToken + ":" + lowerhex(SHA-256(minified body)) + ":" + X-TIMESTAMP)) */
                "X-SIGNATURE": components["parameters"]["XSignatureSymmetric"];
                "CHANNEL-ID"?: components["parameters"]["ChannelId"];
                "X-DEVICE-ID"?: components["parameters"]["XDeviceId"];
                "X-IP-ADDRESS"?: components["parameters"]["XIpAddress"];
                ORIGIN?: components["parameters"]["Origin"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "partnerReferenceNo": "AUTH-20241125-0001",
                 *       "merchantId": "M-SANDBOX-0001",
                 *       "amount": {
                 *         "value": "150000.00",
                 *         "currency": "IDR"
                 *       },
                 *       "title": "Hotel deposit",
                 *       "items": [
                 *         {
                 *           "goodsId": "ROOM-1",
                 *           "price": {
                 *             "value": "150000.00",
                 *             "currency": "IDR"
                 *           },
                 *           "category": "lodging",
                 *           "unit": "night",
                 *           "quantity": "1"
                 *         }
                 *       ]
                 *     }
                 */
                "application/json": {
                    partnerReferenceNo: components["schemas"]["PartnerReferenceNo"];
                    merchantId?: string;
                    subMerchantId?: string;
                    amount: components["schemas"]["MoneyTwoDecimals"];
                    feeType?: string;
                    mcc?: string;
                    productCode?: string;
                    title: string;
                    items?: {
                        [key: string]: unknown;
                    }[];
                    additionalInfo?: components["schemas"]["AdditionalInfo"];
                };
            };
        };
        responses: {
            /** @description Hold placed */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        responseCode: "2006300";
                        responseMessage: string;
                        referenceNo: string;
                        partnerReferenceNo: string;
                        amount: components["schemas"]["Money"];
                        paidTime: string;
                        additionalInfo?: components["schemas"]["AdditionalInfo"];
                    };
                };
            };
            default: components["responses"]["SnapError"];
        };
    };
    authPaymentB2b: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description ISO-8601 with offset or Z, with or without milliseconds, e.g. 2024-03-26T16:01:41+07:00
                 * @example 2024-03-26T16:01:41+07:00
                 */
                "X-TIMESTAMP": components["parameters"]["XTimestamp"];
                /**
                 * @description The partner's DOKU Client ID (same value as X-CLIENT-KEY on token calls)
                 * @example BRN-0001-1732500000001
                 */
                "X-PARTNER-ID": components["parameters"]["XPartnerId"];
                /**
                 * @description Numeric, at most 36 digits, unique per partner per calendar day (Asia/Jakarta). Reused on an operation that changes state with the same body (key order and whitespace aside) after a success: the original answer again, referenceNo included, with HTTP 409 and nothing done twice. Reused otherwise (another body, another operation, a first call that was refused, a query): 409xx00 Conflict.
                 * @example 41807553358950093184162180797837
                 */
                "X-EXTERNAL-ID": components["parameters"]["XExternalId"];
                /** @description base64(HMAC-SHA512(clientSecret, METHOD + ":" + path + ":" + B2B accessToken + ":" + lowerhex(SHA-256(minified body)) + ":" + X-TIMESTAMP)) */
                "X-SIGNATURE": components["parameters"]["XSignatureSymmetric"];
                "CHANNEL-ID"?: components["parameters"]["ChannelId"];
                "X-DEVICE-ID"?: components["parameters"]["XDeviceId"];
                "X-IP-ADDRESS"?: components["parameters"]["XIpAddress"];
                ORIGIN?: components["parameters"]["Origin"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "partnerReferenceNo": "AUTH-20241125-0001",
                 *       "merchantId": "M-SANDBOX-0001",
                 *       "amount": {
                 *         "value": "150000.00",
                 *         "currency": "IDR"
                 *       },
                 *       "title": "Hotel deposit",
                 *       "items": [
                 *         {
                 *           "goodsId": "ROOM-1",
                 *           "price": {
                 *             "value": "150000.00",
                 *             "currency": "IDR"
                 *           },
                 *           "category": "lodging",
                 *           "unit": "night",
                 *           "quantity": "1"
                 *         }
                 *       ]
                 *     }
                 */
                "application/json": {
                    partnerReferenceNo: components["schemas"]["PartnerReferenceNo"];
                    merchantId?: string;
                    subMerchantId?: string;
                    amount: components["schemas"]["MoneyTwoDecimals"];
                    feeType?: string;
                    mcc?: string;
                    productCode?: string;
                    title: string;
                    items?: {
                        [key: string]: unknown;
                    }[];
                    additionalInfo?: components["schemas"]["AdditionalInfo"];
                };
            };
        };
        responses: {
            /** @description Hold placed */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        responseCode: "2006300";
                        responseMessage: string;
                        referenceNo: string;
                        partnerReferenceNo: string;
                        amount: components["schemas"]["Money"];
                        paidTime: string;
                        additionalInfo?: components["schemas"]["AdditionalInfo"];
                    };
                };
            };
            default: components["responses"]["SnapError"];
        };
    };
    authCapture: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description ISO-8601 with offset or Z, with or without milliseconds, e.g. 2024-03-26T16:01:41+07:00
                 * @example 2024-03-26T16:01:41+07:00
                 */
                "X-TIMESTAMP": components["parameters"]["XTimestamp"];
                /**
                 * @description The partner's DOKU Client ID (same value as X-CLIENT-KEY on token calls)
                 * @example BRN-0001-1732500000001
                 */
                "X-PARTNER-ID": components["parameters"]["XPartnerId"];
                /**
                 * @description Numeric, at most 36 digits, unique per partner per calendar day (Asia/Jakarta). Reused on an operation that changes state with the same body (key order and whitespace aside) after a success: the original answer again, referenceNo included, with HTTP 409 and nothing done twice. Reused otherwise (another body, another operation, a first call that was refused, a query): 409xx00 Conflict.
                 * @example 41807553358950093184162180797837
                 */
                "X-EXTERNAL-ID": components["parameters"]["XExternalId"];
                /** @description base64(HMAC-SHA512(clientSecret, METHOD + ":" + path + ":" + B2B accessToken + ":" + lowerhex(SHA-256(minified body)) + ":" + X-TIMESTAMP)) */
                "X-SIGNATURE": components["parameters"]["XSignatureSymmetric"];
                "CHANNEL-ID"?: components["parameters"]["ChannelId"];
                "X-DEVICE-ID"?: components["parameters"]["XDeviceId"];
                "X-IP-ADDRESS"?: components["parameters"]["XIpAddress"];
                ORIGIN?: components["parameters"]["Origin"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "originalReferenceNo": "7Q2K9M4X1B8C5D3E6F0G",
                 *       "originalPartnerReferenceNo": "AUTH-20241125-0001",
                 *       "merchantId": "M-SANDBOX-0001",
                 *       "partnerCaptureNo": "CAP-20241125-0001",
                 *       "captureAmount": {
                 *         "value": "100000.00",
                 *         "currency": "IDR"
                 *       },
                 *       "title": "Hotel night 1",
                 *       "lastCapture": "FALSE"
                 *     }
                 */
                "application/json": {
                    originalReferenceNo: string;
                    originalPartnerReferenceNo: string;
                    merchantId?: string;
                    subMerchantId?: string;
                    partnerCaptureNo: string;
                    captureAmount: components["schemas"]["MoneyTwoDecimals"];
                    title?: string;
                    /** @enum {string} */
                    lastCapture?: "TRUE" | "FALSE";
                    additionalInfo?: components["schemas"]["AdditionalInfo"];
                };
            };
        };
        responses: {
            /** @description Captured */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        responseCode: "2006500";
                        responseMessage: string;
                        originalReferenceNo: string;
                        originalPartnerReferenceNo: string;
                        partnerCaptureNo: string;
                        captureNo?: string;
                        captureAmount: components["schemas"]["Money"];
                        captureTime?: string;
                        additionalInfo?: components["schemas"]["AdditionalInfo"];
                    };
                };
            };
            default: components["responses"]["SnapError"];
        };
    };
    authCaptureB2b2c: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description ISO-8601 with offset or Z, with or without milliseconds, e.g. 2024-03-26T16:01:41+07:00
                 * @example 2024-03-26T16:01:41+07:00
                 */
                "X-TIMESTAMP": components["parameters"]["XTimestamp"];
                /**
                 * @description The partner's DOKU Client ID (same value as X-CLIENT-KEY on token calls)
                 * @example BRN-0001-1732500000001
                 */
                "X-PARTNER-ID": components["parameters"]["XPartnerId"];
                /**
                 * @description Numeric, at most 36 digits, unique per partner per calendar day (Asia/Jakarta). Reused on an operation that changes state with the same body (key order and whitespace aside) after a success: the original answer again, referenceNo included, with HTTP 409 and nothing done twice. Reused otherwise (another body, another operation, a first call that was refused, a query): 409xx00 Conflict.
                 * @example 41807553358950093184162180797837
                 */
                "X-EXTERNAL-ID": components["parameters"]["XExternalId"];
                /** @description base64(HMAC-SHA512(clientSecret, METHOD + ":" + path + ":" + B2B accessToken + ":" + lowerhex(SHA-256(minified body)) + ":" + X-TIMESTAMP)) */
                "X-SIGNATURE": components["parameters"]["XSignatureSymmetric"];
                "CHANNEL-ID"?: components["parameters"]["ChannelId"];
                "X-DEVICE-ID"?: components["parameters"]["XDeviceId"];
                "X-IP-ADDRESS"?: components["parameters"]["XIpAddress"];
                ORIGIN?: components["parameters"]["Origin"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "originalReferenceNo": "7Q2K9M4X1B8C5D3E6F0G",
                 *       "originalPartnerReferenceNo": "AUTH-20241125-0001",
                 *       "merchantId": "M-SANDBOX-0001",
                 *       "partnerCaptureNo": "CAP-20241125-0001",
                 *       "captureAmount": {
                 *         "value": "100000.00",
                 *         "currency": "IDR"
                 *       },
                 *       "title": "Hotel night 1",
                 *       "lastCapture": "FALSE"
                 *     }
                 */
                "application/json": {
                    originalReferenceNo: string;
                    originalPartnerReferenceNo: string;
                    merchantId?: string;
                    subMerchantId?: string;
                    partnerCaptureNo: string;
                    captureAmount: components["schemas"]["MoneyTwoDecimals"];
                    title?: string;
                    /** @enum {string} */
                    lastCapture?: "TRUE" | "FALSE";
                    additionalInfo?: components["schemas"]["AdditionalInfo"];
                };
            };
        };
        responses: {
            /** @description Captured */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        responseCode: "2006500";
                        responseMessage: string;
                        originalReferenceNo: string;
                        originalPartnerReferenceNo: string;
                        partnerCaptureNo: string;
                        captureNo?: string;
                        captureAmount: components["schemas"]["Money"];
                        captureTime?: string;
                        additionalInfo?: components["schemas"]["AdditionalInfo"];
                    };
                };
            };
            default: components["responses"]["SnapError"];
        };
    };
    authVoid: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description ISO-8601 with offset or Z, with or without milliseconds, e.g. 2024-03-26T16:01:41+07:00
                 * @example 2024-03-26T16:01:41+07:00
                 */
                "X-TIMESTAMP": components["parameters"]["XTimestamp"];
                /**
                 * @description The partner's DOKU Client ID (same value as X-CLIENT-KEY on token calls)
                 * @example BRN-0001-1732500000001
                 */
                "X-PARTNER-ID": components["parameters"]["XPartnerId"];
                /**
                 * @description Numeric, at most 36 digits, unique per partner per calendar day (Asia/Jakarta). Reused on an operation that changes state with the same body (key order and whitespace aside) after a success: the original answer again, referenceNo included, with HTTP 409 and nothing done twice. Reused otherwise (another body, another operation, a first call that was refused, a query): 409xx00 Conflict.
                 * @example 41807553358950093184162180797837
                 */
                "X-EXTERNAL-ID": components["parameters"]["XExternalId"];
                /** @description base64(HMAC-SHA512(clientSecret, METHOD + ":" + path + ":" + B2B accessToken + ":" + lowerhex(SHA-256(minified body)) + ":" + X-TIMESTAMP)) */
                "X-SIGNATURE": components["parameters"]["XSignatureSymmetric"];
                "CHANNEL-ID"?: components["parameters"]["ChannelId"];
                "X-DEVICE-ID"?: components["parameters"]["XDeviceId"];
                "X-IP-ADDRESS"?: components["parameters"]["XIpAddress"];
                ORIGIN?: components["parameters"]["Origin"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "originalReferenceNo": "7Q2K9M4X1B8C5D3E6F0G",
                 *       "originalPartnerReferenceNo": "AUTH-20241125-0001",
                 *       "merchantId": "M-SANDBOX-0001",
                 *       "partnerVoidNo": "VOID-20241125-0001",
                 *       "voidRemainingAmount": "TRUE",
                 *       "reason": "guest checked out early"
                 *     }
                 */
                "application/json": {
                    originalReferenceNo: string;
                    originalPartnerReferenceNo: string;
                    merchantId?: string;
                    subMerchantId?: string;
                    voidAmount?: components["schemas"]["MoneyTwoDecimals"];
                    partnerVoidNo: string;
                    /** @enum {string} */
                    voidRemainingAmount?: "TRUE" | "FALSE";
                    reason?: string;
                    additionalInfo?: components["schemas"]["AdditionalInfo"];
                };
            };
        };
        responses: {
            /** @description Voided */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        responseCode: "2006700";
                        responseMessage: string;
                        originalReferenceNo: string;
                        originalPartnerReferenceNo: string;
                        voidNo?: string;
                        partnerVoidNo: string;
                        voidAmount: components["schemas"]["Money"];
                        voidTime?: string;
                        additionalInfo?: components["schemas"]["AdditionalInfo"];
                    };
                };
            };
            default: components["responses"]["SnapError"];
        };
    };
    authVoidB2b2c: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description ISO-8601 with offset or Z, with or without milliseconds, e.g. 2024-03-26T16:01:41+07:00
                 * @example 2024-03-26T16:01:41+07:00
                 */
                "X-TIMESTAMP": components["parameters"]["XTimestamp"];
                /**
                 * @description The partner's DOKU Client ID (same value as X-CLIENT-KEY on token calls)
                 * @example BRN-0001-1732500000001
                 */
                "X-PARTNER-ID": components["parameters"]["XPartnerId"];
                /**
                 * @description Numeric, at most 36 digits, unique per partner per calendar day (Asia/Jakarta). Reused on an operation that changes state with the same body (key order and whitespace aside) after a success: the original answer again, referenceNo included, with HTTP 409 and nothing done twice. Reused otherwise (another body, another operation, a first call that was refused, a query): 409xx00 Conflict.
                 * @example 41807553358950093184162180797837
                 */
                "X-EXTERNAL-ID": components["parameters"]["XExternalId"];
                /** @description base64(HMAC-SHA512(clientSecret, METHOD + ":" + path + ":" + B2B accessToken + ":" + lowerhex(SHA-256(minified body)) + ":" + X-TIMESTAMP)) */
                "X-SIGNATURE": components["parameters"]["XSignatureSymmetric"];
                "CHANNEL-ID"?: components["parameters"]["ChannelId"];
                "X-DEVICE-ID"?: components["parameters"]["XDeviceId"];
                "X-IP-ADDRESS"?: components["parameters"]["XIpAddress"];
                ORIGIN?: components["parameters"]["Origin"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "originalReferenceNo": "7Q2K9M4X1B8C5D3E6F0G",
                 *       "originalPartnerReferenceNo": "AUTH-20241125-0001",
                 *       "merchantId": "M-SANDBOX-0001",
                 *       "partnerVoidNo": "VOID-20241125-0001",
                 *       "voidRemainingAmount": "TRUE",
                 *       "reason": "guest checked out early"
                 *     }
                 */
                "application/json": {
                    originalReferenceNo: string;
                    originalPartnerReferenceNo: string;
                    merchantId?: string;
                    subMerchantId?: string;
                    voidAmount?: components["schemas"]["MoneyTwoDecimals"];
                    partnerVoidNo: string;
                    /** @enum {string} */
                    voidRemainingAmount?: "TRUE" | "FALSE";
                    reason?: string;
                    additionalInfo?: components["schemas"]["AdditionalInfo"];
                };
            };
        };
        responses: {
            /** @description Voided */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        responseCode: "2006700";
                        responseMessage: string;
                        originalReferenceNo: string;
                        originalPartnerReferenceNo: string;
                        voidNo?: string;
                        partnerVoidNo: string;
                        voidAmount: components["schemas"]["Money"];
                        voidTime?: string;
                        additionalInfo?: components["schemas"]["AdditionalInfo"];
                    };
                };
            };
            default: components["responses"]["SnapError"];
        };
    };
    balanceInquiry: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description ISO-8601 with offset or Z, with or without milliseconds, e.g. 2024-03-26T16:01:41+07:00
                 * @example 2024-03-26T16:01:41+07:00
                 */
                "X-TIMESTAMP": components["parameters"]["XTimestamp"];
                /**
                 * @description The partner's DOKU Client ID (same value as X-CLIENT-KEY on token calls)
                 * @example BRN-0001-1732500000001
                 */
                "X-PARTNER-ID": components["parameters"]["XPartnerId"];
                /**
                 * @description Numeric, at most 36 digits, unique per partner per calendar day (Asia/Jakarta). Reused on an operation that changes state with the same body (key order and whitespace aside) after a success: the original answer again, referenceNo included, with HTTP 409 and nothing done twice. Reused otherwise (another body, another operation, a first call that was refused, a query): 409xx00 Conflict.
                 * @example 41807553358950093184162180797837
                 */
                "X-EXTERNAL-ID": components["parameters"]["XExternalId"];
                /** @description base64(HMAC-SHA512(clientSecret, METHOD + ":" + path + ":" + B2B accessToken + ":" + lowerhex(SHA-256(minified body)) + ":" + X-TIMESTAMP)) */
                "X-SIGNATURE": components["parameters"]["XSignatureSymmetric"];
                "CHANNEL-ID"?: components["parameters"]["ChannelId"];
                "X-DEVICE-ID"?: components["parameters"]["XDeviceId"];
                "X-IP-ADDRESS"?: components["parameters"]["XIpAddress"];
                ORIGIN?: components["parameters"]["Origin"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "partnerReferenceNo": "2020102900000000000001",
                 *       "additionalInfo": {}
                 *     }
                 */
                "application/json": {
                    partnerReferenceNo?: components["schemas"]["PartnerReferenceNo"];
                    accountNo?: string;
                    balanceTypes?: string[];
                    additionalInfo?: components["schemas"]["AdditionalInfo"];
                };
            };
        };
        responses: {
            /** @description Balance */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        responseCode: "2001100";
                        responseMessage: string;
                        referenceNo?: string;
                        partnerReferenceNo?: string;
                        accountNo: string;
                        name: string;
                        accountInfos: {
                            balanceType: string;
                            amount: components["schemas"]["Money"];
                            floatAmount?: components["schemas"]["Money"];
                            holdAmount: components["schemas"]["Money"];
                            availableBalance: components["schemas"]["Money"];
                            ledgerBalance: components["schemas"]["Money"];
                            currentMultilateralLimit?: components["schemas"]["Money"];
                            registrationStatusCode?: string;
                            status?: string;
                        }[];
                        additionalInfo?: components["schemas"]["AdditionalInfo"];
                    };
                };
            };
            default: components["responses"]["SnapError"];
        };
    };
    accountBinding: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description ISO-8601 with offset or Z, with or without milliseconds, e.g. 2024-03-26T16:01:41+07:00
                 * @example 2024-03-26T16:01:41+07:00
                 */
                "X-TIMESTAMP": components["parameters"]["XTimestamp"];
                /**
                 * @description The partner's DOKU Client ID (same value as X-CLIENT-KEY on token calls)
                 * @example BRN-0001-1732500000001
                 */
                "X-PARTNER-ID": components["parameters"]["XPartnerId"];
                /**
                 * @description Numeric, at most 36 digits, unique per partner per calendar day (Asia/Jakarta). Reused on an operation that changes state with the same body (key order and whitespace aside) after a success: the original answer again, referenceNo included, with HTTP 409 and nothing done twice. Reused otherwise (another body, another operation, a first call that was refused, a query): 409xx00 Conflict.
                 * @example 41807553358950093184162180797837
                 */
                "X-EXTERNAL-ID": components["parameters"]["XExternalId"];
                /** @description base64(HMAC-SHA512(clientSecret, METHOD + ":" + path + ":" + B2B accessToken + ":" + lowerhex(SHA-256(minified body)) + ":" + X-TIMESTAMP)) */
                "X-SIGNATURE": components["parameters"]["XSignatureSymmetric"];
                "CHANNEL-ID"?: components["parameters"]["ChannelId"];
                "X-DEVICE-ID"?: components["parameters"]["XDeviceId"];
                "X-IP-ADDRESS"?: components["parameters"]["XIpAddress"];
                ORIGIN?: components["parameters"]["Origin"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "partnerReferenceNo": "6d2f0a2e-0d1b-4b8e-9f39-3b1f7c2a9e10",
                 *       "redirectUrl": "https://partner.example.com/doku/callback",
                 *       "successParams": {
                 *         "accountId": "1140340012"
                 *       }
                 *     }
                 */
                "application/json": {
                    partnerReferenceNo: components["schemas"]["PartnerReferenceNo"];
                    redirectUrl: components["schemas"]["RedirectUrl"];
                    successParams: {
                        accountId: components["schemas"]["AccountId"];
                    };
                    authCode?: string;
                    grantType?: string;
                    merchantId?: string;
                    subMerchantId?: string;
                    phoneNo?: string;
                    additionalInfo?: components["schemas"]["AdditionalInfo"];
                };
            };
        };
        responses: {
            /** @description Binding opened; the customer must confirm it on nextAction */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        responseCode: "2000700";
                        responseMessage: string;
                        referenceNo: string;
                        partnerReferenceNo: string;
                        linkId: string;
                        /** @description URL of the consent (PIN) page */
                        nextAction: string;
                        redirectUrl: string;
                        userInfo: {
                            publicUserId: string;
                        };
                        additionalInfo?: components["schemas"]["AdditionalInfo"];
                    };
                };
            };
            default: components["responses"]["SnapError"];
        };
    };
    accountBindingInquiry: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description ISO-8601 with offset or Z, with or without milliseconds, e.g. 2024-03-26T16:01:41+07:00
                 * @example 2024-03-26T16:01:41+07:00
                 */
                "X-TIMESTAMP": components["parameters"]["XTimestamp"];
                /**
                 * @description The partner's DOKU Client ID (same value as X-CLIENT-KEY on token calls)
                 * @example BRN-0001-1732500000001
                 */
                "X-PARTNER-ID": components["parameters"]["XPartnerId"];
                /**
                 * @description Numeric, at most 36 digits, unique per partner per calendar day (Asia/Jakarta). Reused on an operation that changes state with the same body (key order and whitespace aside) after a success: the original answer again, referenceNo included, with HTTP 409 and nothing done twice. Reused otherwise (another body, another operation, a first call that was refused, a query): 409xx00 Conflict.
                 * @example 41807553358950093184162180797837
                 */
                "X-EXTERNAL-ID": components["parameters"]["XExternalId"];
                /** @description base64(HMAC-SHA512(clientSecret, METHOD + ":" + path + ":" + B2B accessToken + ":" + lowerhex(SHA-256(minified body)) + ":" + X-TIMESTAMP)) */
                "X-SIGNATURE": components["parameters"]["XSignatureSymmetric"];
                "CHANNEL-ID"?: components["parameters"]["ChannelId"];
                "X-DEVICE-ID"?: components["parameters"]["XDeviceId"];
                "X-IP-ADDRESS"?: components["parameters"]["XIpAddress"];
                ORIGIN?: components["parameters"]["Origin"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "partnerReferenceNo": "0b5c1c6e-2f1d-4a43-8a0e-6f4f4b1f2d11",
                 *       "additionalInfo": {
                 *         "accountId": "1140340010"
                 *       }
                 *     }
                 */
                "application/json": {
                    partnerReferenceNo?: components["schemas"]["PartnerReferenceNo"];
                    additionalInfo: {
                        accountId: components["schemas"]["AccountId"];
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
        };
        responses: {
            /** @description The live binding */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        responseCode: "2000800";
                        responseMessage: string;
                        referenceNo?: string;
                        partnerReferenceNo?: string;
                        additionalInfo: {
                            linkId: string;
                            /** @description base64(AES-ECB-PKCS5(authCodeKey, authCode)) */
                            authCode: string;
                            remarks: string;
                            merchantId: string;
                        };
                    };
                };
            };
            default: components["responses"]["SnapError"];
        };
    };
    accountUnbinding: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description ISO-8601 with offset or Z, with or without milliseconds, e.g. 2024-03-26T16:01:41+07:00
                 * @example 2024-03-26T16:01:41+07:00
                 */
                "X-TIMESTAMP": components["parameters"]["XTimestamp"];
                /**
                 * @description The partner's DOKU Client ID (same value as X-CLIENT-KEY on token calls)
                 * @example BRN-0001-1732500000001
                 */
                "X-PARTNER-ID": components["parameters"]["XPartnerId"];
                /**
                 * @description Numeric, at most 36 digits, unique per partner per calendar day (Asia/Jakarta). Reused on an operation that changes state with the same body (key order and whitespace aside) after a success: the original answer again, referenceNo included, with HTTP 409 and nothing done twice. Reused otherwise (another body, another operation, a first call that was refused, a query): 409xx00 Conflict.
                 * @example 41807553358950093184162180797837
                 */
                "X-EXTERNAL-ID": components["parameters"]["XExternalId"];
                /** @description base64(HMAC-SHA512(clientSecret, METHOD + ":" + path + ":" + B2B accessToken + ":" + lowerhex(SHA-256(minified body)) + ":" + X-TIMESTAMP)) */
                "X-SIGNATURE": components["parameters"]["XSignatureSymmetric"];
                "CHANNEL-ID"?: components["parameters"]["ChannelId"];
                "X-DEVICE-ID"?: components["parameters"]["XDeviceId"];
                "X-IP-ADDRESS"?: components["parameters"]["XIpAddress"];
                ORIGIN?: components["parameters"]["Origin"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "partnerReferenceNo": "9e8d7c6b-5a4f-4e3d-8c2b-1a0f9e8d7c6b",
                 *       "additionalInfo": {
                 *         "accountId": "1140340010"
                 *       }
                 *     }
                 */
                "application/json": {
                    partnerReferenceNo: components["schemas"]["PartnerReferenceNo"];
                    linkId?: string;
                    merchantId?: string;
                    subMerchantId?: string;
                    tokenId?: string;
                    additionalInfo?: {
                        accountId?: components["schemas"]["AccountId"];
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
        };
        responses: {
            /** @description OTP sent; the binding ends once Verify OTP accepts it */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        responseCode: "2000900";
                        responseMessage: string;
                        referenceNo: string;
                        partnerReferenceNo: string;
                        linkId: string;
                        merchantId?: string;
                        additionalInfo?: components["schemas"]["AdditionalInfo"];
                    };
                };
            };
            default: components["responses"]["SnapError"];
        };
    };
    accountUnbindingB2b2c: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description ISO-8601 with offset or Z, with or without milliseconds, e.g. 2024-03-26T16:01:41+07:00
                 * @example 2024-03-26T16:01:41+07:00
                 */
                "X-TIMESTAMP": components["parameters"]["XTimestamp"];
                /**
                 * @description The partner's DOKU Client ID (same value as X-CLIENT-KEY on token calls)
                 * @example BRN-0001-1732500000001
                 */
                "X-PARTNER-ID": components["parameters"]["XPartnerId"];
                /**
                 * @description Numeric, at most 36 digits, unique per partner per calendar day (Asia/Jakarta). Reused on an operation that changes state with the same body (key order and whitespace aside) after a success: the original answer again, referenceNo included, with HTTP 409 and nothing done twice. Reused otherwise (another body, another operation, a first call that was refused, a query): 409xx00 Conflict.
                 * @example 41807553358950093184162180797837
                 */
                "X-EXTERNAL-ID": components["parameters"]["XExternalId"];
                /** @description base64(HMAC-SHA512(clientSecret, METHOD + ":" + path + ":" + B2B accessToken + ":" + lowerhex(SHA-256(minified body)) + ":" + X-TIMESTAMP)) */
                "X-SIGNATURE": components["parameters"]["XSignatureSymmetric"];
                "CHANNEL-ID"?: components["parameters"]["ChannelId"];
                "X-DEVICE-ID"?: components["parameters"]["XDeviceId"];
                "X-IP-ADDRESS"?: components["parameters"]["XIpAddress"];
                ORIGIN?: components["parameters"]["Origin"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "partnerReferenceNo": "9e8d7c6b-5a4f-4e3d-8c2b-1a0f9e8d7c6b",
                 *       "additionalInfo": {
                 *         "accountId": "1140340010"
                 *       }
                 *     }
                 */
                "application/json": {
                    partnerReferenceNo: components["schemas"]["PartnerReferenceNo"];
                    linkId?: string;
                    merchantId?: string;
                    subMerchantId?: string;
                    tokenId?: string;
                    additionalInfo?: {
                        accountId?: components["schemas"]["AccountId"];
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
        };
        responses: {
            /** @description OTP sent; the binding ends once Verify OTP accepts it */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        responseCode: "2000900";
                        responseMessage: string;
                        referenceNo: string;
                        partnerReferenceNo: string;
                        linkId: string;
                        merchantId?: string;
                        additionalInfo?: components["schemas"]["AdditionalInfo"];
                    };
                };
            };
            default: components["responses"]["SnapError"];
        };
    };
    ddAccountBinding: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description ISO-8601 with offset or Z, with or without milliseconds, e.g. 2024-03-26T16:01:41+07:00
                 * @example 2024-03-26T16:01:41+07:00
                 */
                "X-TIMESTAMP": components["parameters"]["XTimestamp"];
                /**
                 * @description The partner's DOKU Client ID (same value as X-CLIENT-KEY on token calls)
                 * @example BRN-0001-1732500000001
                 */
                "X-PARTNER-ID": components["parameters"]["XPartnerId"];
                /**
                 * @description Numeric, at most 36 digits, unique per partner per calendar day (Asia/Jakarta). Reused on an operation that changes state with the same body (key order and whitespace aside) after a success: the original answer again, referenceNo included, with HTTP 409 and nothing done twice. Reused otherwise (another body, another operation, a first call that was refused, a query): 409xx00 Conflict.
                 * @example 41807553358950093184162180797837
                 */
                "X-EXTERNAL-ID": components["parameters"]["XExternalId"];
                /** @description base64(HMAC-SHA512(clientSecret, METHOD + ":" + path + ":" + B2B accessToken + ":" + lowerhex(SHA-256(minified body)) + ":" + X-TIMESTAMP)) */
                "X-SIGNATURE": components["parameters"]["XSignatureSymmetric"];
                "CHANNEL-ID"?: components["parameters"]["ChannelId"];
                "X-DEVICE-ID"?: components["parameters"]["XDeviceId"];
                "X-IP-ADDRESS"?: components["parameters"]["XIpAddress"];
                ORIGIN?: components["parameters"]["Origin"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "phoneNo": "6281234567890",
                 *       "additionalInfo": {
                 *         "channel": "EMONEY_OVO_SNAP",
                 *         "custIdMerchant": "cust-001",
                 *         "customerName": "Budi Santoso",
                 *         "successRegistrationUrl": "https://merchant.example/binding/success",
                 *         "failedRegistrationUrl": "https://merchant.example/binding/failed"
                 *       }
                 *     }
                 */
                "application/json": {
                    phoneNo: string;
                    additionalInfo: {
                        channel: components["schemas"]["DebitChannel"];
                        custIdMerchant: string;
                        customerName?: string;
                        /** Format: email */
                        email?: string;
                        idCard?: string;
                        country?: string;
                        address?: string;
                        dateOfBirth?: string;
                        successRegistrationUrl: string;
                        failedRegistrationUrl: string;
                        deviceModel?: string;
                        /** @enum {string} */
                        osType?: "ios" | "android";
                        /** @enum {string} */
                        channelId?: "web" | "app";
                        origin?: Record<string, unknown>;
                    };
                };
            };
        };
        responses: {
            /** @description The binding, pending the customer's answer on redirectUrl */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "responseCode": "2000700",
                     *       "responseMessage": "Successful",
                     *       "referenceNo": "7Q2K9M4X1B8C5D3E6F0G",
                     *       "redirectUrl": "http://localhost:8080/webview/direct-debit/binding?token=3f1c…",
                     *       "additionalInfo": {
                     *         "custIdMerchant": "cust-001",
                     *         "status": "PENDING",
                     *         "authCode": "2238241007113952193107119118405011355991"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["DebitBindingAnswer"];
                };
            };
            default: components["responses"]["SnapError"];
        };
    };
    ddAccountUnbinding: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description ISO-8601 with offset or Z, with or without milliseconds, e.g. 2024-03-26T16:01:41+07:00
                 * @example 2024-03-26T16:01:41+07:00
                 */
                "X-TIMESTAMP": components["parameters"]["XTimestamp"];
                /**
                 * @description The partner's DOKU Client ID (same value as X-CLIENT-KEY on token calls)
                 * @example BRN-0001-1732500000001
                 */
                "X-PARTNER-ID": components["parameters"]["XPartnerId"];
                /**
                 * @description Numeric, at most 36 digits, unique per partner per calendar day (Asia/Jakarta). Reused on an operation that changes state with the same body (key order and whitespace aside) after a success: the original answer again, referenceNo included, with HTTP 409 and nothing done twice. Reused otherwise (another body, another operation, a first call that was refused, a query): 409xx00 Conflict.
                 * @example 41807553358950093184162180797837
                 */
                "X-EXTERNAL-ID": components["parameters"]["XExternalId"];
                /** @description base64(HMAC-SHA512(clientSecret, METHOD + ":" + path + ":" + B2B accessToken + ":" + lowerhex(SHA-256(minified body)) + ":" + X-TIMESTAMP)) */
                "X-SIGNATURE": components["parameters"]["XSignatureSymmetric"];
                "CHANNEL-ID"?: components["parameters"]["ChannelId"];
                "X-DEVICE-ID"?: components["parameters"]["XDeviceId"];
                "X-IP-ADDRESS"?: components["parameters"]["XIpAddress"];
                ORIGIN?: components["parameters"]["Origin"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "tokenId": "eyJhbGciOiJSUzI1NiJ9.e30.c2ln",
                 *       "additionalInfo": {
                 *         "channel": "EMONEY_OVO_SNAP"
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["DebitUnbindingRequest"];
            };
        };
        responses: {
            /** @description Unbound */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DebitUnbindingAnswer"];
                };
            };
            default: components["responses"]["SnapError"];
        };
    };
    ddCardRegistration: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description ISO-8601 with offset or Z, with or without milliseconds, e.g. 2024-03-26T16:01:41+07:00
                 * @example 2024-03-26T16:01:41+07:00
                 */
                "X-TIMESTAMP": components["parameters"]["XTimestamp"];
                /**
                 * @description The partner's DOKU Client ID (same value as X-CLIENT-KEY on token calls)
                 * @example BRN-0001-1732500000001
                 */
                "X-PARTNER-ID": components["parameters"]["XPartnerId"];
                /**
                 * @description Numeric, at most 36 digits, unique per partner per calendar day (Asia/Jakarta). Reused on an operation that changes state with the same body (key order and whitespace aside) after a success: the original answer again, referenceNo included, with HTTP 409 and nothing done twice. Reused otherwise (another body, another operation, a first call that was refused, a query): 409xx00 Conflict.
                 * @example 41807553358950093184162180797837
                 */
                "X-EXTERNAL-ID": components["parameters"]["XExternalId"];
                /** @description base64(HMAC-SHA512(clientSecret, METHOD + ":" + path + ":" + B2B accessToken + ":" + lowerhex(SHA-256(minified body)) + ":" + X-TIMESTAMP)) */
                "X-SIGNATURE": components["parameters"]["XSignatureSymmetric"];
                "CHANNEL-ID"?: components["parameters"]["ChannelId"];
                "X-DEVICE-ID"?: components["parameters"]["XDeviceId"];
                "X-IP-ADDRESS"?: components["parameters"]["XIpAddress"];
                ORIGIN?: components["parameters"]["Origin"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "cardData": "tYbO3pkiiUFrYQpUFowstyaBDxfvuv844/9+Pfw1UTc/VlW4M103yeUmvRD4H8WfzANSBeBQCy+0CZsuH7xs+oYR4/QLq8jqC1XZiUi6q5U=|MDEyMzQ1Njc4OWFiY2RlZg==",
                 *       "custIdMerchant": "cust001",
                 *       "phoneNo": "6281234567890",
                 *       "additionalInfo": {
                 *         "channel": "DIRECT_DEBIT_BRI_SNAP",
                 *         "successRegistrationUrl": "https://merchant.example/card/success",
                 *         "failedRegistrationUrl": "https://merchant.example/card/failed"
                 *       }
                 *     }
                 */
                "application/json": {
                    cardData: string;
                    custIdMerchant: string;
                    phoneNo: string;
                    additionalInfo: {
                        channel: components["schemas"]["DebitChannel"];
                        successRegistrationUrl: string;
                        failedRegistrationUrl: string;
                        customerName?: string;
                        /** Format: email */
                        email?: string;
                        idCard?: string;
                        country?: string;
                        address?: string;
                        dateOfBirth?: string;
                        origin?: Record<string, unknown>;
                    };
                };
            };
        };
        responses: {
            /** @description The card binding, pending the customer's OTP on redirectUrl */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DebitBindingAnswer"];
                };
            };
            default: components["responses"]["SnapError"];
        };
    };
    ddCardUnbinding: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description ISO-8601 with offset or Z, with or without milliseconds, e.g. 2024-03-26T16:01:41+07:00
                 * @example 2024-03-26T16:01:41+07:00
                 */
                "X-TIMESTAMP": components["parameters"]["XTimestamp"];
                /**
                 * @description The partner's DOKU Client ID (same value as X-CLIENT-KEY on token calls)
                 * @example BRN-0001-1732500000001
                 */
                "X-PARTNER-ID": components["parameters"]["XPartnerId"];
                /**
                 * @description Numeric, at most 36 digits, unique per partner per calendar day (Asia/Jakarta). Reused on an operation that changes state with the same body (key order and whitespace aside) after a success: the original answer again, referenceNo included, with HTTP 409 and nothing done twice. Reused otherwise (another body, another operation, a first call that was refused, a query): 409xx00 Conflict.
                 * @example 41807553358950093184162180797837
                 */
                "X-EXTERNAL-ID": components["parameters"]["XExternalId"];
                /** @description base64(HMAC-SHA512(clientSecret, METHOD + ":" + path + ":" + B2B accessToken + ":" + lowerhex(SHA-256(minified body)) + ":" + X-TIMESTAMP)) */
                "X-SIGNATURE": components["parameters"]["XSignatureSymmetric"];
                "CHANNEL-ID"?: components["parameters"]["ChannelId"];
                "X-DEVICE-ID"?: components["parameters"]["XDeviceId"];
                "X-IP-ADDRESS"?: components["parameters"]["XIpAddress"];
                ORIGIN?: components["parameters"]["Origin"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "tokenId": "eyJhbGciOiJSUzI1NiJ9.e30.c2ln",
                 *       "additionalInfo": {
                 *         "channel": "DIRECT_DEBIT_BRI_SNAP"
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["DebitUnbindingRequest"];
            };
        };
        responses: {
            /** @description Unbound */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DebitUnbindingAnswer"];
                };
            };
            default: components["responses"]["SnapError"];
        };
    };
    ddPayment: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description ISO-8601 with offset or Z, with or without milliseconds, e.g. 2024-03-26T16:01:41+07:00
                 * @example 2024-03-26T16:01:41+07:00
                 */
                "X-TIMESTAMP": components["parameters"]["XTimestamp"];
                /**
                 * @description The partner's DOKU Client ID (same value as X-CLIENT-KEY on token calls)
                 * @example BRN-0001-1732500000001
                 */
                "X-PARTNER-ID": components["parameters"]["XPartnerId"];
                /**
                 * @description Numeric, at most 36 digits, unique per partner per calendar day (Asia/Jakarta). Reused on an operation that changes state with the same body (key order and whitespace aside) after a success: the original answer again, referenceNo included, with HTTP 409 and nothing done twice. Reused otherwise (another body, another operation, a first call that was refused, a query): 409xx00 Conflict.
                 * @example 41807553358950093184162180797837
                 */
                "X-EXTERNAL-ID": components["parameters"]["XExternalId"];
                /** @description base64(HMAC-SHA512(clientSecret, METHOD + ":" + path + ":" + B2B accessToken + ":" + lowerhex(SHA-256(minified body)) + ":" + X-TIMESTAMP)) */
                "X-SIGNATURE": components["parameters"]["XSignatureSymmetric"];
                "CHANNEL-ID"?: components["parameters"]["ChannelId"];
                "X-DEVICE-ID"?: components["parameters"]["XDeviceId"];
                "X-IP-ADDRESS"?: components["parameters"]["XIpAddress"];
                ORIGIN?: components["parameters"]["Origin"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "partnerReferenceNo": "INV-DD-0001",
                 *       "amount": {
                 *         "value": "15000.00",
                 *         "currency": "IDR"
                 *       },
                 *       "payOptionDetails": [
                 *         {
                 *           "payMethod": "CASH",
                 *           "transAmount": {
                 *             "value": "15000.00",
                 *             "currency": "IDR"
                 *           },
                 *           "feeAmount": {
                 *             "value": "0.00",
                 *             "currency": "IDR"
                 *           }
                 *         }
                 *       ],
                 *       "additionalInfo": {
                 *         "channel": "EMONEY_OVO_SNAP",
                 *         "successPaymentUrl": "https://merchant.example/pay/success",
                 *         "failedPaymentUrl": "https://merchant.example/pay/failed",
                 *         "paymentType": "SALE"
                 *       }
                 *     }
                 */
                "application/json": {
                    partnerReferenceNo: string;
                    amount: components["schemas"]["Money"];
                    /** @enum {string} */
                    feeType?: "OUR" | "BEN" | "SHA";
                    payOptionDetails?: {
                        payMethod?: string;
                        transAmount?: components["schemas"]["MoneyOrNull"];
                        feeAmount?: components["schemas"]["MoneyOrNull"];
                    }[];
                    chargeToken?: string;
                    urlParam?: {
                        url: string;
                        /** @enum {string} */
                        type: "PAY_RETURN";
                        /** @enum {string} */
                        isDeepLink?: "Y" | "N";
                    }[];
                    validUpTo?: components["schemas"]["DateTime"];
                    pointOfInitiation?: string | null;
                    additionalInfo: {
                        channel: components["schemas"]["DebitChannel"];
                        remarks?: string;
                        successPaymentUrl?: string;
                        failedPaymentUrl?: string;
                        lineItems?: {
                            name: string;
                            price: number | string;
                            quantity: number | string;
                        }[];
                        merchantTrxId?: string;
                        /** @enum {string} */
                        otpStatus?: "YES" | "NO";
                        /** @enum {string} */
                        paymentType?: "SALE" | "RECURRING";
                        orderTitle?: string;
                        metadata?: string;
                        supportDeepLinkCheckoutUrl?: boolean | string;
                        origin?: Record<string, unknown>;
                    };
                };
            };
        };
        responses: {
            /** @description The payment, pending on the channel's page (webRedirectUrl) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        responseCode: "2005400";
                        responseMessage: string;
                        referenceNo: string;
                        partnerReferenceNo: string;
                        webRedirectUrl: string;
                        additionalInfo?: {
                            webRedirectUrl?: string;
                            validUpTo?: string;
                            channel?: string;
                        };
                    };
                };
            };
            default: components["responses"]["SnapError"];
        };
    };
    ddBalanceInquiry: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description ISO-8601 with offset or Z, with or without milliseconds, e.g. 2024-03-26T16:01:41+07:00
                 * @example 2024-03-26T16:01:41+07:00
                 */
                "X-TIMESTAMP": components["parameters"]["XTimestamp"];
                /**
                 * @description The partner's DOKU Client ID (same value as X-CLIENT-KEY on token calls)
                 * @example BRN-0001-1732500000001
                 */
                "X-PARTNER-ID": components["parameters"]["XPartnerId"];
                /**
                 * @description Numeric, at most 36 digits, unique per partner per calendar day (Asia/Jakarta). Reused on an operation that changes state with the same body (key order and whitespace aside) after a success: the original answer again, referenceNo included, with HTTP 409 and nothing done twice. Reused otherwise (another body, another operation, a first call that was refused, a query): 409xx00 Conflict.
                 * @example 41807553358950093184162180797837
                 */
                "X-EXTERNAL-ID": components["parameters"]["XExternalId"];
                /** @description base64(HMAC-SHA512(clientSecret, METHOD + ":" + path + ":" + B2B accessToken + ":" + lowerhex(SHA-256(minified body)) + ":" + X-TIMESTAMP)) */
                "X-SIGNATURE": components["parameters"]["XSignatureSymmetric"];
                "CHANNEL-ID"?: components["parameters"]["ChannelId"];
                "X-DEVICE-ID"?: components["parameters"]["XDeviceId"];
                "X-IP-ADDRESS"?: components["parameters"]["XIpAddress"];
                ORIGIN?: components["parameters"]["Origin"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "additionalInfo": {
                 *         "channel": "EMONEY_OVO_SNAP"
                 *       }
                 *     }
                 */
                "application/json": {
                    additionalInfo: {
                        channel: components["schemas"]["DebitChannel"];
                        origin?: Record<string, unknown>;
                    };
                };
            };
        };
        responses: {
            /** @description The balance */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        responseCode: "2001100";
                        responseMessage: string;
                        accountInfos: {
                            balanceType: string;
                            amount: components["schemas"]["Money"];
                            flatAmount: components["schemas"]["Money"];
                            holdAmount: components["schemas"]["Money"];
                        }[];
                        additionalInfo?: components["schemas"]["AdditionalInfo"];
                    };
                };
            };
            default: components["responses"]["SnapError"];
        };
    };
    ddRefund: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description ISO-8601 with offset or Z, with or without milliseconds, e.g. 2024-03-26T16:01:41+07:00
                 * @example 2024-03-26T16:01:41+07:00
                 */
                "X-TIMESTAMP": components["parameters"]["XTimestamp"];
                /**
                 * @description The partner's DOKU Client ID (same value as X-CLIENT-KEY on token calls)
                 * @example BRN-0001-1732500000001
                 */
                "X-PARTNER-ID": components["parameters"]["XPartnerId"];
                /**
                 * @description Numeric, at most 36 digits, unique per partner per calendar day (Asia/Jakarta). Reused on an operation that changes state with the same body (key order and whitespace aside) after a success: the original answer again, referenceNo included, with HTTP 409 and nothing done twice. Reused otherwise (another body, another operation, a first call that was refused, a query): 409xx00 Conflict.
                 * @example 41807553358950093184162180797837
                 */
                "X-EXTERNAL-ID": components["parameters"]["XExternalId"];
                /** @description base64(HMAC-SHA512(clientSecret, METHOD + ":" + path + ":" + B2B accessToken + ":" + lowerhex(SHA-256(minified body)) + ":" + X-TIMESTAMP)) */
                "X-SIGNATURE": components["parameters"]["XSignatureSymmetric"];
                "CHANNEL-ID"?: components["parameters"]["ChannelId"];
                "X-DEVICE-ID"?: components["parameters"]["XDeviceId"];
                "X-IP-ADDRESS"?: components["parameters"]["XIpAddress"];
                ORIGIN?: components["parameters"]["Origin"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "originalPartnerReferenceNo": "INV-DD-0001",
                 *       "refundAmount": {
                 *         "value": "5000.00",
                 *         "currency": "IDR"
                 *       },
                 *       "partnerRefundNo": "RFD-DD-0001",
                 *       "reason": "item out of stock",
                 *       "additionalInfo": {
                 *         "channel": "EMONEY_OVO_SNAP"
                 *       }
                 *     }
                 */
                "application/json": {
                    originalPartnerReferenceNo: string;
                    originalReferenceNo?: string;
                    originalExternalId?: string | null;
                    refundAmount: components["schemas"]["Money"];
                    reason?: string;
                    partnerRefundNo: string;
                    additionalInfo: {
                        channel: components["schemas"]["DebitChannel"];
                        origin?: Record<string, unknown>;
                    };
                };
            };
        };
        responses: {
            /** @description Refunded */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        responseCode: "2005800";
                        responseMessage: string;
                        refundAmount: components["schemas"]["Money"];
                        originalPartnerReferenceNo: string;
                        originalReferenceNo: string;
                        originalExternalId?: string;
                        refundNo: string;
                        partnerRefundNo: string;
                        refundTime: string;
                        additionalInfo?: components["schemas"]["AdditionalInfo"];
                    };
                };
            };
            default: components["responses"]["SnapError"];
        };
    };
    ddCheckStatus: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description ISO-8601 with offset or Z, with or without milliseconds, e.g. 2024-03-26T16:01:41+07:00
                 * @example 2024-03-26T16:01:41+07:00
                 */
                "X-TIMESTAMP": components["parameters"]["XTimestamp"];
                /**
                 * @description The partner's DOKU Client ID (same value as X-CLIENT-KEY on token calls)
                 * @example BRN-0001-1732500000001
                 */
                "X-PARTNER-ID": components["parameters"]["XPartnerId"];
                /**
                 * @description Numeric, at most 36 digits, unique per partner per calendar day (Asia/Jakarta). Reused on an operation that changes state with the same body (key order and whitespace aside) after a success: the original answer again, referenceNo included, with HTTP 409 and nothing done twice. Reused otherwise (another body, another operation, a first call that was refused, a query): 409xx00 Conflict.
                 * @example 41807553358950093184162180797837
                 */
                "X-EXTERNAL-ID": components["parameters"]["XExternalId"];
                /** @description base64(HMAC-SHA512(clientSecret, METHOD + ":" + path + ":" + B2B accessToken + ":" + lowerhex(SHA-256(minified body)) + ":" + X-TIMESTAMP)) */
                "X-SIGNATURE": components["parameters"]["XSignatureSymmetric"];
                "CHANNEL-ID"?: components["parameters"]["ChannelId"];
                "X-DEVICE-ID"?: components["parameters"]["XDeviceId"];
                "X-IP-ADDRESS"?: components["parameters"]["XIpAddress"];
                ORIGIN?: components["parameters"]["Origin"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "originalPartnerReferenceNo": "INV-DD-0001",
                 *       "serviceCode": "55",
                 *       "additionalInfo": {
                 *         "channel": "EMONEY_OVO_SNAP"
                 *       }
                 *     }
                 */
                "application/json": {
                    originalPartnerReferenceNo?: string | null;
                    originalReferenceNo?: string | null;
                    originalExternalId?: string | null;
                    /** @enum {string} */
                    serviceCode: "55";
                    transactionDate?: string | null;
                    amount?: {
                        value?: string | null;
                        currency?: string | null;
                    } | null;
                    merchantId?: string | null;
                    subMerchantId?: string | null;
                    externalStoreId?: string | null;
                    additionalInfo?: {
                        deviceId?: string | null;
                        channel?: components["schemas"]["DebitChannel"];
                        origin?: Record<string, unknown>;
                    } | null;
                };
            };
        };
        responses: {
            /** @description The payment's state */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        responseCode: "2005500";
                        responseMessage: string;
                        originalPartnerReferenceNo: string;
                        originalReferenceNo: string;
                        approvalCode?: string;
                        originalExternalId?: string;
                        /** @enum {string} */
                        serviceCode: "55";
                        /** @enum {string} */
                        latestTransactionStatus: "00" | "03" | "04" | "05" | "06";
                        transactionStatusDesc: string;
                        originalResponseCode?: string;
                        originalResponseMessage?: string;
                        refundHistory?: {
                            refundNo: string;
                            partnerReferenceNo: string;
                            refundAmount: components["schemas"]["Money"];
                            /** @enum {string} */
                            refundStatus: "00";
                            refundDate: string;
                            reason?: string;
                        }[];
                        transAmount: components["schemas"]["Money"];
                        feeAmount?: components["schemas"]["Money"];
                        paidTime?: string;
                        additionalInfo?: components["schemas"]["AdditionalInfo"];
                    };
                };
            };
            default: components["responses"]["SnapError"];
        };
    };
    transactionHistoryList: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description ISO-8601 with offset or Z, with or without milliseconds, e.g. 2024-03-26T16:01:41+07:00
                 * @example 2024-03-26T16:01:41+07:00
                 */
                "X-TIMESTAMP": components["parameters"]["XTimestamp"];
                /**
                 * @description The partner's DOKU Client ID (same value as X-CLIENT-KEY on token calls)
                 * @example BRN-0001-1732500000001
                 */
                "X-PARTNER-ID": components["parameters"]["XPartnerId"];
                /**
                 * @description Numeric, at most 36 digits, unique per partner per calendar day (Asia/Jakarta). Reused on an operation that changes state with the same body (key order and whitespace aside) after a success: the original answer again, referenceNo included, with HTTP 409 and nothing done twice. Reused otherwise (another body, another operation, a first call that was refused, a query): 409xx00 Conflict.
                 * @example 41807553358950093184162180797837
                 */
                "X-EXTERNAL-ID": components["parameters"]["XExternalId"];
                /** @description base64(HMAC-SHA512(clientSecret, METHOD + ":" + path + ":" + B2B accessToken + ":" + lowerhex(SHA-256(minified body)) + ":" + X-TIMESTAMP)) */
                "X-SIGNATURE": components["parameters"]["XSignatureSymmetric"];
                "CHANNEL-ID"?: components["parameters"]["ChannelId"];
                "X-DEVICE-ID"?: components["parameters"]["XDeviceId"];
                "X-IP-ADDRESS"?: components["parameters"]["XIpAddress"];
                ORIGIN?: components["parameters"]["Origin"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "partnerReferenceNo": "2020102900000000000005",
                 *       "pageSize": 10,
                 *       "pageNumber": 0,
                 *       "additionalInfo": {}
                 *     }
                 */
                "application/json": {
                    partnerReferenceNo?: components["schemas"]["PartnerReferenceNo"];
                    fromDateTime?: components["schemas"]["DateTime"];
                    toDateTime?: components["schemas"]["DateTime"];
                    pageSize?: number;
                    pageNumber?: number;
                    additionalInfo?: components["schemas"]["AdditionalInfo"];
                };
            };
        };
        responses: {
            /** @description One page of the customer's transactions */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "responseCode": "2001200",
                     *       "responseMessage": "Successful",
                     *       "referenceNo": "0UJ79QK2M4X8ZB1C5D3P",
                     *       "partnerReferenceNo": "2020102900000000000005",
                     *       "detailData": [
                     *         {
                     *           "dateTime": "2024-03-26T16:01:41+07:00",
                     *           "amount": {
                     *             "value": "100000.00",
                     *             "currency": "IDR"
                     *           },
                     *           "remark": "Top up from Sandbox Test Merchant",
                     *           "sourceOfFunds": [
                     *             {
                     *               "source": "PARTNER_DEPOSIT",
                     *               "amount": {
                     *                 "value": "100000.00",
                     *                 "currency": "IDR"
                     *               }
                     *             }
                     *           ],
                     *           "status": "SUCCESS",
                     *           "type": "TOP_UP",
                     *           "additionalInfo": {
                     *             "referenceNo": "7H2KD9W4Q1N8X3ZB6C0P",
                     *             "partnerReferenceNo": "2020102900000000000002",
                     *             "latestTransactionStatus": "00",
                     *             "debitCredit": "CREDIT"
                     *           }
                     *         }
                     *       ],
                     *       "additionalInfo": {
                     *         "pageNumber": 0,
                     *         "pageSize": 10,
                     *         "totalData": 1,
                     *         "totalPage": 1
                     *       }
                     *     }
                     */
                    "application/json": {
                        /** @enum {string} */
                        responseCode: "2001200";
                        responseMessage: string;
                        referenceNo: string;
                        partnerReferenceNo?: string;
                        detailData: components["schemas"]["HistoryEntry"][];
                        additionalInfo?: {
                            pageNumber?: number;
                            pageSize?: number;
                            totalData?: number;
                            totalPage?: number;
                        };
                    };
                };
            };
            default: components["responses"]["SnapError"];
        };
    };
    transactionHistoryListB2b: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description ISO-8601 with offset or Z, with or without milliseconds, e.g. 2024-03-26T16:01:41+07:00
                 * @example 2024-03-26T16:01:41+07:00
                 */
                "X-TIMESTAMP": components["parameters"]["XTimestamp"];
                /**
                 * @description The partner's DOKU Client ID (same value as X-CLIENT-KEY on token calls)
                 * @example BRN-0001-1732500000001
                 */
                "X-PARTNER-ID": components["parameters"]["XPartnerId"];
                /**
                 * @description Numeric, at most 36 digits, unique per partner per calendar day (Asia/Jakarta). Reused on an operation that changes state with the same body (key order and whitespace aside) after a success: the original answer again, referenceNo included, with HTTP 409 and nothing done twice. Reused otherwise (another body, another operation, a first call that was refused, a query): 409xx00 Conflict.
                 * @example 41807553358950093184162180797837
                 */
                "X-EXTERNAL-ID": components["parameters"]["XExternalId"];
                /** @description base64(HMAC-SHA512(clientSecret, METHOD + ":" + path + ":" + B2B accessToken + ":" + lowerhex(SHA-256(minified body)) + ":" + X-TIMESTAMP)) */
                "X-SIGNATURE": components["parameters"]["XSignatureSymmetric"];
                "CHANNEL-ID"?: components["parameters"]["ChannelId"];
                "X-DEVICE-ID"?: components["parameters"]["XDeviceId"];
                "X-IP-ADDRESS"?: components["parameters"]["XIpAddress"];
                ORIGIN?: components["parameters"]["Origin"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "partnerReferenceNo": "2020102900000000000005",
                 *       "pageSize": 10,
                 *       "pageNumber": 0,
                 *       "additionalInfo": {}
                 *     }
                 */
                "application/json": {
                    partnerReferenceNo?: components["schemas"]["PartnerReferenceNo"];
                    fromDateTime?: components["schemas"]["DateTime"];
                    toDateTime?: components["schemas"]["DateTime"];
                    pageSize?: number;
                    pageNumber?: number;
                    additionalInfo?: components["schemas"]["AdditionalInfo"];
                };
            };
        };
        responses: {
            /** @description One page of the customer's transactions */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "responseCode": "2001200",
                     *       "responseMessage": "Successful",
                     *       "referenceNo": "0UJ79QK2M4X8ZB1C5D3P",
                     *       "partnerReferenceNo": "2020102900000000000005",
                     *       "detailData": [
                     *         {
                     *           "dateTime": "2024-03-26T16:01:41+07:00",
                     *           "amount": {
                     *             "value": "100000.00",
                     *             "currency": "IDR"
                     *           },
                     *           "remark": "Top up from Sandbox Test Merchant",
                     *           "sourceOfFunds": [
                     *             {
                     *               "source": "PARTNER_DEPOSIT",
                     *               "amount": {
                     *                 "value": "100000.00",
                     *                 "currency": "IDR"
                     *               }
                     *             }
                     *           ],
                     *           "status": "SUCCESS",
                     *           "type": "TOP_UP",
                     *           "additionalInfo": {
                     *             "referenceNo": "7H2KD9W4Q1N8X3ZB6C0P",
                     *             "partnerReferenceNo": "2020102900000000000002",
                     *             "latestTransactionStatus": "00",
                     *             "debitCredit": "CREDIT"
                     *           }
                     *         }
                     *       ],
                     *       "additionalInfo": {
                     *         "pageNumber": 0,
                     *         "pageSize": 10,
                     *         "totalData": 1,
                     *         "totalPage": 1
                     *       }
                     *     }
                     */
                    "application/json": {
                        /** @enum {string} */
                        responseCode: "2001200";
                        responseMessage: string;
                        referenceNo: string;
                        partnerReferenceNo?: string;
                        detailData: components["schemas"]["HistoryEntry"][];
                        additionalInfo?: {
                            pageNumber?: number;
                            pageSize?: number;
                            totalData?: number;
                            totalPage?: number;
                        };
                    };
                };
            };
            default: components["responses"]["SnapError"];
        };
    };
    transactionHistoryDetail: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description ISO-8601 with offset or Z, with or without milliseconds, e.g. 2024-03-26T16:01:41+07:00
                 * @example 2024-03-26T16:01:41+07:00
                 */
                "X-TIMESTAMP": components["parameters"]["XTimestamp"];
                /**
                 * @description The partner's DOKU Client ID (same value as X-CLIENT-KEY on token calls)
                 * @example BRN-0001-1732500000001
                 */
                "X-PARTNER-ID": components["parameters"]["XPartnerId"];
                /**
                 * @description Numeric, at most 36 digits, unique per partner per calendar day (Asia/Jakarta). Reused on an operation that changes state with the same body (key order and whitespace aside) after a success: the original answer again, referenceNo included, with HTTP 409 and nothing done twice. Reused otherwise (another body, another operation, a first call that was refused, a query): 409xx00 Conflict.
                 * @example 41807553358950093184162180797837
                 */
                "X-EXTERNAL-ID": components["parameters"]["XExternalId"];
                /** @description base64(HMAC-SHA512(clientSecret, METHOD + ":" + path + ":" + B2B accessToken + ":" + lowerhex(SHA-256(minified body)) + ":" + X-TIMESTAMP)) */
                "X-SIGNATURE": components["parameters"]["XSignatureSymmetric"];
                "CHANNEL-ID"?: components["parameters"]["ChannelId"];
                "X-DEVICE-ID"?: components["parameters"]["XDeviceId"];
                "X-IP-ADDRESS"?: components["parameters"]["XIpAddress"];
                ORIGIN?: components["parameters"]["Origin"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "originalPartnerReferenceNo": "2020102900000000000002",
                 *       "additionalInfo": {}
                 *     }
                 */
                "application/json": {
                    originalPartnerReferenceNo: components["schemas"]["PartnerReferenceNo"];
                    additionalInfo?: components["schemas"]["AdditionalInfo"];
                };
            };
        };
        responses: {
            /** @description The transaction */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "responseCode": "2001300",
                     *       "responseMessage": "Successful",
                     *       "referenceNo": "7H2KD9W4Q1N8X3ZB6C0P",
                     *       "partnerReferenceNo": "2020102900000000000002",
                     *       "amount": {
                     *         "value": "100000.00",
                     *         "currency": "IDR"
                     *       },
                     *       "dateTime": "2024-03-26T16:01:41+07:00",
                     *       "refundAmount": {
                     *         "value": "0.00",
                     *         "currency": "IDR"
                     *       },
                     *       "remark": "Top up from Sandbox Test Merchant",
                     *       "sourceOfFunds": [
                     *         {
                     *           "source": "PARTNER_DEPOSIT",
                     *           "amount": {
                     *             "value": "100000.00",
                     *             "currency": "IDR"
                     *           }
                     *         }
                     *       ],
                     *       "status": "SUCCESS",
                     *       "type": "TOP_UP",
                     *       "additionalInfo": {
                     *         "referenceNo": "7H2KD9W4Q1N8X3ZB6C0P",
                     *         "partnerReferenceNo": "2020102900000000000002",
                     *         "latestTransactionStatus": "00",
                     *         "debitCredit": "CREDIT"
                     *       }
                     *     }
                     */
                    "application/json": {
                        /** @enum {string} */
                        responseCode: "2001300";
                        responseMessage: string;
                        referenceNo: string;
                        partnerReferenceNo: string;
                        amount: components["schemas"]["Money"];
                        cancelledTime?: components["schemas"]["DateTime"];
                        dateTime: components["schemas"]["DateTime"];
                        refundAmount: components["schemas"]["Money"];
                        remark?: string;
                        sourceOfFunds?: components["schemas"]["HistorySourceOfFunds"][];
                        status: components["schemas"]["HistoryStatus"];
                        type: components["schemas"]["HistoryType"];
                        additionalInfo?: components["schemas"]["HistoryAdditionalInfo"];
                    };
                };
            };
            default: components["responses"]["SnapError"];
        };
    };
    transactionHistoryDetailB2b: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description ISO-8601 with offset or Z, with or without milliseconds, e.g. 2024-03-26T16:01:41+07:00
                 * @example 2024-03-26T16:01:41+07:00
                 */
                "X-TIMESTAMP": components["parameters"]["XTimestamp"];
                /**
                 * @description The partner's DOKU Client ID (same value as X-CLIENT-KEY on token calls)
                 * @example BRN-0001-1732500000001
                 */
                "X-PARTNER-ID": components["parameters"]["XPartnerId"];
                /**
                 * @description Numeric, at most 36 digits, unique per partner per calendar day (Asia/Jakarta). Reused on an operation that changes state with the same body (key order and whitespace aside) after a success: the original answer again, referenceNo included, with HTTP 409 and nothing done twice. Reused otherwise (another body, another operation, a first call that was refused, a query): 409xx00 Conflict.
                 * @example 41807553358950093184162180797837
                 */
                "X-EXTERNAL-ID": components["parameters"]["XExternalId"];
                /** @description base64(HMAC-SHA512(clientSecret, METHOD + ":" + path + ":" + B2B accessToken + ":" + lowerhex(SHA-256(minified body)) + ":" + X-TIMESTAMP)) */
                "X-SIGNATURE": components["parameters"]["XSignatureSymmetric"];
                "CHANNEL-ID"?: components["parameters"]["ChannelId"];
                "X-DEVICE-ID"?: components["parameters"]["XDeviceId"];
                "X-IP-ADDRESS"?: components["parameters"]["XIpAddress"];
                ORIGIN?: components["parameters"]["Origin"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "originalPartnerReferenceNo": "2020102900000000000002",
                 *       "additionalInfo": {}
                 *     }
                 */
                "application/json": {
                    originalPartnerReferenceNo: components["schemas"]["PartnerReferenceNo"];
                    additionalInfo?: components["schemas"]["AdditionalInfo"];
                };
            };
        };
        responses: {
            /** @description The transaction */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "responseCode": "2001300",
                     *       "responseMessage": "Successful",
                     *       "referenceNo": "7H2KD9W4Q1N8X3ZB6C0P",
                     *       "partnerReferenceNo": "2020102900000000000002",
                     *       "amount": {
                     *         "value": "100000.00",
                     *         "currency": "IDR"
                     *       },
                     *       "dateTime": "2024-03-26T16:01:41+07:00",
                     *       "refundAmount": {
                     *         "value": "0.00",
                     *         "currency": "IDR"
                     *       },
                     *       "remark": "Top up from Sandbox Test Merchant",
                     *       "sourceOfFunds": [
                     *         {
                     *           "source": "PARTNER_DEPOSIT",
                     *           "amount": {
                     *             "value": "100000.00",
                     *             "currency": "IDR"
                     *           }
                     *         }
                     *       ],
                     *       "status": "SUCCESS",
                     *       "type": "TOP_UP",
                     *       "additionalInfo": {
                     *         "referenceNo": "7H2KD9W4Q1N8X3ZB6C0P",
                     *         "partnerReferenceNo": "2020102900000000000002",
                     *         "latestTransactionStatus": "00",
                     *         "debitCredit": "CREDIT"
                     *       }
                     *     }
                     */
                    "application/json": {
                        /** @enum {string} */
                        responseCode: "2001300";
                        responseMessage: string;
                        referenceNo: string;
                        partnerReferenceNo: string;
                        amount: components["schemas"]["Money"];
                        cancelledTime?: components["schemas"]["DateTime"];
                        dateTime: components["schemas"]["DateTime"];
                        refundAmount: components["schemas"]["Money"];
                        remark?: string;
                        sourceOfFunds?: components["schemas"]["HistorySourceOfFunds"][];
                        status: components["schemas"]["HistoryStatus"];
                        type: components["schemas"]["HistoryType"];
                        additionalInfo?: components["schemas"]["HistoryAdditionalInfo"];
                    };
                };
            };
            default: components["responses"]["SnapError"];
        };
    };
    verifyOtp: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description ISO-8601 with offset or Z, with or without milliseconds, e.g. 2024-03-26T16:01:41+07:00
                 * @example 2024-03-26T16:01:41+07:00
                 */
                "X-TIMESTAMP": components["parameters"]["XTimestamp"];
                /**
                 * @description The partner's DOKU Client ID (same value as X-CLIENT-KEY on token calls)
                 * @example BRN-0001-1732500000001
                 */
                "X-PARTNER-ID": components["parameters"]["XPartnerId"];
                /**
                 * @description Numeric, at most 36 digits, unique per partner per calendar day (Asia/Jakarta). Reused on an operation that changes state with the same body (key order and whitespace aside) after a success: the original answer again, referenceNo included, with HTTP 409 and nothing done twice. Reused otherwise (another body, another operation, a first call that was refused, a query): 409xx00 Conflict.
                 * @example 41807553358950093184162180797837
                 */
                "X-EXTERNAL-ID": components["parameters"]["XExternalId"];
                /** @description base64(HMAC-SHA512(clientSecret, METHOD + ":" + path + ":" + B2B accessToken + ":" + lowerhex(SHA-256(minified body)) + ":" + X-TIMESTAMP)) */
                "X-SIGNATURE": components["parameters"]["XSignatureSymmetric"];
                "CHANNEL-ID"?: components["parameters"]["ChannelId"];
                "X-DEVICE-ID"?: components["parameters"]["XDeviceId"];
                "X-IP-ADDRESS"?: components["parameters"]["XIpAddress"];
                ORIGIN?: components["parameters"]["Origin"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "originalPartnerReferenceNo": "f1a69bce-41bc-4abd-8c5c-01910574e404",
                 *       "originalReferenceNo": "7Q2M0X4K9B1C5D8E3F6A",
                 *       "otp": "000000"
                 *     }
                 */
                "application/json": {
                    originalPartnerReferenceNo: components["schemas"]["PartnerReferenceNo"];
                    originalReferenceNo: string;
                    otp: string;
                    action?: string;
                    type?: string;
                    merchantId?: string;
                    chargeToken?: string;
                    additionalInfo?: components["schemas"]["AdditionalInfo"];
                };
            };
        };
        responses: {
            /** @description OTP accepted */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "responseCode": "2000400",
                     *       "responseMessage": "Successful",
                     *       "originalPartnerReferenceNo": "f1a69bce-41bc-4abd-8c5c-01910574e404",
                     *       "originalReferenceNo": "7Q2M0X4K9B1C5D8E3F6A",
                     *       "email": "snap.account@example.com",
                     *       "phoneNo": "6281212340099",
                     *       "qparamsURL": "http://localhost:8080/webview/create-pin",
                     *       "qparams": {
                     *         "token": "3q2-7wEAAAA…"
                     *       },
                     *       "additionalInfo": {}
                     *     }
                     */
                    "application/json": {
                        /** @enum {string} */
                        responseCode: "2000400";
                        responseMessage: string;
                        originalPartnerReferenceNo: string;
                        originalReferenceNo: string;
                        email?: string;
                        phoneNo?: string;
                        sendOtpFlag?: string;
                        /** @description Create-PIN page (registration only); lower-case p, as DOKU's SDKs read it */
                        qparamsURL?: string;
                        qparams?: {
                            token: string;
                        };
                        additionalInfo?: components["schemas"]["AdditionalInfo"];
                    };
                };
            };
            default: components["responses"]["SnapError"];
        };
    };
    requestOtp: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description ISO-8601 with offset or Z, with or without milliseconds, e.g. 2024-03-26T16:01:41+07:00
                 * @example 2024-03-26T16:01:41+07:00
                 */
                "X-TIMESTAMP": components["parameters"]["XTimestamp"];
                /**
                 * @description The partner's DOKU Client ID (same value as X-CLIENT-KEY on token calls)
                 * @example BRN-0001-1732500000001
                 */
                "X-PARTNER-ID": components["parameters"]["XPartnerId"];
                /**
                 * @description Numeric, at most 36 digits, unique per partner per calendar day (Asia/Jakarta). Reused on an operation that changes state with the same body (key order and whitespace aside) after a success: the original answer again, referenceNo included, with HTTP 409 and nothing done twice. Reused otherwise (another body, another operation, a first call that was refused, a query): 409xx00 Conflict.
                 * @example 41807553358950093184162180797837
                 */
                "X-EXTERNAL-ID": components["parameters"]["XExternalId"];
                /** @description base64(HMAC-SHA512(clientSecret, METHOD + ":" + path + ":" + B2B accessToken + ":" + lowerhex(SHA-256(minified body)) + ":" + X-TIMESTAMP)) */
                "X-SIGNATURE": components["parameters"]["XSignatureSymmetric"];
                "CHANNEL-ID"?: components["parameters"]["ChannelId"];
                "X-DEVICE-ID"?: components["parameters"]["XDeviceId"];
                "X-IP-ADDRESS"?: components["parameters"]["XIpAddress"];
                ORIGIN?: components["parameters"]["Origin"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "originalPartnerReferenceNo": "f1a69bce-41bc-4abd-8c5c-01910574e404",
                 *       "originalReferenceNo": "7Q2M0X4K9B1C5D8E3F6A"
                 *     }
                 */
                "application/json": {
                    originalPartnerReferenceNo: components["schemas"]["PartnerReferenceNo"];
                    originalReferenceNo: string;
                    partnerReferenceNo?: components["schemas"]["PartnerReferenceNo"];
                    journeyId?: string;
                    merchantId?: string;
                    subMerchant?: string;
                    externalStoreId?: string;
                    trxDateTime?: components["schemas"]["DateTime"];
                    otpTrxCode?: string;
                    otpReasonCode?: string;
                    otpReasonMessage?: string;
                    additionalInfo?: components["schemas"]["AdditionalInfo"];
                };
            };
        };
        responses: {
            /** @description A new OTP was sent */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        responseCode: "2008100";
                        responseMessage: string;
                        referenceNo: string;
                        partnerReferenceNo: string;
                        additionalInfo?: components["schemas"]["AdditionalInfo"];
                    };
                };
            };
            default: components["responses"]["SnapError"];
        };
    };
    requestOtpB2b2c: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description ISO-8601 with offset or Z, with or without milliseconds, e.g. 2024-03-26T16:01:41+07:00
                 * @example 2024-03-26T16:01:41+07:00
                 */
                "X-TIMESTAMP": components["parameters"]["XTimestamp"];
                /**
                 * @description The partner's DOKU Client ID (same value as X-CLIENT-KEY on token calls)
                 * @example BRN-0001-1732500000001
                 */
                "X-PARTNER-ID": components["parameters"]["XPartnerId"];
                /**
                 * @description Numeric, at most 36 digits, unique per partner per calendar day (Asia/Jakarta). Reused on an operation that changes state with the same body (key order and whitespace aside) after a success: the original answer again, referenceNo included, with HTTP 409 and nothing done twice. Reused otherwise (another body, another operation, a first call that was refused, a query): 409xx00 Conflict.
                 * @example 41807553358950093184162180797837
                 */
                "X-EXTERNAL-ID": components["parameters"]["XExternalId"];
                /** @description base64(HMAC-SHA512(clientSecret, METHOD + ":" + path + ":" + B2B accessToken + ":" + lowerhex(SHA-256(minified body)) + ":" + X-TIMESTAMP)) */
                "X-SIGNATURE": components["parameters"]["XSignatureSymmetric"];
                "CHANNEL-ID"?: components["parameters"]["ChannelId"];
                "X-DEVICE-ID"?: components["parameters"]["XDeviceId"];
                "X-IP-ADDRESS"?: components["parameters"]["XIpAddress"];
                ORIGIN?: components["parameters"]["Origin"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "originalPartnerReferenceNo": "f1a69bce-41bc-4abd-8c5c-01910574e404",
                 *       "originalReferenceNo": "7Q2M0X4K9B1C5D8E3F6A"
                 *     }
                 */
                "application/json": {
                    originalPartnerReferenceNo: components["schemas"]["PartnerReferenceNo"];
                    originalReferenceNo: string;
                    partnerReferenceNo?: components["schemas"]["PartnerReferenceNo"];
                    journeyId?: string;
                    merchantId?: string;
                    subMerchant?: string;
                    externalStoreId?: string;
                    trxDateTime?: components["schemas"]["DateTime"];
                    otpTrxCode?: string;
                    otpReasonCode?: string;
                    otpReasonMessage?: string;
                    additionalInfo?: components["schemas"]["AdditionalInfo"];
                };
            };
        };
        responses: {
            /** @description A new OTP was sent */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        responseCode: "2008100";
                        responseMessage: string;
                        referenceNo: string;
                        partnerReferenceNo: string;
                        additionalInfo?: components["schemas"]["AdditionalInfo"];
                    };
                };
            };
            default: components["responses"]["SnapError"];
        };
    };
    purchaseWeb: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description ISO-8601 with offset or Z, with or without milliseconds, e.g. 2024-03-26T16:01:41+07:00
                 * @example 2024-03-26T16:01:41+07:00
                 */
                "X-TIMESTAMP": components["parameters"]["XTimestamp"];
                /**
                 * @description The partner's DOKU Client ID (same value as X-CLIENT-KEY on token calls)
                 * @example BRN-0001-1732500000001
                 */
                "X-PARTNER-ID": components["parameters"]["XPartnerId"];
                /**
                 * @description Numeric, at most 36 digits, unique per partner per calendar day (Asia/Jakarta). Reused on an operation that changes state with the same body (key order and whitespace aside) after a success: the original answer again, referenceNo included, with HTTP 409 and nothing done twice. Reused otherwise (another body, another operation, a first call that was refused, a query): 409xx00 Conflict.
                 * @example 41807553358950093184162180797837
                 */
                "X-EXTERNAL-ID": components["parameters"]["XExternalId"];
                /** @description base64(HMAC-SHA512(clientSecret, METHOD + ":" + path + ":" + B2B accessToken + ":" + lowerhex(SHA-256(minified body)) + ":" + X-TIMESTAMP)) */
                "X-SIGNATURE": components["parameters"]["XSignatureSymmetric"];
                "CHANNEL-ID"?: components["parameters"]["ChannelId"];
                "X-DEVICE-ID"?: components["parameters"]["XDeviceId"];
                "X-IP-ADDRESS"?: components["parameters"]["XIpAddress"];
                ORIGIN?: components["parameters"]["Origin"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "partnerReferenceNo": "INV-20241125-0001",
                 *       "amount": {
                 *         "value": "10000.00",
                 *         "currency": "IDR"
                 *       },
                 *       "merchantId": "M-SANDBOX-0001",
                 *       "validUpTo": "2099-01-01T10:00:00+07:00",
                 *       "urlParams": [
                 *         {
                 *           "url": "https://merchant.example/pay/return",
                 *           "type": "PAY_RETURN",
                 *           "isDeeplink": "N"
                 *         },
                 *         {
                 *           "url": "https://merchant.example/v1.0/debit/notify",
                 *           "type": "PAY_NOTIFY",
                 *           "isDeeplink": "N"
                 *         }
                 *       ],
                 *       "additionalInfo": {
                 *         "successPaymentUrl": "https://merchant.example/pay/success",
                 *         "failedPaymentUrl": "https://merchant.example/pay/failed"
                 *       }
                 *     }
                 */
                "application/json": {
                    partnerReferenceNo: components["schemas"]["PartnerReferenceNo"];
                    amount: components["schemas"]["MoneyTwoDecimals"];
                    merchantId?: string;
                    subMerchantId?: string;
                    externalStoreId?: string;
                    validUpTo?: components["schemas"]["DateTime"];
                    pointOfInitiation?: string;
                    urlParams?: {
                        url: string;
                        /** @enum {string} */
                        type: "PAY_RETURN" | "PAY_NOTIFY";
                        /** @enum {string} */
                        isDeeplink?: "Y" | "N";
                    }[];
                    payOptionDetails?: {
                        [key: string]: unknown;
                    }[];
                    feeType?: string;
                    additionalInfo?: {
                        successPaymentUrl?: string;
                        failedPaymentUrl?: string;
                        remarks?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
        };
        responses: {
            /** @description Purchase opened; send the customer to webRedirectUrl */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "responseCode": "2005400",
                     *       "responseMessage": "Successful",
                     *       "referenceNo": "7Q2K9M4X1B8C5D3E6F0G",
                     *       "partnerReferenceNo": "INV-20241125-0001",
                     *       "approvalCode": "",
                     *       "webRedirectUrl": "http://localhost:8080/webview/purchase?token=3f1c…",
                     *       "appRedirectUrl": "http://localhost:8080/webview/purchase?token=3f1c…",
                     *       "additionalInfo": {
                     *         "validUpTo": "2099-01-01T10:00:00+07:00"
                     *       }
                     *     }
                     */
                    "application/json": {
                        /** @enum {string} */
                        responseCode: "2005400";
                        responseMessage: string;
                        referenceNo: string;
                        partnerReferenceNo: string;
                        approvalCode?: string;
                        webRedirectUrl: string;
                        appRedirectUrl?: string;
                        additionalInfo?: components["schemas"]["AdditionalInfo"];
                    };
                };
            };
            default: components["responses"]["SnapError"];
        };
    };
    purchaseWebB2b: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description ISO-8601 with offset or Z, with or without milliseconds, e.g. 2024-03-26T16:01:41+07:00
                 * @example 2024-03-26T16:01:41+07:00
                 */
                "X-TIMESTAMP": components["parameters"]["XTimestamp"];
                /**
                 * @description The partner's DOKU Client ID (same value as X-CLIENT-KEY on token calls)
                 * @example BRN-0001-1732500000001
                 */
                "X-PARTNER-ID": components["parameters"]["XPartnerId"];
                /**
                 * @description Numeric, at most 36 digits, unique per partner per calendar day (Asia/Jakarta). Reused on an operation that changes state with the same body (key order and whitespace aside) after a success: the original answer again, referenceNo included, with HTTP 409 and nothing done twice. Reused otherwise (another body, another operation, a first call that was refused, a query): 409xx00 Conflict.
                 * @example 41807553358950093184162180797837
                 */
                "X-EXTERNAL-ID": components["parameters"]["XExternalId"];
                /** @description base64(HMAC-SHA512(clientSecret, METHOD + ":" + path + ":" + B2B accessToken + ":" + lowerhex(SHA-256(minified body)) + ":" + X-TIMESTAMP)) */
                "X-SIGNATURE": components["parameters"]["XSignatureSymmetric"];
                "CHANNEL-ID"?: components["parameters"]["ChannelId"];
                "X-DEVICE-ID"?: components["parameters"]["XDeviceId"];
                "X-IP-ADDRESS"?: components["parameters"]["XIpAddress"];
                ORIGIN?: components["parameters"]["Origin"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "partnerReferenceNo": "INV-20241125-0001",
                 *       "amount": {
                 *         "value": "10000.00",
                 *         "currency": "IDR"
                 *       },
                 *       "merchantId": "M-SANDBOX-0001",
                 *       "validUpTo": "2099-01-01T10:00:00+07:00",
                 *       "urlParams": [
                 *         {
                 *           "url": "https://merchant.example/pay/return",
                 *           "type": "PAY_RETURN",
                 *           "isDeeplink": "N"
                 *         },
                 *         {
                 *           "url": "https://merchant.example/v1.0/debit/notify",
                 *           "type": "PAY_NOTIFY",
                 *           "isDeeplink": "N"
                 *         }
                 *       ],
                 *       "additionalInfo": {
                 *         "successPaymentUrl": "https://merchant.example/pay/success",
                 *         "failedPaymentUrl": "https://merchant.example/pay/failed"
                 *       }
                 *     }
                 */
                "application/json": {
                    partnerReferenceNo: components["schemas"]["PartnerReferenceNo"];
                    amount: components["schemas"]["MoneyTwoDecimals"];
                    merchantId?: string;
                    subMerchantId?: string;
                    externalStoreId?: string;
                    validUpTo?: components["schemas"]["DateTime"];
                    pointOfInitiation?: string;
                    urlParams?: {
                        url: string;
                        /** @enum {string} */
                        type: "PAY_RETURN" | "PAY_NOTIFY";
                        /** @enum {string} */
                        isDeeplink?: "Y" | "N";
                    }[];
                    payOptionDetails?: {
                        [key: string]: unknown;
                    }[];
                    feeType?: string;
                    additionalInfo?: {
                        successPaymentUrl?: string;
                        failedPaymentUrl?: string;
                        remarks?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
        };
        responses: {
            /** @description Purchase opened; send the customer to webRedirectUrl */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "responseCode": "2005400",
                     *       "responseMessage": "Successful",
                     *       "referenceNo": "7Q2K9M4X1B8C5D3E6F0G",
                     *       "partnerReferenceNo": "INV-20241125-0001",
                     *       "approvalCode": "",
                     *       "webRedirectUrl": "http://localhost:8080/webview/purchase?token=3f1c…",
                     *       "appRedirectUrl": "http://localhost:8080/webview/purchase?token=3f1c…",
                     *       "additionalInfo": {
                     *         "validUpTo": "2099-01-01T10:00:00+07:00"
                     *       }
                     *     }
                     */
                    "application/json": {
                        /** @enum {string} */
                        responseCode: "2005400";
                        responseMessage: string;
                        referenceNo: string;
                        partnerReferenceNo: string;
                        approvalCode?: string;
                        webRedirectUrl: string;
                        appRedirectUrl?: string;
                        additionalInfo?: components["schemas"]["AdditionalInfo"];
                    };
                };
            };
            default: components["responses"]["SnapError"];
        };
    };
    purchaseStatus: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description ISO-8601 with offset or Z, with or without milliseconds, e.g. 2024-03-26T16:01:41+07:00
                 * @example 2024-03-26T16:01:41+07:00
                 */
                "X-TIMESTAMP": components["parameters"]["XTimestamp"];
                /**
                 * @description The partner's DOKU Client ID (same value as X-CLIENT-KEY on token calls)
                 * @example BRN-0001-1732500000001
                 */
                "X-PARTNER-ID": components["parameters"]["XPartnerId"];
                /**
                 * @description Numeric, at most 36 digits, unique per partner per calendar day (Asia/Jakarta). Reused on an operation that changes state with the same body (key order and whitespace aside) after a success: the original answer again, referenceNo included, with HTTP 409 and nothing done twice. Reused otherwise (another body, another operation, a first call that was refused, a query): 409xx00 Conflict.
                 * @example 41807553358950093184162180797837
                 */
                "X-EXTERNAL-ID": components["parameters"]["XExternalId"];
                /** @description base64(HMAC-SHA512(clientSecret, METHOD + ":" + path + ":" + B2B accessToken + ":" + lowerhex(SHA-256(minified body)) + ":" + X-TIMESTAMP)) */
                "X-SIGNATURE": components["parameters"]["XSignatureSymmetric"];
                "CHANNEL-ID"?: components["parameters"]["ChannelId"];
                "X-DEVICE-ID"?: components["parameters"]["XDeviceId"];
                "X-IP-ADDRESS"?: components["parameters"]["XIpAddress"];
                ORIGIN?: components["parameters"]["Origin"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "originalPartnerReferenceNo": "INV-20241125-0001",
                 *       "serviceCode": "54"
                 *     }
                 */
                "application/json": {
                    originalPartnerReferenceNo?: string;
                    originalReferenceNo?: string;
                    originalExternalId?: string;
                    /** @enum {string} */
                    serviceCode: "54";
                    transactionDate?: components["schemas"]["DateTime"];
                    amount?: components["schemas"]["MoneyTwoDecimals"];
                    merchantId?: string;
                    subMerchantId?: string;
                    externalStoreId?: string;
                    additionalInfo?: components["schemas"]["AdditionalInfo"];
                };
            };
        };
        responses: {
            /** @description The purchase */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        responseCode: "2005500";
                        responseMessage: string;
                        originalPartnerReferenceNo: string;
                        originalReferenceNo: string;
                        approvalCode?: string;
                        originalExternalId?: string;
                        /** @enum {string} */
                        serviceCode: "54";
                        /** @enum {string} */
                        latestTransactionStatus: "00" | "01" | "02" | "03" | "04" | "05" | "06" | "07";
                        transactionStatusDesc: string;
                        originalResponseCode?: string;
                        originalResponseMessage?: string;
                        sessionId?: string;
                        requestId?: string;
                        refundHistory?: {
                            refundNo: string;
                            partnerRefundNo: string;
                            refundAmount: components["schemas"]["Money"];
                            /** @enum {string} */
                            refundStatus: "00" | "03" | "06";
                            refundDate: string;
                            reason?: string;
                        }[];
                        transAmount: components["schemas"]["Money"];
                        feeAmount?: components["schemas"]["Money"];
                        paidTime?: string;
                        additionalInfo?: components["schemas"]["AdditionalInfo"];
                    };
                };
            };
            default: components["responses"]["SnapError"];
        };
    };
    purchaseStatusB2b2c: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description ISO-8601 with offset or Z, with or without milliseconds, e.g. 2024-03-26T16:01:41+07:00
                 * @example 2024-03-26T16:01:41+07:00
                 */
                "X-TIMESTAMP": components["parameters"]["XTimestamp"];
                /**
                 * @description The partner's DOKU Client ID (same value as X-CLIENT-KEY on token calls)
                 * @example BRN-0001-1732500000001
                 */
                "X-PARTNER-ID": components["parameters"]["XPartnerId"];
                /**
                 * @description Numeric, at most 36 digits, unique per partner per calendar day (Asia/Jakarta). Reused on an operation that changes state with the same body (key order and whitespace aside) after a success: the original answer again, referenceNo included, with HTTP 409 and nothing done twice. Reused otherwise (another body, another operation, a first call that was refused, a query): 409xx00 Conflict.
                 * @example 41807553358950093184162180797837
                 */
                "X-EXTERNAL-ID": components["parameters"]["XExternalId"];
                /** @description base64(HMAC-SHA512(clientSecret, METHOD + ":" + path + ":" + B2B accessToken + ":" + lowerhex(SHA-256(minified body)) + ":" + X-TIMESTAMP)) */
                "X-SIGNATURE": components["parameters"]["XSignatureSymmetric"];
                "CHANNEL-ID"?: components["parameters"]["ChannelId"];
                "X-DEVICE-ID"?: components["parameters"]["XDeviceId"];
                "X-IP-ADDRESS"?: components["parameters"]["XIpAddress"];
                ORIGIN?: components["parameters"]["Origin"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "originalPartnerReferenceNo": "INV-20241125-0001",
                 *       "serviceCode": "54"
                 *     }
                 */
                "application/json": {
                    originalPartnerReferenceNo?: string;
                    originalReferenceNo?: string;
                    originalExternalId?: string;
                    /** @enum {string} */
                    serviceCode: "54";
                    transactionDate?: components["schemas"]["DateTime"];
                    amount?: components["schemas"]["MoneyTwoDecimals"];
                    merchantId?: string;
                    subMerchantId?: string;
                    externalStoreId?: string;
                    additionalInfo?: components["schemas"]["AdditionalInfo"];
                };
            };
        };
        responses: {
            /** @description The purchase */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        responseCode: "2005500";
                        responseMessage: string;
                        originalPartnerReferenceNo: string;
                        originalReferenceNo: string;
                        approvalCode?: string;
                        originalExternalId?: string;
                        /** @enum {string} */
                        serviceCode: "54";
                        /** @enum {string} */
                        latestTransactionStatus: "00" | "01" | "02" | "03" | "04" | "05" | "06" | "07";
                        transactionStatusDesc: string;
                        originalResponseCode?: string;
                        originalResponseMessage?: string;
                        sessionId?: string;
                        requestId?: string;
                        refundHistory?: {
                            refundNo: string;
                            partnerRefundNo: string;
                            refundAmount: components["schemas"]["Money"];
                            /** @enum {string} */
                            refundStatus: "00" | "03" | "06";
                            refundDate: string;
                            reason?: string;
                        }[];
                        transAmount: components["schemas"]["Money"];
                        feeAmount?: components["schemas"]["Money"];
                        paidTime?: string;
                        additionalInfo?: components["schemas"]["AdditionalInfo"];
                    };
                };
            };
            default: components["responses"]["SnapError"];
        };
    };
    purchaseCancel: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description ISO-8601 with offset or Z, with or without milliseconds, e.g. 2024-03-26T16:01:41+07:00
                 * @example 2024-03-26T16:01:41+07:00
                 */
                "X-TIMESTAMP": components["parameters"]["XTimestamp"];
                /**
                 * @description The partner's DOKU Client ID (same value as X-CLIENT-KEY on token calls)
                 * @example BRN-0001-1732500000001
                 */
                "X-PARTNER-ID": components["parameters"]["XPartnerId"];
                /**
                 * @description Numeric, at most 36 digits, unique per partner per calendar day (Asia/Jakarta). Reused on an operation that changes state with the same body (key order and whitespace aside) after a success: the original answer again, referenceNo included, with HTTP 409 and nothing done twice. Reused otherwise (another body, another operation, a first call that was refused, a query): 409xx00 Conflict.
                 * @example 41807553358950093184162180797837
                 */
                "X-EXTERNAL-ID": components["parameters"]["XExternalId"];
                /** @description base64(HMAC-SHA512(clientSecret, METHOD + ":" + path + ":" + B2B accessToken + ":" + lowerhex(SHA-256(minified body)) + ":" + X-TIMESTAMP)) */
                "X-SIGNATURE": components["parameters"]["XSignatureSymmetric"];
                "CHANNEL-ID"?: components["parameters"]["ChannelId"];
                "X-DEVICE-ID"?: components["parameters"]["XDeviceId"];
                "X-IP-ADDRESS"?: components["parameters"]["XIpAddress"];
                ORIGIN?: components["parameters"]["Origin"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "originalPartnerReferenceNo": "INV-20241125-0001",
                 *       "reason": "customer changed their mind"
                 *     }
                 */
                "application/json": {
                    originalPartnerReferenceNo: string;
                    originalReferenceNo?: string;
                    approvalCode?: string;
                    originalExternalId?: string;
                    merchantId?: string;
                    subMerchantId?: string;
                    reason?: string;
                    externalStoreId?: string;
                    amount?: components["schemas"]["MoneyTwoDecimals"];
                    additionalInfo?: components["schemas"]["AdditionalInfo"];
                };
            };
        };
        responses: {
            /** @description Cancelled */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        responseCode: "2005700";
                        responseMessage: string;
                        originalPartnerReferenceNo: string;
                        originalReferenceNo: string;
                        originalExternalId?: string;
                        cancelTime: string;
                        transactionDate?: string;
                        additionalInfo?: components["schemas"]["AdditionalInfo"];
                    };
                };
            };
            default: components["responses"]["SnapError"];
        };
    };
    purchaseCancelB2b2c: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description ISO-8601 with offset or Z, with or without milliseconds, e.g. 2024-03-26T16:01:41+07:00
                 * @example 2024-03-26T16:01:41+07:00
                 */
                "X-TIMESTAMP": components["parameters"]["XTimestamp"];
                /**
                 * @description The partner's DOKU Client ID (same value as X-CLIENT-KEY on token calls)
                 * @example BRN-0001-1732500000001
                 */
                "X-PARTNER-ID": components["parameters"]["XPartnerId"];
                /**
                 * @description Numeric, at most 36 digits, unique per partner per calendar day (Asia/Jakarta). Reused on an operation that changes state with the same body (key order and whitespace aside) after a success: the original answer again, referenceNo included, with HTTP 409 and nothing done twice. Reused otherwise (another body, another operation, a first call that was refused, a query): 409xx00 Conflict.
                 * @example 41807553358950093184162180797837
                 */
                "X-EXTERNAL-ID": components["parameters"]["XExternalId"];
                /** @description base64(HMAC-SHA512(clientSecret, METHOD + ":" + path + ":" + B2B accessToken + ":" + lowerhex(SHA-256(minified body)) + ":" + X-TIMESTAMP)) */
                "X-SIGNATURE": components["parameters"]["XSignatureSymmetric"];
                "CHANNEL-ID"?: components["parameters"]["ChannelId"];
                "X-DEVICE-ID"?: components["parameters"]["XDeviceId"];
                "X-IP-ADDRESS"?: components["parameters"]["XIpAddress"];
                ORIGIN?: components["parameters"]["Origin"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "originalPartnerReferenceNo": "INV-20241125-0001",
                 *       "reason": "customer changed their mind"
                 *     }
                 */
                "application/json": {
                    originalPartnerReferenceNo: string;
                    originalReferenceNo?: string;
                    approvalCode?: string;
                    originalExternalId?: string;
                    merchantId?: string;
                    subMerchantId?: string;
                    reason?: string;
                    externalStoreId?: string;
                    amount?: components["schemas"]["MoneyTwoDecimals"];
                    additionalInfo?: components["schemas"]["AdditionalInfo"];
                };
            };
        };
        responses: {
            /** @description Cancelled */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        responseCode: "2005700";
                        responseMessage: string;
                        originalPartnerReferenceNo: string;
                        originalReferenceNo: string;
                        originalExternalId?: string;
                        cancelTime: string;
                        transactionDate?: string;
                        additionalInfo?: components["schemas"]["AdditionalInfo"];
                    };
                };
            };
            default: components["responses"]["SnapError"];
        };
    };
    purchaseRefund: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description ISO-8601 with offset or Z, with or without milliseconds, e.g. 2024-03-26T16:01:41+07:00
                 * @example 2024-03-26T16:01:41+07:00
                 */
                "X-TIMESTAMP": components["parameters"]["XTimestamp"];
                /**
                 * @description The partner's DOKU Client ID (same value as X-CLIENT-KEY on token calls)
                 * @example BRN-0001-1732500000001
                 */
                "X-PARTNER-ID": components["parameters"]["XPartnerId"];
                /**
                 * @description Numeric, at most 36 digits, unique per partner per calendar day (Asia/Jakarta). Reused on an operation that changes state with the same body (key order and whitespace aside) after a success: the original answer again, referenceNo included, with HTTP 409 and nothing done twice. Reused otherwise (another body, another operation, a first call that was refused, a query): 409xx00 Conflict.
                 * @example 41807553358950093184162180797837
                 */
                "X-EXTERNAL-ID": components["parameters"]["XExternalId"];
                /** @description base64(HMAC-SHA512(clientSecret, METHOD + ":" + path + ":" + B2B accessToken + ":" + lowerhex(SHA-256(minified body)) + ":" + X-TIMESTAMP)) */
                "X-SIGNATURE": components["parameters"]["XSignatureSymmetric"];
                "CHANNEL-ID"?: components["parameters"]["ChannelId"];
                "X-DEVICE-ID"?: components["parameters"]["XDeviceId"];
                "X-IP-ADDRESS"?: components["parameters"]["XIpAddress"];
                ORIGIN?: components["parameters"]["Origin"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "originalPartnerReferenceNo": "INV-20241125-0001",
                 *       "partnerRefundNo": "RFD-20241125-0001",
                 *       "refundAmount": {
                 *         "value": "2500.00",
                 *         "currency": "IDR"
                 *       },
                 *       "reason": "one item out of stock"
                 *     }
                 */
                "application/json": {
                    merchantId?: string;
                    subMerchantId?: string;
                    originalPartnerReferenceNo: string;
                    originalReferenceNo?: string;
                    originalExternalId?: string;
                    partnerRefundNo: string;
                    refundAmount?: components["schemas"]["MoneyTwoDecimals"];
                    externalStoreId?: string;
                    reason?: string;
                    additionalInfo?: components["schemas"]["AdditionalInfo"];
                };
            };
        };
        responses: {
            /** @description Refunded */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        responseCode: "2005800";
                        responseMessage: string;
                        originalPartnerReferenceNo: string;
                        originalReferenceNo?: string;
                        originalExternalId?: string;
                        partnerTrxId?: string;
                        refundNo: string;
                        partnerRefundNo: string;
                        refundAmount: components["schemas"]["Money"];
                        refundTime: string;
                        additionalInfo?: components["schemas"]["AdditionalInfo"];
                    };
                };
            };
            default: components["responses"]["SnapError"];
        };
    };
    purchaseRefundB2b2c: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description ISO-8601 with offset or Z, with or without milliseconds, e.g. 2024-03-26T16:01:41+07:00
                 * @example 2024-03-26T16:01:41+07:00
                 */
                "X-TIMESTAMP": components["parameters"]["XTimestamp"];
                /**
                 * @description The partner's DOKU Client ID (same value as X-CLIENT-KEY on token calls)
                 * @example BRN-0001-1732500000001
                 */
                "X-PARTNER-ID": components["parameters"]["XPartnerId"];
                /**
                 * @description Numeric, at most 36 digits, unique per partner per calendar day (Asia/Jakarta). Reused on an operation that changes state with the same body (key order and whitespace aside) after a success: the original answer again, referenceNo included, with HTTP 409 and nothing done twice. Reused otherwise (another body, another operation, a first call that was refused, a query): 409xx00 Conflict.
                 * @example 41807553358950093184162180797837
                 */
                "X-EXTERNAL-ID": components["parameters"]["XExternalId"];
                /** @description base64(HMAC-SHA512(clientSecret, METHOD + ":" + path + ":" + B2B accessToken + ":" + lowerhex(SHA-256(minified body)) + ":" + X-TIMESTAMP)) */
                "X-SIGNATURE": components["parameters"]["XSignatureSymmetric"];
                "CHANNEL-ID"?: components["parameters"]["ChannelId"];
                "X-DEVICE-ID"?: components["parameters"]["XDeviceId"];
                "X-IP-ADDRESS"?: components["parameters"]["XIpAddress"];
                ORIGIN?: components["parameters"]["Origin"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "originalPartnerReferenceNo": "INV-20241125-0001",
                 *       "partnerRefundNo": "RFD-20241125-0001",
                 *       "refundAmount": {
                 *         "value": "2500.00",
                 *         "currency": "IDR"
                 *       },
                 *       "reason": "one item out of stock"
                 *     }
                 */
                "application/json": {
                    merchantId?: string;
                    subMerchantId?: string;
                    originalPartnerReferenceNo: string;
                    originalReferenceNo?: string;
                    originalExternalId?: string;
                    partnerRefundNo: string;
                    refundAmount?: components["schemas"]["MoneyTwoDecimals"];
                    externalStoreId?: string;
                    reason?: string;
                    additionalInfo?: components["schemas"]["AdditionalInfo"];
                };
            };
        };
        responses: {
            /** @description Refunded */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        responseCode: "2005800";
                        responseMessage: string;
                        originalPartnerReferenceNo: string;
                        originalReferenceNo?: string;
                        originalExternalId?: string;
                        partnerTrxId?: string;
                        refundNo: string;
                        partnerRefundNo: string;
                        refundAmount: components["schemas"]["Money"];
                        refundTime: string;
                        additionalInfo?: components["schemas"]["AdditionalInfo"];
                    };
                };
            };
            default: components["responses"]["SnapError"];
        };
    };
    qrMpmGenerate: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description ISO-8601 with offset or Z, with or without milliseconds, e.g. 2024-03-26T16:01:41+07:00
                 * @example 2024-03-26T16:01:41+07:00
                 */
                "X-TIMESTAMP": components["parameters"]["XTimestamp"];
                /**
                 * @description The partner's DOKU Client ID (same value as X-CLIENT-KEY on token calls)
                 * @example BRN-0001-1732500000001
                 */
                "X-PARTNER-ID": components["parameters"]["XPartnerId"];
                /**
                 * @description Numeric, at most 36 digits, unique per partner per calendar day (Asia/Jakarta). Reused on an operation that changes state with the same body (key order and whitespace aside) after a success: the original answer again, referenceNo included, with HTTP 409 and nothing done twice. Reused otherwise (another body, another operation, a first call that was refused, a query): 409xx00 Conflict.
                 * @example 41807553358950093184162180797837
                 */
                "X-EXTERNAL-ID": components["parameters"]["XExternalId"];
                /** @description base64(HMAC-SHA512(clientSecret, METHOD + ":" + path + ":" + B2B accessToken + ":" + lowerhex(SHA-256(minified body)) + ":" + X-TIMESTAMP)) */
                "X-SIGNATURE": components["parameters"]["XSignatureSymmetric"];
                "CHANNEL-ID"?: components["parameters"]["ChannelId"];
                "X-DEVICE-ID"?: components["parameters"]["XDeviceId"];
                "X-IP-ADDRESS"?: components["parameters"]["XIpAddress"];
                ORIGIN?: components["parameters"]["Origin"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    partnerReferenceNo: components["schemas"]["PartnerReferenceNo"];
                    amount?: components["schemas"]["Money"];
                    feeAmount?: components["schemas"]["Money"];
                    merchantId: string;
                    subMerchantId?: string;
                    storeId?: string;
                    terminalId?: string;
                    validityPeriod?: components["schemas"]["DateTime"];
                    additionalInfo?: {
                        postalCode?: string;
                        /** @enum {string} */
                        feeType?: "1" | "2" | "3";
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
        };
        responses: {
            /** @description The QR */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "responseCode": "2004700",
                     *       "responseMessage": "Successful",
                     *       "referenceNo": "7Q2K9M4X1B8C5D3E6F0G",
                     *       "partnerReferenceNo": "QR-20241125-0001",
                     *       "qrContent": "00020101021226660014ID.CO.DOKU.WWW011993600899012345678900214M-SANDBOX-00010303UMI51440014ID.CO.QRIS.WWW0215ID99991234567890303UMI5204581253033605405100005802ID5921SANDBOX TEST MERCHANT6015JAKARTA SELATAN610512190623105207Q2K9M4X1B8C5D3E6F0G0703A0163048AA3",
                     *       "terminalId": "A01",
                     *       "merchantName": "SANDBOX TEST MERCHANT",
                     *       "additionalInfo": {
                     *         "pointOfInitiationMethod": "12",
                     *         "validityPeriod": "2024-11-25T10:30:00+07:00"
                     *       }
                     *     }
                     */
                    "application/json": {
                        /** @enum {string} */
                        responseCode: "2004700";
                        responseMessage: string;
                        referenceNo: string;
                        partnerReferenceNo: string;
                        qrContent: string;
                        terminalId: string;
                        merchantName?: string;
                        additionalInfo?: components["schemas"]["QrisStringInfo"];
                    };
                };
            };
            default: components["responses"]["SnapError"];
        };
    };
    qrMpmDecode: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description ISO-8601 with offset or Z, with or without milliseconds, e.g. 2024-03-26T16:01:41+07:00
                 * @example 2024-03-26T16:01:41+07:00
                 */
                "X-TIMESTAMP": components["parameters"]["XTimestamp"];
                /**
                 * @description The partner's DOKU Client ID (same value as X-CLIENT-KEY on token calls)
                 * @example BRN-0001-1732500000001
                 */
                "X-PARTNER-ID": components["parameters"]["XPartnerId"];
                /**
                 * @description Numeric, at most 36 digits, unique per partner per calendar day (Asia/Jakarta). Reused on an operation that changes state with the same body (key order and whitespace aside) after a success: the original answer again, referenceNo included, with HTTP 409 and nothing done twice. Reused otherwise (another body, another operation, a first call that was refused, a query): 409xx00 Conflict.
                 * @example 41807553358950093184162180797837
                 */
                "X-EXTERNAL-ID": components["parameters"]["XExternalId"];
                /** @description base64(HMAC-SHA512(clientSecret, METHOD + ":" + path + ":" + B2B accessToken + ":" + lowerhex(SHA-256(minified body)) + ":" + X-TIMESTAMP)) */
                "X-SIGNATURE": components["parameters"]["XSignatureSymmetric"];
                "CHANNEL-ID"?: components["parameters"]["ChannelId"];
                "X-DEVICE-ID"?: components["parameters"]["XDeviceId"];
                "X-IP-ADDRESS"?: components["parameters"]["XIpAddress"];
                ORIGIN?: components["parameters"]["Origin"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "partnerReferenceNo": "2f1c9a5e-5d0b-4d59-9f0e-2a7c3b1d4e6f",
                 *       "qrContent": "00020101021126700017ID.CO.EXAMPLE.WWW0119936000001234567890102151234567890123450303UMI51440014ID.CO.QRIS.WWW0215ID10200123456780303UMI5204581453033605502015802ID5919WARUNG KOPI EXAMPLE6007BANDUNG6105401156304FB35",
                 *       "scanTime": "2024-11-25T10:00:00+07:00"
                 *     }
                 */
                "application/json": {
                    partnerReferenceNo: components["schemas"]["PartnerReferenceNo"];
                    qrContent: string;
                    scanTime?: string;
                    merchantId?: string;
                    additionalInfo?: components["schemas"]["AdditionalInfo"];
                };
            };
        };
        responses: {
            /** @description What the QR asks for */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "responseCode": "2004800",
                     *       "responseMessage": "Successful",
                     *       "referenceNo": "3JD8W1K5N7Q2X9ZB4C6P",
                     *       "partnerReferenceNo": "2f1c9a5e-5d0b-4d59-9f0e-2a7c3b1d4e6f",
                     *       "merchantName": "WARUNG KOPI EXAMPLE",
                     *       "merchantCategory": "5814",
                     *       "merchantLocation": "BANDUNG",
                     *       "feeAmount": {
                     *         "value": 0,
                     *         "currency": "IDR"
                     *       },
                     *       "additionalInfo": {
                     *         "pointOfInitiationMethod": "11",
                     *         "pointOfInitiationMethodDescription": "STATIC",
                     *         "feeType": "3",
                     *         "feeTypeDescription": "OPEN_TIPS",
                     *         "merchantId": "123456789012345",
                     *         "nmid": "ID1020012345678",
                     *         "merchantCity": "BANDUNG",
                     *         "postalCode": "40115"
                     *       }
                     *     }
                     */
                    "application/json": {
                        /** @enum {string} */
                        responseCode: "2004800";
                        responseMessage: string;
                        referenceNo: string;
                        partnerReferenceNo: string;
                        merchantName: string;
                        merchantCategory: string;
                        merchantLocation: string;
                        transactionAmount?: components["schemas"]["QrisAmount"];
                        feeAmount: components["schemas"]["QrisAmount"];
                        additionalInfo: components["schemas"]["QrisStringInfo"] & unknown;
                    };
                };
            };
            default: components["responses"]["SnapError"];
        };
    };
    qrMpmPayment: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description ISO-8601 with offset or Z, with or without milliseconds, e.g. 2024-03-26T16:01:41+07:00
                 * @example 2024-03-26T16:01:41+07:00
                 */
                "X-TIMESTAMP": components["parameters"]["XTimestamp"];
                /**
                 * @description The partner's DOKU Client ID (same value as X-CLIENT-KEY on token calls)
                 * @example BRN-0001-1732500000001
                 */
                "X-PARTNER-ID": components["parameters"]["XPartnerId"];
                /**
                 * @description Numeric, at most 36 digits, unique per partner per calendar day (Asia/Jakarta). Reused on an operation that changes state with the same body (key order and whitespace aside) after a success: the original answer again, referenceNo included, with HTTP 409 and nothing done twice. Reused otherwise (another body, another operation, a first call that was refused, a query): 409xx00 Conflict.
                 * @example 41807553358950093184162180797837
                 */
                "X-EXTERNAL-ID": components["parameters"]["XExternalId"];
                /** @description base64(HMAC-SHA512(clientSecret, METHOD + ":" + path + ":" + B2B accessToken + ":" + lowerhex(SHA-256(minified body)) + ":" + X-TIMESTAMP)) */
                "X-SIGNATURE": components["parameters"]["XSignatureSymmetric"];
                "CHANNEL-ID"?: components["parameters"]["ChannelId"];
                "X-DEVICE-ID"?: components["parameters"]["XDeviceId"];
                "X-IP-ADDRESS"?: components["parameters"]["XIpAddress"];
                ORIGIN?: components["parameters"]["Origin"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "partnerReferenceNo": "PAY-20241125-0001",
                 *       "amount": {
                 *         "value": "10000.00",
                 *         "currency": "IDR"
                 *       },
                 *       "feeAmount": {
                 *         "value": "0.00",
                 *         "currency": "IDR"
                 *       },
                 *       "additionalInfo": {
                 *         "qrContent": "00020101021226660014ID.CO.DOKU.WWW011993600899012345678900214M-SANDBOX-00010303UMI51440014ID.CO.QRIS.WWW0215ID99991234567890303UMI5204581253033605405100005802ID5921SANDBOX TEST MERCHANT6015JAKARTA SELATAN610512190623105207Q2K9M4X1B8C5D3E6F0G0703A0163048AA3"
                 *       }
                 *     }
                 */
                "application/json": {
                    partnerReferenceNo: components["schemas"]["PartnerReferenceNo"];
                    amount: components["schemas"]["Money"];
                    feeAmount?: components["schemas"]["Money"];
                    merchantId?: string;
                    additionalInfo: {
                        qrContent: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
        };
        responses: {
            /** @description Paid */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "responseCode": "2005000",
                     *       "responseMessage": "Successful",
                     *       "referenceNo": "9XK2M7Q4W1B8N3ZC5D0F",
                     *       "partnerReferenceNo": "PAY-20241125-0001",
                     *       "transactionDate": "2024-11-25T10:01:12+07:00",
                     *       "amount": {
                     *         "value": 10000,
                     *         "currency": "IDR"
                     *       },
                     *       "feeAmount": {
                     *         "value": 0,
                     *         "currency": "IDR"
                     *       },
                     *       "additionalInfo": {
                     *         "approvalCode": "482913"
                     *       }
                     *     }
                     */
                    "application/json": {
                        /** @enum {string} */
                        responseCode: "2005000";
                        responseMessage: string;
                        referenceNo: string;
                        partnerReferenceNo: string;
                        transactionDate: string;
                        amount: components["schemas"]["QrisAmount"];
                        feeAmount: components["schemas"]["QrisAmount"];
                        additionalInfo: components["schemas"]["QrisStringInfo"] & unknown;
                    };
                };
            };
            default: components["responses"]["SnapError"];
        };
    };
    qrMpmQuery: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description ISO-8601 with offset or Z, with or without milliseconds, e.g. 2024-03-26T16:01:41+07:00
                 * @example 2024-03-26T16:01:41+07:00
                 */
                "X-TIMESTAMP": components["parameters"]["XTimestamp"];
                /**
                 * @description The partner's DOKU Client ID (same value as X-CLIENT-KEY on token calls)
                 * @example BRN-0001-1732500000001
                 */
                "X-PARTNER-ID": components["parameters"]["XPartnerId"];
                /**
                 * @description Numeric, at most 36 digits, unique per partner per calendar day (Asia/Jakarta). Reused on an operation that changes state with the same body (key order and whitespace aside) after a success: the original answer again, referenceNo included, with HTTP 409 and nothing done twice. Reused otherwise (another body, another operation, a first call that was refused, a query): 409xx00 Conflict.
                 * @example 41807553358950093184162180797837
                 */
                "X-EXTERNAL-ID": components["parameters"]["XExternalId"];
                /** @description base64(HMAC-SHA512(clientSecret, METHOD + ":" + path + ":" + B2B accessToken + ":" + lowerhex(SHA-256(minified body)) + ":" + X-TIMESTAMP)) */
                "X-SIGNATURE": components["parameters"]["XSignatureSymmetric"];
                "CHANNEL-ID"?: components["parameters"]["ChannelId"];
                "X-DEVICE-ID"?: components["parameters"]["XDeviceId"];
                "X-IP-ADDRESS"?: components["parameters"]["XIpAddress"];
                ORIGIN?: components["parameters"]["Origin"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "originalReferenceNo": "7Q2K9M4X1B8C5D3E6F0G",
                 *       "originalPartnerReferenceNo": "QR-20241125-0001",
                 *       "serviceCode": "47",
                 *       "merchantId": "M-SANDBOX-0001"
                 *     }
                 */
                "application/json": {
                    originalReferenceNo?: string;
                    originalPartnerReferenceNo?: string;
                    originalExternalId?: string;
                    serviceCode: string;
                    merchantId?: string;
                    externalStoreId?: string;
                    additionalInfo?: components["schemas"]["AdditionalInfo"];
                };
            };
        };
        responses: {
            /** @description The QR's state */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "responseCode": "2005100",
                     *       "responseMessage": "Successful",
                     *       "originalReferenceNo": "7Q2K9M4X1B8C5D3E6F0G",
                     *       "originalPartnerReferenceNo": "QR-20241125-0001",
                     *       "serviceCode": "47",
                     *       "latestTransactionStatus": "00",
                     *       "transactionStatusDesc": "Success",
                     *       "paidTime": "2024-11-25T10:01:12+07:00",
                     *       "amount": {
                     *         "value": 10000,
                     *         "currency": "IDR"
                     *       },
                     *       "feeAmount": {
                     *         "value": 0,
                     *         "currency": "IDR"
                     *       },
                     *       "approvalCode": "482913",
                     *       "additionalInfo": {
                     *         "approvalCode": "482913",
                     *         "merchantId": "M-SANDBOX-0001",
                     *         "terminalId": "A01",
                     *         "qrReferenceNo": "7Q2K9M4X1B8C5D3E6F0G",
                     *         "paymentReferenceNo": "9XK2M7Q4W1B8N3ZC5D0F"
                     *       }
                     *     }
                     */
                    "application/json": {
                        /** @enum {string} */
                        responseCode: "2005100";
                        responseMessage: string;
                        originalReferenceNo: string;
                        originalPartnerReferenceNo: string;
                        serviceCode: string;
                        /** @enum {string} */
                        latestTransactionStatus: "00" | "03" | "04" | "05" | "06";
                        transactionStatusDesc: string;
                        paidTime?: string;
                        amount?: components["schemas"]["QrisAmount"];
                        feeAmount: components["schemas"]["QrisAmount"];
                        approvalCode?: string;
                        additionalInfo: components["schemas"]["QrisStringInfo"];
                    };
                };
            };
            default: components["responses"]["SnapError"];
        };
    };
    qrMpmRefund: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description ISO-8601 with offset or Z, with or without milliseconds, e.g. 2024-03-26T16:01:41+07:00
                 * @example 2024-03-26T16:01:41+07:00
                 */
                "X-TIMESTAMP": components["parameters"]["XTimestamp"];
                /**
                 * @description The partner's DOKU Client ID (same value as X-CLIENT-KEY on token calls)
                 * @example BRN-0001-1732500000001
                 */
                "X-PARTNER-ID": components["parameters"]["XPartnerId"];
                /**
                 * @description Numeric, at most 36 digits, unique per partner per calendar day (Asia/Jakarta). Reused on an operation that changes state with the same body (key order and whitespace aside) after a success: the original answer again, referenceNo included, with HTTP 409 and nothing done twice. Reused otherwise (another body, another operation, a first call that was refused, a query): 409xx00 Conflict.
                 * @example 41807553358950093184162180797837
                 */
                "X-EXTERNAL-ID": components["parameters"]["XExternalId"];
                /** @description base64(HMAC-SHA512(clientSecret, METHOD + ":" + path + ":" + B2B accessToken + ":" + lowerhex(SHA-256(minified body)) + ":" + X-TIMESTAMP)) */
                "X-SIGNATURE": components["parameters"]["XSignatureSymmetric"];
                "CHANNEL-ID"?: components["parameters"]["ChannelId"];
                "X-DEVICE-ID"?: components["parameters"]["XDeviceId"];
                "X-IP-ADDRESS"?: components["parameters"]["XIpAddress"];
                ORIGIN?: components["parameters"]["Origin"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "merchantId": "M-SANDBOX-0001",
                 *       "originalPartnerReferenceNo": "QR-20241125-0001",
                 *       "partnerRefundNo": "QRF-20241125-0001",
                 *       "refundAmount": {
                 *         "value": "2500.00",
                 *         "currency": "IDR"
                 *       },
                 *       "reason": "one item out of stock"
                 *     }
                 */
                "application/json": {
                    merchantId?: string;
                    externalStoreId?: string;
                    originalPartnerReferenceNo?: string;
                    originalReferenceNo?: string;
                    originalExternalId?: string;
                    partnerRefundNo: string;
                    refundAmount?: components["schemas"]["MoneyTwoDecimals"];
                    reason?: string;
                    additionalInfo?: components["schemas"]["AdditionalInfo"];
                };
            };
        };
        responses: {
            /** @description Refunded */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        responseCode: "2007800";
                        responseMessage: string;
                        originalPartnerReferenceNo: string;
                        originalReferenceNo: string;
                        originalExternalId?: string;
                        refundNo: string;
                        partnerRefundNo: string;
                        refundAmount: components["schemas"]["Money"];
                        refundTime: string;
                        additionalInfo?: components["schemas"]["AdditionalInfo"];
                    };
                };
            };
            default: components["responses"]["SnapError"];
        };
    };
    qrMpmCancel: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description ISO-8601 with offset or Z, with or without milliseconds, e.g. 2024-03-26T16:01:41+07:00
                 * @example 2024-03-26T16:01:41+07:00
                 */
                "X-TIMESTAMP": components["parameters"]["XTimestamp"];
                /**
                 * @description The partner's DOKU Client ID (same value as X-CLIENT-KEY on token calls)
                 * @example BRN-0001-1732500000001
                 */
                "X-PARTNER-ID": components["parameters"]["XPartnerId"];
                /**
                 * @description Numeric, at most 36 digits, unique per partner per calendar day (Asia/Jakarta). Reused on an operation that changes state with the same body (key order and whitespace aside) after a success: the original answer again, referenceNo included, with HTTP 409 and nothing done twice. Reused otherwise (another body, another operation, a first call that was refused, a query): 409xx00 Conflict.
                 * @example 41807553358950093184162180797837
                 */
                "X-EXTERNAL-ID": components["parameters"]["XExternalId"];
                /** @description base64(HMAC-SHA512(clientSecret, METHOD + ":" + path + ":" + B2B accessToken + ":" + lowerhex(SHA-256(minified body)) + ":" + X-TIMESTAMP)) */
                "X-SIGNATURE": components["parameters"]["XSignatureSymmetric"];
                "CHANNEL-ID"?: components["parameters"]["ChannelId"];
                "X-DEVICE-ID"?: components["parameters"]["XDeviceId"];
                "X-IP-ADDRESS"?: components["parameters"]["XIpAddress"];
                ORIGIN?: components["parameters"]["Origin"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "originalPartnerReferenceNo": "QR-20241125-0001",
                 *       "merchantId": "M-SANDBOX-0001",
                 *       "reason": "customer changed their mind"
                 *     }
                 */
                "application/json": {
                    originalPartnerReferenceNo?: string;
                    originalReferenceNo?: string;
                    originalExternalId?: string;
                    merchantId?: string;
                    externalStoreId?: string;
                    reason?: string;
                    amount?: components["schemas"]["MoneyTwoDecimals"];
                    additionalInfo?: components["schemas"]["AdditionalInfo"];
                };
            };
        };
        responses: {
            /** @description Cancelled */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        responseCode: "2007700";
                        responseMessage: string;
                        originalPartnerReferenceNo: string;
                        originalReferenceNo: string;
                        originalExternalId?: string;
                        cancelTime: string;
                        transactionDate?: string;
                        additionalInfo?: components["schemas"]["AdditionalInfo"];
                    };
                };
            };
            default: components["responses"]["SnapError"];
        };
    };
    tokenB2b: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description ISO-8601 with offset or Z, with or without milliseconds, e.g. 2024-03-26T16:01:41+07:00
                 * @example 2024-03-26T16:01:41+07:00
                 */
                "X-TIMESTAMP": components["parameters"]["XTimestamp"];
                /**
                 * @description The partner's DOKU Client ID
                 * @example BRN-0001-1732500000001
                 */
                "X-CLIENT-KEY": components["parameters"]["XClientKey"];
                /** @description base64(SHA256withRSA(private key, clientId + "|" + X-TIMESTAMP)) */
                "X-SIGNATURE": components["parameters"]["XSignatureAsymmetric"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "grantType": "client_credentials"
                 *     }
                 */
                "application/json": {
                    /** @enum {string} */
                    grantType: "client_credentials";
                    additionalInfo?: components["schemas"]["AdditionalInfo"];
                };
            };
        };
        responses: {
            /** @description Token issued */
            200: {
                headers: {
                    "X-TIMESTAMP": components["headers"]["TokenXTimestamp"];
                    "X-CLIENT-KEY": components["headers"]["TokenXClientKey"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "responseCode": "2007300",
                     *       "responseMessage": "Successful",
                     *       "accessToken": "eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCJ9...",
                     *       "tokenType": "Bearer",
                     *       "expiresIn": 900
                     *     }
                     */
                    "application/json": {
                        /** @enum {string} */
                        responseCode: "2007300";
                        responseMessage: string;
                        accessToken: string;
                        /** @enum {string} */
                        tokenType: "Bearer";
                        /** @description A number: DOKU's iOS SDK decodes it as Int (Android's Gson takes a number for its String) */
                        expiresIn: number;
                        additionalInfo?: components["schemas"]["TokenAdditionalInfo"];
                    };
                };
            };
            default: components["responses"]["SnapError"];
        };
    };
    tokenB2b2c: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description ISO-8601 with offset or Z, with or without milliseconds, e.g. 2024-03-26T16:01:41+07:00
                 * @example 2024-03-26T16:01:41+07:00
                 */
                "X-TIMESTAMP": components["parameters"]["XTimestamp"];
                /**
                 * @description The partner's DOKU Client ID
                 * @example BRN-0001-1732500000001
                 */
                "X-CLIENT-KEY": components["parameters"]["XClientKey"];
                /** @description base64(SHA256withRSA(private key, clientId + "|" + X-TIMESTAMP)) */
                "X-SIGNATURE": components["parameters"]["XSignatureAsymmetric"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "grantType": "authorization_code",
                 *       "authCode": "cfb5de1a-6a40-40e0-8549-0634bcaed8ed"
                 *     }
                 */
                "application/json": {
                    /** @enum {string} */
                    grantType: "authorization_code" | "refresh_token";
                    authCode?: string;
                    refreshToken?: string;
                    additionalInfo?: components["schemas"]["AdditionalInfo"];
                };
            };
        };
        responses: {
            /** @description Customer token issued */
            200: {
                headers: {
                    "X-TIMESTAMP": components["headers"]["TokenXTimestamp"];
                    "X-CLIENT-KEY": components["headers"]["TokenXClientKey"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        responseCode: "2007400";
                        responseMessage: string;
                        accessToken: string;
                        /** @enum {string} */
                        tokenType: "Bearer";
                        accessTokenExpiryTime: components["schemas"]["DateTime"];
                        refreshToken: string;
                        refreshTokenExpiryTime: components["schemas"]["DateTime"];
                        additionalInfo?: components["schemas"]["TokenAdditionalInfo"];
                    };
                };
            };
            default: components["responses"]["SnapError"];
        };
    };
    topUpAccountInquiry: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description ISO-8601 with offset or Z, with or without milliseconds, e.g. 2024-03-26T16:01:41+07:00
                 * @example 2024-03-26T16:01:41+07:00
                 */
                "X-TIMESTAMP": components["parameters"]["XTimestamp"];
                /**
                 * @description The partner's DOKU Client ID (same value as X-CLIENT-KEY on token calls)
                 * @example BRN-0001-1732500000001
                 */
                "X-PARTNER-ID": components["parameters"]["XPartnerId"];
                /**
                 * @description Numeric, at most 36 digits, unique per partner per calendar day (Asia/Jakarta). Reused on an operation that changes state with the same body (key order and whitespace aside) after a success: the original answer again, referenceNo included, with HTTP 409 and nothing done twice. Reused otherwise (another body, another operation, a first call that was refused, a query): 409xx00 Conflict.
                 * @example 41807553358950093184162180797837
                 */
                "X-EXTERNAL-ID": components["parameters"]["XExternalId"];
                /** @description base64(HMAC-SHA512(clientSecret, METHOD + ":" + path + ":" + B2B accessToken + ":" + lowerhex(SHA-256(minified body)) + ":" + X-TIMESTAMP)) */
                "X-SIGNATURE": components["parameters"]["XSignatureSymmetric"];
                "CHANNEL-ID"?: components["parameters"]["ChannelId"];
                "X-DEVICE-ID"?: components["parameters"]["XDeviceId"];
                "X-IP-ADDRESS"?: components["parameters"]["XIpAddress"];
                ORIGIN?: components["parameters"]["Origin"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "partnerReferenceNo": "2020102900000000000001",
                 *       "customerNumber": "6281212340010",
                 *       "amount": {
                 *         "value": "100000.00",
                 *         "currency": "IDR"
                 *       },
                 *       "transactionDate": "2024-03-26T16:01:41+07:00",
                 *       "additionalInfo": {}
                 *     }
                 */
                "application/json": {
                    partnerReferenceNo?: components["schemas"]["PartnerReferenceNo"];
                    customerNumber?: string;
                    amount: components["schemas"]["MoneyTwoDecimals"];
                    transactionDate?: components["schemas"]["DateTime"];
                    additionalInfo?: components["schemas"]["AdditionalInfo"];
                };
            };
        };
        responses: {
            /** @description The customer and the top-up limits */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "responseCode": "2003700",
                     *       "responseMessage": "Successful",
                     *       "referenceNo": "3P0UJ7Q9K2M4X8ZB1C5D",
                     *       "partnerReferenceNo": "2020102900000000000001",
                     *       "customerNumber": "XXXXXXXXX0010",
                     *       "customerName": "Budi Santoso",
                     *       "minAmount": {
                     *         "value": "10000.00",
                     *         "currency": "IDR"
                     *       },
                     *       "maxAmount": {
                     *         "value": "10000000.00",
                     *         "currency": "IDR"
                     *       },
                     *       "amount": {
                     *         "value": "100000.00",
                     *         "currency": "IDR"
                     *       },
                     *       "feeAmount": {
                     *         "value": "0.00",
                     *         "currency": "IDR"
                     *       },
                     *       "additionalInfo": {
                     *         "walletBalanceCap": {
                     *           "value": "20000000.00",
                     *           "currency": "IDR"
                     *         },
                     *         "remainingCapacity": {
                     *           "value": "15000000.00",
                     *           "currency": "IDR"
                     *         }
                     *       }
                     *     }
                     */
                    "application/json": {
                        /** @enum {string} */
                        responseCode: "2003700";
                        responseMessage: string;
                        referenceNo: string;
                        partnerReferenceNo?: string;
                        /** @description masked: all but the last four characters are X */
                        customerNumber: string;
                        customerName: string;
                        minAmount: components["schemas"]["Money"];
                        maxAmount: components["schemas"]["Money"];
                        amount: components["schemas"]["Money"];
                        feeAmount?: components["schemas"]["Money"];
                        additionalInfo?: {
                            walletBalanceCap?: components["schemas"]["Money"];
                            remainingCapacity?: components["schemas"]["Money"];
                        };
                    };
                };
            };
            default: components["responses"]["SnapError"];
        };
    };
    topUpAccountInquiryB2b2c: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description ISO-8601 with offset or Z, with or without milliseconds, e.g. 2024-03-26T16:01:41+07:00
                 * @example 2024-03-26T16:01:41+07:00
                 */
                "X-TIMESTAMP": components["parameters"]["XTimestamp"];
                /**
                 * @description The partner's DOKU Client ID (same value as X-CLIENT-KEY on token calls)
                 * @example BRN-0001-1732500000001
                 */
                "X-PARTNER-ID": components["parameters"]["XPartnerId"];
                /**
                 * @description Numeric, at most 36 digits, unique per partner per calendar day (Asia/Jakarta). Reused on an operation that changes state with the same body (key order and whitespace aside) after a success: the original answer again, referenceNo included, with HTTP 409 and nothing done twice. Reused otherwise (another body, another operation, a first call that was refused, a query): 409xx00 Conflict.
                 * @example 41807553358950093184162180797837
                 */
                "X-EXTERNAL-ID": components["parameters"]["XExternalId"];
                /** @description base64(HMAC-SHA512(clientSecret, METHOD + ":" + path + ":" + B2B accessToken + ":" + lowerhex(SHA-256(minified body)) + ":" + X-TIMESTAMP)) */
                "X-SIGNATURE": components["parameters"]["XSignatureSymmetric"];
                "CHANNEL-ID"?: components["parameters"]["ChannelId"];
                "X-DEVICE-ID"?: components["parameters"]["XDeviceId"];
                "X-IP-ADDRESS"?: components["parameters"]["XIpAddress"];
                ORIGIN?: components["parameters"]["Origin"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "partnerReferenceNo": "2020102900000000000001",
                 *       "customerNumber": "6281212340010",
                 *       "amount": {
                 *         "value": "100000.00",
                 *         "currency": "IDR"
                 *       },
                 *       "transactionDate": "2024-03-26T16:01:41+07:00",
                 *       "additionalInfo": {}
                 *     }
                 */
                "application/json": {
                    partnerReferenceNo?: components["schemas"]["PartnerReferenceNo"];
                    customerNumber?: string;
                    amount: components["schemas"]["MoneyTwoDecimals"];
                    transactionDate?: components["schemas"]["DateTime"];
                    additionalInfo?: components["schemas"]["AdditionalInfo"];
                };
            };
        };
        responses: {
            /** @description The customer and the top-up limits */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "responseCode": "2003700",
                     *       "responseMessage": "Successful",
                     *       "referenceNo": "3P0UJ7Q9K2M4X8ZB1C5D",
                     *       "partnerReferenceNo": "2020102900000000000001",
                     *       "customerNumber": "XXXXXXXXX0010",
                     *       "customerName": "Budi Santoso",
                     *       "minAmount": {
                     *         "value": "10000.00",
                     *         "currency": "IDR"
                     *       },
                     *       "maxAmount": {
                     *         "value": "10000000.00",
                     *         "currency": "IDR"
                     *       },
                     *       "amount": {
                     *         "value": "100000.00",
                     *         "currency": "IDR"
                     *       },
                     *       "feeAmount": {
                     *         "value": "0.00",
                     *         "currency": "IDR"
                     *       },
                     *       "additionalInfo": {
                     *         "walletBalanceCap": {
                     *           "value": "20000000.00",
                     *           "currency": "IDR"
                     *         },
                     *         "remainingCapacity": {
                     *           "value": "15000000.00",
                     *           "currency": "IDR"
                     *         }
                     *       }
                     *     }
                     */
                    "application/json": {
                        /** @enum {string} */
                        responseCode: "2003700";
                        responseMessage: string;
                        referenceNo: string;
                        partnerReferenceNo?: string;
                        /** @description masked: all but the last four characters are X */
                        customerNumber: string;
                        customerName: string;
                        minAmount: components["schemas"]["Money"];
                        maxAmount: components["schemas"]["Money"];
                        amount: components["schemas"]["Money"];
                        feeAmount?: components["schemas"]["Money"];
                        additionalInfo?: {
                            walletBalanceCap?: components["schemas"]["Money"];
                            remainingCapacity?: components["schemas"]["Money"];
                        };
                    };
                };
            };
            default: components["responses"]["SnapError"];
        };
    };
    topUp: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description ISO-8601 with offset or Z, with or without milliseconds, e.g. 2024-03-26T16:01:41+07:00
                 * @example 2024-03-26T16:01:41+07:00
                 */
                "X-TIMESTAMP": components["parameters"]["XTimestamp"];
                /**
                 * @description The partner's DOKU Client ID (same value as X-CLIENT-KEY on token calls)
                 * @example BRN-0001-1732500000001
                 */
                "X-PARTNER-ID": components["parameters"]["XPartnerId"];
                /**
                 * @description Numeric, at most 36 digits, unique per partner per calendar day (Asia/Jakarta). Reused on an operation that changes state with the same body (key order and whitespace aside) after a success: the original answer again, referenceNo included, with HTTP 409 and nothing done twice. Reused otherwise (another body, another operation, a first call that was refused, a query): 409xx00 Conflict.
                 * @example 41807553358950093184162180797837
                 */
                "X-EXTERNAL-ID": components["parameters"]["XExternalId"];
                /** @description base64(HMAC-SHA512(clientSecret, METHOD + ":" + path + ":" + B2B accessToken + ":" + lowerhex(SHA-256(minified body)) + ":" + X-TIMESTAMP)) */
                "X-SIGNATURE": components["parameters"]["XSignatureSymmetric"];
                "CHANNEL-ID"?: components["parameters"]["ChannelId"];
                "X-DEVICE-ID"?: components["parameters"]["XDeviceId"];
                "X-IP-ADDRESS"?: components["parameters"]["XIpAddress"];
                ORIGIN?: components["parameters"]["Origin"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "partnerReferenceNo": "2020102900000000000002",
                 *       "customerNumber": "1140340010",
                 *       "customerName": "Budi Santoso",
                 *       "amount": {
                 *         "value": "100000.00",
                 *         "currency": "IDR"
                 *       },
                 *       "feeAmount": {
                 *         "value": "0.00",
                 *         "currency": "IDR"
                 *       },
                 *       "transactionDate": "2024-03-26T16:01:41+07:00",
                 *       "notes": "Top up from partner app",
                 *       "additionalInfo": {}
                 *     }
                 */
                "application/json": {
                    partnerReferenceNo: components["schemas"]["PartnerReferenceNo"];
                    customerNumber?: string;
                    customerName?: string;
                    amount: components["schemas"]["MoneyTwoDecimals"];
                    feeAmount?: components["schemas"]["MoneyTwoDecimals"];
                    transactionDate?: components["schemas"]["DateTime"];
                    sessionId?: string;
                    categoryId?: string;
                    notes?: string;
                    additionalInfo?: components["schemas"]["AdditionalInfo"];
                };
            };
        };
        responses: {
            /** @description Topped up */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "responseCode": "2003800",
                     *       "responseMessage": "Successful",
                     *       "referenceNo": "7H2KD9W4Q1N8X3ZB6C0P",
                     *       "partnerReferenceNo": "2020102900000000000002",
                     *       "customerNumber": "1140340010",
                     *       "amount": {
                     *         "value": "100000.00",
                     *         "currency": "IDR"
                     *       },
                     *       "additionalInfo": {}
                     *     }
                     */
                    "application/json": {
                        /** @enum {string} */
                        responseCode: "2003800";
                        responseMessage: string;
                        referenceNo: string;
                        partnerReferenceNo: string;
                        sessionId?: string;
                        customerNumber: string;
                        amount: components["schemas"]["Money"];
                        additionalInfo?: components["schemas"]["AdditionalInfo"];
                    };
                };
            };
            default: components["responses"]["SnapError"];
        };
    };
    topUpB2b2c: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description ISO-8601 with offset or Z, with or without milliseconds, e.g. 2024-03-26T16:01:41+07:00
                 * @example 2024-03-26T16:01:41+07:00
                 */
                "X-TIMESTAMP": components["parameters"]["XTimestamp"];
                /**
                 * @description The partner's DOKU Client ID (same value as X-CLIENT-KEY on token calls)
                 * @example BRN-0001-1732500000001
                 */
                "X-PARTNER-ID": components["parameters"]["XPartnerId"];
                /**
                 * @description Numeric, at most 36 digits, unique per partner per calendar day (Asia/Jakarta). Reused on an operation that changes state with the same body (key order and whitespace aside) after a success: the original answer again, referenceNo included, with HTTP 409 and nothing done twice. Reused otherwise (another body, another operation, a first call that was refused, a query): 409xx00 Conflict.
                 * @example 41807553358950093184162180797837
                 */
                "X-EXTERNAL-ID": components["parameters"]["XExternalId"];
                /** @description base64(HMAC-SHA512(clientSecret, METHOD + ":" + path + ":" + B2B accessToken + ":" + lowerhex(SHA-256(minified body)) + ":" + X-TIMESTAMP)) */
                "X-SIGNATURE": components["parameters"]["XSignatureSymmetric"];
                "CHANNEL-ID"?: components["parameters"]["ChannelId"];
                "X-DEVICE-ID"?: components["parameters"]["XDeviceId"];
                "X-IP-ADDRESS"?: components["parameters"]["XIpAddress"];
                ORIGIN?: components["parameters"]["Origin"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "partnerReferenceNo": "2020102900000000000002",
                 *       "customerNumber": "1140340010",
                 *       "customerName": "Budi Santoso",
                 *       "amount": {
                 *         "value": "100000.00",
                 *         "currency": "IDR"
                 *       },
                 *       "feeAmount": {
                 *         "value": "0.00",
                 *         "currency": "IDR"
                 *       },
                 *       "transactionDate": "2024-03-26T16:01:41+07:00",
                 *       "notes": "Top up from partner app",
                 *       "additionalInfo": {}
                 *     }
                 */
                "application/json": {
                    partnerReferenceNo: components["schemas"]["PartnerReferenceNo"];
                    customerNumber?: string;
                    customerName?: string;
                    amount: components["schemas"]["MoneyTwoDecimals"];
                    feeAmount?: components["schemas"]["MoneyTwoDecimals"];
                    transactionDate?: components["schemas"]["DateTime"];
                    sessionId?: string;
                    categoryId?: string;
                    notes?: string;
                    additionalInfo?: components["schemas"]["AdditionalInfo"];
                };
            };
        };
        responses: {
            /** @description Topped up */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "responseCode": "2003800",
                     *       "responseMessage": "Successful",
                     *       "referenceNo": "7H2KD9W4Q1N8X3ZB6C0P",
                     *       "partnerReferenceNo": "2020102900000000000002",
                     *       "customerNumber": "1140340010",
                     *       "amount": {
                     *         "value": "100000.00",
                     *         "currency": "IDR"
                     *       },
                     *       "additionalInfo": {}
                     *     }
                     */
                    "application/json": {
                        /** @enum {string} */
                        responseCode: "2003800";
                        responseMessage: string;
                        referenceNo: string;
                        partnerReferenceNo: string;
                        sessionId?: string;
                        customerNumber: string;
                        amount: components["schemas"]["Money"];
                        additionalInfo?: components["schemas"]["AdditionalInfo"];
                    };
                };
            };
            default: components["responses"]["SnapError"];
        };
    };
    topUpStatus: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description ISO-8601 with offset or Z, with or without milliseconds, e.g. 2024-03-26T16:01:41+07:00
                 * @example 2024-03-26T16:01:41+07:00
                 */
                "X-TIMESTAMP": components["parameters"]["XTimestamp"];
                /**
                 * @description The partner's DOKU Client ID (same value as X-CLIENT-KEY on token calls)
                 * @example BRN-0001-1732500000001
                 */
                "X-PARTNER-ID": components["parameters"]["XPartnerId"];
                /**
                 * @description Numeric, at most 36 digits, unique per partner per calendar day (Asia/Jakarta). Reused on an operation that changes state with the same body (key order and whitespace aside) after a success: the original answer again, referenceNo included, with HTTP 409 and nothing done twice. Reused otherwise (another body, another operation, a first call that was refused, a query): 409xx00 Conflict.
                 * @example 41807553358950093184162180797837
                 */
                "X-EXTERNAL-ID": components["parameters"]["XExternalId"];
                /** @description base64(HMAC-SHA512(clientSecret, METHOD + ":" + path + ":" + B2B accessToken + ":" + lowerhex(SHA-256(minified body)) + ":" + X-TIMESTAMP)) */
                "X-SIGNATURE": components["parameters"]["XSignatureSymmetric"];
                "CHANNEL-ID"?: components["parameters"]["ChannelId"];
                "X-DEVICE-ID"?: components["parameters"]["XDeviceId"];
                "X-IP-ADDRESS"?: components["parameters"]["XIpAddress"];
                ORIGIN?: components["parameters"]["Origin"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "originalPartnerReferenceNo": "2020102900000000000002",
                 *       "serviceCode": "38",
                 *       "additionalInfo": {}
                 *     }
                 */
                "application/json": {
                    originalPartnerReferenceNo?: components["schemas"]["PartnerReferenceNo"];
                    originalReferenceNo?: string;
                    originalExternalId?: string;
                    /** @enum {string} */
                    serviceCode: "38";
                    transactionDate?: components["schemas"]["DateTime"];
                    amount?: components["schemas"]["MoneyTwoDecimals"];
                    additionalInfo?: components["schemas"]["AdditionalInfo"];
                };
            };
        };
        responses: {
            /** @description The top-up's status */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "responseCode": "2003900",
                     *       "responseMessage": "Successful",
                     *       "originalReferenceNo": "7H2KD9W4Q1N8X3ZB6C0P",
                     *       "originalPartnerReferenceNo": "2020102900000000000002",
                     *       "originalExternalId": "41807553358950093184162180797837",
                     *       "serviceCode": "38",
                     *       "transactionDate": "2024-03-26T16:01:41+07:00",
                     *       "amount": {
                     *         "value": "100000.00",
                     *         "currency": "IDR"
                     *       },
                     *       "latestTransactionStatus": "00",
                     *       "transactionStatusDesc": "Success",
                     *       "additionalInfo": {}
                     *     }
                     */
                    "application/json": {
                        /** @enum {string} */
                        responseCode: "2003900";
                        responseMessage: string;
                        originalReferenceNo: string;
                        originalPartnerReferenceNo: string;
                        originalExternalId?: string;
                        /** @enum {string} */
                        serviceCode: "38";
                        transactionDate?: components["schemas"]["DateTime"];
                        amount: components["schemas"]["Money"];
                        /** @enum {string} */
                        latestTransactionStatus: "00" | "01" | "02" | "03" | "04" | "05" | "06" | "07";
                        transactionStatusDesc: string;
                        additionalInfo?: components["schemas"]["AdditionalInfo"];
                    };
                };
            };
            default: components["responses"]["SnapError"];
        };
    };
    topUpStatusB2b2c: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description ISO-8601 with offset or Z, with or without milliseconds, e.g. 2024-03-26T16:01:41+07:00
                 * @example 2024-03-26T16:01:41+07:00
                 */
                "X-TIMESTAMP": components["parameters"]["XTimestamp"];
                /**
                 * @description The partner's DOKU Client ID (same value as X-CLIENT-KEY on token calls)
                 * @example BRN-0001-1732500000001
                 */
                "X-PARTNER-ID": components["parameters"]["XPartnerId"];
                /**
                 * @description Numeric, at most 36 digits, unique per partner per calendar day (Asia/Jakarta). Reused on an operation that changes state with the same body (key order and whitespace aside) after a success: the original answer again, referenceNo included, with HTTP 409 and nothing done twice. Reused otherwise (another body, another operation, a first call that was refused, a query): 409xx00 Conflict.
                 * @example 41807553358950093184162180797837
                 */
                "X-EXTERNAL-ID": components["parameters"]["XExternalId"];
                /** @description base64(HMAC-SHA512(clientSecret, METHOD + ":" + path + ":" + B2B accessToken + ":" + lowerhex(SHA-256(minified body)) + ":" + X-TIMESTAMP)) */
                "X-SIGNATURE": components["parameters"]["XSignatureSymmetric"];
                "CHANNEL-ID"?: components["parameters"]["ChannelId"];
                "X-DEVICE-ID"?: components["parameters"]["XDeviceId"];
                "X-IP-ADDRESS"?: components["parameters"]["XIpAddress"];
                ORIGIN?: components["parameters"]["Origin"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "originalPartnerReferenceNo": "2020102900000000000002",
                 *       "serviceCode": "38",
                 *       "additionalInfo": {}
                 *     }
                 */
                "application/json": {
                    originalPartnerReferenceNo?: components["schemas"]["PartnerReferenceNo"];
                    originalReferenceNo?: string;
                    originalExternalId?: string;
                    /** @enum {string} */
                    serviceCode: "38";
                    transactionDate?: components["schemas"]["DateTime"];
                    amount?: components["schemas"]["MoneyTwoDecimals"];
                    additionalInfo?: components["schemas"]["AdditionalInfo"];
                };
            };
        };
        responses: {
            /** @description The top-up's status */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "responseCode": "2003900",
                     *       "responseMessage": "Successful",
                     *       "originalReferenceNo": "7H2KD9W4Q1N8X3ZB6C0P",
                     *       "originalPartnerReferenceNo": "2020102900000000000002",
                     *       "originalExternalId": "41807553358950093184162180797837",
                     *       "serviceCode": "38",
                     *       "transactionDate": "2024-03-26T16:01:41+07:00",
                     *       "amount": {
                     *         "value": "100000.00",
                     *         "currency": "IDR"
                     *       },
                     *       "latestTransactionStatus": "00",
                     *       "transactionStatusDesc": "Success",
                     *       "additionalInfo": {}
                     *     }
                     */
                    "application/json": {
                        /** @enum {string} */
                        responseCode: "2003900";
                        responseMessage: string;
                        originalReferenceNo: string;
                        originalPartnerReferenceNo: string;
                        originalExternalId?: string;
                        /** @enum {string} */
                        serviceCode: "38";
                        transactionDate?: components["schemas"]["DateTime"];
                        amount: components["schemas"]["Money"];
                        /** @enum {string} */
                        latestTransactionStatus: "00" | "01" | "02" | "03" | "04" | "05" | "06" | "07";
                        transactionStatusDesc: string;
                        additionalInfo?: components["schemas"]["AdditionalInfo"];
                    };
                };
            };
            default: components["responses"]["SnapError"];
        };
    };
    bankAccountInquiry: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description ISO-8601 with offset or Z, with or without milliseconds, e.g. 2024-03-26T16:01:41+07:00
                 * @example 2024-03-26T16:01:41+07:00
                 */
                "X-TIMESTAMP": components["parameters"]["XTimestamp"];
                /**
                 * @description The partner's DOKU Client ID (same value as X-CLIENT-KEY on token calls)
                 * @example BRN-0001-1732500000001
                 */
                "X-PARTNER-ID": components["parameters"]["XPartnerId"];
                /**
                 * @description Numeric, at most 36 digits, unique per partner per calendar day (Asia/Jakarta). Reused on an operation that changes state with the same body (key order and whitespace aside) after a success: the original answer again, referenceNo included, with HTTP 409 and nothing done twice. Reused otherwise (another body, another operation, a first call that was refused, a query): 409xx00 Conflict.
                 * @example 41807553358950093184162180797837
                 */
                "X-EXTERNAL-ID": components["parameters"]["XExternalId"];
                /** @description base64(HMAC-SHA512(clientSecret, METHOD + ":" + path + ":" + B2B accessToken + ":" + lowerhex(SHA-256(minified body)) + ":" + X-TIMESTAMP)) */
                "X-SIGNATURE": components["parameters"]["XSignatureSymmetric"];
                "CHANNEL-ID"?: components["parameters"]["ChannelId"];
                "X-DEVICE-ID"?: components["parameters"]["XDeviceId"];
                "X-IP-ADDRESS"?: components["parameters"]["XIpAddress"];
                ORIGIN?: components["parameters"]["Origin"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "partnerReferenceNo": "2020102900000000000003",
                 *       "customerNumber": "1140340010",
                 *       "amount": {
                 *         "value": "200000.00",
                 *         "currency": "IDR"
                 *       },
                 *       "beneficiaryAccountNumber": "8377388292",
                 *       "additionalInfo": {
                 *         "bankCode": "014",
                 *         "accountId": "1140340010"
                 *       }
                 *     }
                 */
                "application/json": {
                    partnerReferenceNo: components["schemas"]["PartnerReferenceNo"];
                    customerNumber: string;
                    amount: components["schemas"]["Money"];
                    beneficiaryAccountNumber: string;
                    additionalInfo?: {
                        bankCode?: string;
                        beneficiaryBankCode?: string;
                        accountId?: string;
                        deviceId?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
        };
        responses: {
            /** @description The beneficiary */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "responseCode": "2004200",
                     *       "responseMessage": "Successful",
                     *       "referenceNo": "9QK2M4X8ZB1C5D3P0UJ7",
                     *       "partnerReferenceNo": "2020102900000000000003",
                     *       "beneficiaryAccountNumber": "8377388292",
                     *       "beneficiaryAccountName": "JOHN DOE",
                     *       "beneficiaryBankCode": "014",
                     *       "beneficiaryBankName": "Bank Central Asia (BCA)",
                     *       "amount": {
                     *         "value": "200000.00",
                     *         "currency": "IDR"
                     *       },
                     *       "additionalInfo": {}
                     *     }
                     */
                    "application/json": {
                        /** @enum {string} */
                        responseCode: "2004200";
                        responseMessage: string;
                        referenceNo: string;
                        partnerReferenceNo: string;
                        beneficiaryAccountNumber: string;
                        beneficiaryAccountName: string;
                        beneficiaryBankCode: string;
                        beneficiaryBankName?: string;
                        amount: components["schemas"]["Money"];
                        additionalInfo?: components["schemas"]["AdditionalInfo"];
                    };
                };
            };
            default: components["responses"]["SnapError"];
        };
    };
    transferBank: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description ISO-8601 with offset or Z, with or without milliseconds, e.g. 2024-03-26T16:01:41+07:00
                 * @example 2024-03-26T16:01:41+07:00
                 */
                "X-TIMESTAMP": components["parameters"]["XTimestamp"];
                /**
                 * @description The partner's DOKU Client ID (same value as X-CLIENT-KEY on token calls)
                 * @example BRN-0001-1732500000001
                 */
                "X-PARTNER-ID": components["parameters"]["XPartnerId"];
                /**
                 * @description Numeric, at most 36 digits, unique per partner per calendar day (Asia/Jakarta). Reused on an operation that changes state with the same body (key order and whitespace aside) after a success: the original answer again, referenceNo included, with HTTP 409 and nothing done twice. Reused otherwise (another body, another operation, a first call that was refused, a query): 409xx00 Conflict.
                 * @example 41807553358950093184162180797837
                 */
                "X-EXTERNAL-ID": components["parameters"]["XExternalId"];
                /** @description base64(HMAC-SHA512(clientSecret, METHOD + ":" + path + ":" + B2B accessToken + ":" + lowerhex(SHA-256(minified body)) + ":" + X-TIMESTAMP)) */
                "X-SIGNATURE": components["parameters"]["XSignatureSymmetric"];
                "CHANNEL-ID"?: components["parameters"]["ChannelId"];
                "X-DEVICE-ID"?: components["parameters"]["XDeviceId"];
                "X-IP-ADDRESS"?: components["parameters"]["XIpAddress"];
                ORIGIN?: components["parameters"]["Origin"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "partnerReferenceNo": "2020102900000000000004",
                 *       "customerNumber": "1140340010",
                 *       "accountType": "SAVINGS",
                 *       "beneficiaryAccountNumber": "8377388292",
                 *       "beneficiaryBankCode": "014",
                 *       "amount": {
                 *         "value": "200000.00",
                 *         "currency": "IDR"
                 *       },
                 *       "additionalInfo": {
                 *         "referenceNo": "9QK2M4X8ZB1C5D3P0UJ7",
                 *         "deviceId": "12345679237"
                 *       }
                 *     }
                 */
                "application/json": {
                    partnerReferenceNo: components["schemas"]["PartnerReferenceNo"];
                    customerNumber?: string;
                    accountType?: string;
                    beneficiaryAccountNumber: string;
                    beneficiaryBankCode: string;
                    amount: components["schemas"]["Money"];
                    additionalInfo?: {
                        /** @description the inquiry referenceNo (accepted, not required) */
                        referenceNo?: string;
                        deviceId?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
        };
        responses: {
            /** @description Transferred */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "responseCode": "2004300",
                     *       "responseMessage": "Successful",
                     *       "referenceNo": "5D3P0UJ79QK2M4X8ZB1C",
                     *       "partnerReferenceNo": "2020102900000000000004",
                     *       "transactionDate": "2024-03-26T16:01:41+07:00",
                     *       "referenceNumber": "240326123456",
                     *       "amount": {
                     *         "value": "200000.00",
                     *         "currency": "IDR"
                     *       },
                     *       "additionalInfo": {}
                     *     }
                     */
                    "application/json": {
                        /** @enum {string} */
                        responseCode: "2004300";
                        responseMessage: string;
                        referenceNo: string;
                        partnerReferenceNo: string;
                        transactionDate: components["schemas"]["DateTime"];
                        /** @description the bank switch's reference */
                        referenceNumber: string;
                        amount?: components["schemas"]["Money"];
                        additionalInfo?: components["schemas"]["AdditionalInfo"];
                    };
                };
            };
            default: components["responses"]["SnapError"];
        };
    };
    createVa: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description ISO-8601 with offset or Z, with or without milliseconds, e.g. 2024-03-26T16:01:41+07:00
                 * @example 2024-03-26T16:01:41+07:00
                 */
                "X-TIMESTAMP": components["parameters"]["XTimestamp"];
                /**
                 * @description The partner's DOKU Client ID (same value as X-CLIENT-KEY on token calls)
                 * @example BRN-0001-1732500000001
                 */
                "X-PARTNER-ID": components["parameters"]["XPartnerId"];
                /**
                 * @description Unique per partner per calendar day (Asia/Jakarta). DOKU's Node SDK sends a UUID followed by a millisecond timestamp on its VA calls (`_commons/commonFunction.js`), so letters and hyphens are accepted here, up to 64 characters.
                 * @example 3f2b8c1e-8d4a-4b6f-9c2d-1a2b3c4d5e6f-1732500000000
                 */
                "X-EXTERNAL-ID": components["parameters"]["XExternalIdVa"];
                /** @description base64(HMAC-SHA512(clientSecret, METHOD + ":" + path + ":" + B2B accessToken + ":" + lowerhex(SHA-256(minified body)) + ":" + X-TIMESTAMP)) */
                "X-SIGNATURE": components["parameters"]["XSignatureSymmetric"];
                "CHANNEL-ID"?: components["parameters"]["ChannelId"];
                ORIGIN?: components["parameters"]["Origin"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "partnerServiceId": "   88899",
                 *       "customerNo": "000000000001",
                 *       "virtualAccountNo": "   88899000000000001",
                 *       "virtualAccountName": "Jokul Doe",
                 *       "virtualAccountEmail": "jokul@example.com",
                 *       "virtualAccountPhone": "6281234567890",
                 *       "trxId": "INV-VA-0001",
                 *       "totalAmount": {
                 *         "value": "12500.00",
                 *         "currency": "IDR"
                 *       },
                 *       "additionalInfo": {
                 *         "channel": "VIRTUAL_ACCOUNT_BCA",
                 *         "virtualAccountConfig": {
                 *           "reusableStatus": false
                 *         }
                 *       },
                 *       "virtualAccountTrxType": "C",
                 *       "expiredDate": "2099-01-01T10:00:00+07:00"
                 *     }
                 */
                "application/json": {
                    partnerServiceId: components["schemas"]["PartnerServiceId"];
                    customerNo?: components["schemas"]["VaCustomerNo"];
                    virtualAccountNo?: components["schemas"]["VirtualAccountNo"];
                    virtualAccountName: components["schemas"]["VirtualAccountName"];
                    /** Format: email */
                    virtualAccountEmail: string;
                    virtualAccountPhone: string;
                    trxId: components["schemas"]["VaTrxId"];
                    totalAmount: components["schemas"]["Money"];
                    additionalInfo: {
                        channel: components["schemas"]["VaChannel"];
                        virtualAccountConfig?: {
                            reusableStatus?: boolean;
                            minAmount?: components["schemas"]["MoneyValueWholeAllowed"];
                            maxAmount?: components["schemas"]["MoneyValueWholeAllowed"];
                        };
                        origin?: Record<string, unknown>;
                    };
                    virtualAccountTrxType: components["schemas"]["VaTrxType"];
                    expiredDate: components["schemas"]["VaDateTime"];
                    freeText?: components["schemas"]["VaFreeText"];
                };
            };
        };
        responses: {
            /** @description The virtual account */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "responseCode": "2002700",
                     *       "responseMessage": "Successful",
                     *       "virtualAccountData": {
                     *         "partnerServiceId": "   88899",
                     *         "customerNo": "000000000001",
                     *         "virtualAccountNo": "   88899000000000001",
                     *         "virtualAccountName": "Jokul Doe",
                     *         "virtualAccountEmail": "jokul@example.com",
                     *         "virtualAccountPhone": "6281234567890",
                     *         "trxId": "INV-VA-0001",
                     *         "totalAmount": {
                     *           "value": "12500.00",
                     *           "currency": "IDR"
                     *         },
                     *         "virtualAccountTrxType": "C",
                     *         "expiredDate": "2099-01-01T10:00:00+07:00",
                     *         "additionalInfo": {
                     *           "channel": "VIRTUAL_ACCOUNT_BCA",
                     *           "howToPayPage": "http://localhost:8080/webview/bank-simulator?virtualAccountNo=88899000000000001",
                     *           "howToPayApi": "http://localhost:8080/admin/virtual-accounts/88899000000000001",
                     *           "virtualAccountConfig": {
                     *             "reusableStatus": false
                     *           }
                     *         }
                     *       }
                     *     }
                     */
                    "application/json": {
                        /** @enum {string} */
                        responseCode: "2002700";
                        responseMessage: string;
                        virtualAccountData: components["schemas"]["VirtualAccountData"];
                    };
                };
            };
            default: components["responses"]["SnapError"];
        };
    };
    updateVa: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description ISO-8601 with offset or Z, with or without milliseconds, e.g. 2024-03-26T16:01:41+07:00
                 * @example 2024-03-26T16:01:41+07:00
                 */
                "X-TIMESTAMP": components["parameters"]["XTimestamp"];
                /**
                 * @description The partner's DOKU Client ID (same value as X-CLIENT-KEY on token calls)
                 * @example BRN-0001-1732500000001
                 */
                "X-PARTNER-ID": components["parameters"]["XPartnerId"];
                /**
                 * @description Unique per partner per calendar day (Asia/Jakarta). DOKU's Node SDK sends a UUID followed by a millisecond timestamp on its VA calls (`_commons/commonFunction.js`), so letters and hyphens are accepted here, up to 64 characters.
                 * @example 3f2b8c1e-8d4a-4b6f-9c2d-1a2b3c4d5e6f-1732500000000
                 */
                "X-EXTERNAL-ID": components["parameters"]["XExternalIdVa"];
                /** @description base64(HMAC-SHA512(clientSecret, METHOD + ":" + path + ":" + B2B accessToken + ":" + lowerhex(SHA-256(minified body)) + ":" + X-TIMESTAMP)) */
                "X-SIGNATURE": components["parameters"]["XSignatureSymmetric"];
                "CHANNEL-ID"?: components["parameters"]["ChannelId"];
                ORIGIN?: components["parameters"]["Origin"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "partnerServiceId": "   88899",
                 *       "customerNo": "000000000001",
                 *       "virtualAccountNo": "   88899000000000001",
                 *       "trxId": "INV-VA-0001",
                 *       "totalAmount": {
                 *         "value": "15000.00",
                 *         "currency": "IDR"
                 *       },
                 *       "additionalInfo": {
                 *         "channel": "VIRTUAL_ACCOUNT_BCA",
                 *         "virtualAccountConfig": {
                 *           "status": "ACTIVE"
                 *         }
                 *       },
                 *       "virtualAccountTrxType": "C",
                 *       "expiredDate": "2099-01-02T10:00:00+07:00"
                 *     }
                 */
                "application/json": {
                    partnerServiceId: components["schemas"]["PartnerServiceId"];
                    customerNo?: string | null;
                    virtualAccountNo?: string | null;
                    virtualAccountName?: string | null;
                    /** Format: email */
                    virtualAccountEmail?: string | null;
                    virtualAccountPhone?: string | null;
                    trxId: components["schemas"]["VaTrxId"];
                    totalAmount: {
                        value: string | null;
                        /** @enum {string|null} */
                        currency: "IDR" | null;
                    };
                    additionalInfo: {
                        channel: components["schemas"]["VaChannel"];
                        virtualAccountConfig?: {
                            /** @enum {string|null} */
                            status?: "ACTIVE" | "INACTIVE" | null;
                            minAmount?: string | null;
                            maxAmount?: string | null;
                        };
                        origin?: Record<string, unknown>;
                    };
                    virtualAccountTrxType: components["schemas"]["VaTrxType"];
                    expiredDate?: string | null;
                };
            };
        };
        responses: {
            /** @description The virtual account as it is now */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        responseCode: "2002800";
                        responseMessage: string;
                        virtualAccountData: components["schemas"]["VirtualAccountData"];
                    };
                };
            };
            default: components["responses"]["SnapError"];
        };
    };
    deleteVa: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description ISO-8601 with offset or Z, with or without milliseconds, e.g. 2024-03-26T16:01:41+07:00
                 * @example 2024-03-26T16:01:41+07:00
                 */
                "X-TIMESTAMP": components["parameters"]["XTimestamp"];
                /**
                 * @description The partner's DOKU Client ID (same value as X-CLIENT-KEY on token calls)
                 * @example BRN-0001-1732500000001
                 */
                "X-PARTNER-ID": components["parameters"]["XPartnerId"];
                /**
                 * @description Unique per partner per calendar day (Asia/Jakarta). DOKU's Node SDK sends a UUID followed by a millisecond timestamp on its VA calls (`_commons/commonFunction.js`), so letters and hyphens are accepted here, up to 64 characters.
                 * @example 3f2b8c1e-8d4a-4b6f-9c2d-1a2b3c4d5e6f-1732500000000
                 */
                "X-EXTERNAL-ID": components["parameters"]["XExternalIdVa"];
                /** @description base64(HMAC-SHA512(clientSecret, METHOD + ":" + path + ":" + B2B accessToken + ":" + lowerhex(SHA-256(minified body)) + ":" + X-TIMESTAMP)) */
                "X-SIGNATURE": components["parameters"]["XSignatureSymmetric"];
                "CHANNEL-ID"?: components["parameters"]["ChannelId"];
                ORIGIN?: components["parameters"]["Origin"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "partnerServiceId": "   88899",
                 *       "customerNo": "000000000001",
                 *       "virtualAccountNo": "   88899000000000001",
                 *       "trxId": "INV-VA-0001",
                 *       "additionalInfo": {
                 *         "channel": "VIRTUAL_ACCOUNT_BCA"
                 *       }
                 *     }
                 */
                "application/json": {
                    partnerServiceId: components["schemas"]["PartnerServiceId"];
                    customerNo?: string | null;
                    virtualAccountNo?: string | null;
                    trxId: components["schemas"]["VaTrxId"];
                    additionalInfo: {
                        channel: components["schemas"]["VaChannel"];
                    };
                };
            };
        };
        responses: {
            /** @description Deleted */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        responseCode: "2003100";
                        responseMessage: string;
                        virtualAccountData: {
                            partnerServiceId: string;
                            customerNo: string;
                            virtualAccountNo: string;
                            trxId: string;
                            additionalInfo: {
                                channel: string;
                            };
                        };
                    };
                };
            };
            default: components["responses"]["SnapError"];
        };
    };
    checkStatusVa: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description ISO-8601 with offset or Z, with or without milliseconds, e.g. 2024-03-26T16:01:41+07:00
                 * @example 2024-03-26T16:01:41+07:00
                 */
                "X-TIMESTAMP": components["parameters"]["XTimestamp"];
                /**
                 * @description The partner's DOKU Client ID (same value as X-CLIENT-KEY on token calls)
                 * @example BRN-0001-1732500000001
                 */
                "X-PARTNER-ID": components["parameters"]["XPartnerId"];
                /**
                 * @description Unique per partner per calendar day (Asia/Jakarta). DOKU's Node SDK sends a UUID followed by a millisecond timestamp on its VA calls (`_commons/commonFunction.js`), so letters and hyphens are accepted here, up to 64 characters.
                 * @example 3f2b8c1e-8d4a-4b6f-9c2d-1a2b3c4d5e6f-1732500000000
                 */
                "X-EXTERNAL-ID": components["parameters"]["XExternalIdVa"];
                /** @description base64(HMAC-SHA512(clientSecret, METHOD + ":" + path + ":" + B2B accessToken + ":" + lowerhex(SHA-256(minified body)) + ":" + X-TIMESTAMP)) */
                "X-SIGNATURE": components["parameters"]["XSignatureSymmetric"];
                "CHANNEL-ID"?: components["parameters"]["ChannelId"];
                ORIGIN?: components["parameters"]["Origin"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "partnerServiceId": "   88899",
                 *       "customerNo": "000000000001",
                 *       "virtualAccountNo": "   88899000000000001"
                 *     }
                 */
                "application/json": {
                    partnerServiceId: components["schemas"]["PartnerServiceId"];
                    customerNo: components["schemas"]["VaCustomerNo"];
                    virtualAccountNo: components["schemas"]["VirtualAccountNo"];
                    inquiryRequestId?: string | null;
                    paymentRequestId?: string | null;
                    /** @description Anything (the SDK sends whatever the merchant put here, or nothing) */
                    additionalInfo?: unknown;
                };
            };
        };
        responses: {
            /** @description The VA's payment state */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        responseCode: "2002600";
                        responseMessage: string;
                        virtualAccountData: {
                            /** @enum {string} */
                            paymentFlagStatus?: "00";
                            paymentFlagReason: {
                                english: string;
                                indonesia: string;
                            };
                            partnerServiceId: string;
                            customerNo: string;
                            virtualAccountNo: string;
                            inquiryRequestId?: string | null;
                            paymentRequestId?: string | null;
                            trxId: string;
                            paidAmount: components["schemas"]["Money"];
                            trxDateTime?: string;
                            billDetails: {
                                billAmount: components["schemas"]["Money"];
                            }[];
                        };
                        additionalInfo: {
                            acquirer?: {
                                id?: string;
                            };
                            channel?: string;
                            /** @enum {string} */
                            virtualAccountStatus?: "ACTIVE" | "INACTIVE" | "PAID" | "EXPIRED" | "DELETED";
                        };
                    };
                };
            };
            default: components["responses"]["SnapError"];
        };
    };
    health: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Healthy */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        status: "ok";
                        version: string;
                        uptimeSeconds: number;
                        /** @enum {string} */
                        store?: "memory" | "file";
                    };
                };
            };
            /** @description Degraded, the store cannot write */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        status: "degraded";
                        version: string;
                        uptimeSeconds: number;
                        store: {
                            /** @enum {boolean} */
                            writable: false;
                            /** @description The disk's last refusal, e.g. "ENOSPC: no space left on device, write" */
                            error: string;
                            /**
                             * Format: date-time
                             * @description When the disk started refusing
                             */
                            since: string;
                        };
                    };
                };
            };
        };
    };
    adminListPartners: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Partners */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        partners: components["schemas"]["AdminPartner"][];
                    };
                };
            };
            default: components["responses"]["SnapError"];
        };
    };
    adminRegisterPartner: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "clientId": "BRN-0002-1732500000002",
                 *       "clientSecret": "SK-TEST-ONLY-second-partner-secret",
                 *       "publicKey": "-----BEGIN PUBLIC KEY-----\n...\n-----END PUBLIC KEY-----\n",
                 *       "notificationUrl": "http://localhost:9000/v1.0/debit/notify",
                 *       "authCodeKey": "0123456789abcdef",
                 *       "merchantId": "M-SANDBOX-0002",
                 *       "terminals": [
                 *         "K45"
                 *       ],
                 *       "merchantName": "TOKO KOPI SANDBOX",
                 *       "merchantCity": "BANDUNG",
                 *       "merchantPostalCode": "40115",
                 *       "mcc": "5814"
                 *     }
                 */
                "application/json": {
                    clientId: string;
                    clientSecret: string;
                    /** @description RSA public key in PEM */
                    publicKey: string;
                    name?: string;
                    /** Format: uri */
                    notificationUrl?: string;
                    /** @description AES key for Query Account Binding's authCode (16, 24 or 32 characters) */
                    authCodeKey?: string;
                    /** @description The partner's merchant; QRIS Generate must name it */
                    merchantId?: string;
                    /** @description QRIS terminal ids Generate accepts (empty or absent → any) */
                    terminals?: string[];
                    /** @description QRIS tag 59 (default the partner's name) */
                    merchantName?: string;
                    /** @description QRIS tag 60 (default JAKARTA) */
                    merchantCity?: string;
                    /** @description QRIS tag 61 (default 10110) */
                    merchantPostalCode?: string;
                    /** @description Merchant category code: QRIS tag 52 (default 5999) */
                    mcc?: string;
                    /** @description National merchant ID: QRIS tag 51 (default derived from merchantId) */
                    nmid?: string;
                    corporateBalance?: components["schemas"]["MoneyValue"];
                    /**
                     * Format: uri
                     * @description Direct inquiry (DIPC): DOKU asks this URL about a VA number under partnerServiceId before it accepts a payment
                     */
                    directInquiryUrl?: string;
                    /** @description The VA BIN the partner answers direct inquiries for (digits, spaces ignored) */
                    partnerServiceId?: string;
                    /**
                     * Format: uri
                     * @description The partner's own Get Token B2B endpoint. The sandbox asks it for a token (POST {"grantType":"client_credentials"}, X-CLIENT-KEY, X-TIMESTAMP, X-SIGNATURE = SHA256withRSA(DOKU private key, clientId|X-TIMESTAMP); GET /admin/keys has the public key) and notifies with that token. Asked once at registration: an unreachable URL, a non-2xx or non-JSON answer or one without accessToken → 400 naming notificationTokenUrl, and nothing is stored.
                     */
                    notificationTokenUrl?: string;
                    /**
                     * @description This partner's token policy instead of TOKEN_POLICY.
                     * @enum {string}
                     */
                    tokenPolicy?: "latest-only" | "concurrent";
                };
            };
        };
        responses: {
            /** @description The stored partner (secret masked) */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AdminPartner"];
                };
            };
            default: components["responses"]["SnapError"];
        };
    };
    adminJournal: {
        parameters: {
            query?: {
                /** @description Substring of the path (may contain "/", e.g. ?path=/snap-adapter/b2b2c) */
                path?: string;
                partner?: string;
                responseCode?: string;
                limit?: number;
                reveal?: "true" | "false";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Journal entries */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        entries: components["schemas"]["JournalEntry"][];
                    };
                };
            };
            default: components["responses"]["SnapError"];
        };
    };
    adminClearJournal: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Cleared */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            default: components["responses"]["SnapError"];
        };
    };
    adminJournalSummary: {
        parameters: {
            query?: {
                /** @description Only calls at or after this time, e.g. 2030-01-01T09:00:00+07:00 */
                since?: string;
                /** @description Only calls at or before this time */
                until?: string;
                /** @description e.g. purchaseWeb, or "POST /webview/purchase" */
                operation?: string;
                partner?: string;
                responseCode?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Counts */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "since": null,
                     *       "until": null,
                     *       "total": 3,
                     *       "evicted": 0,
                     *       "calls": [
                     *         {
                     *           "operation": "balanceInquiry",
                     *           "partner": "BRN-0001-1732500000001",
                     *           "responseCode": "2001100",
                     *           "status": 200,
                     *           "count": 2
                     *         },
                     *         {
                     *           "operation": "balanceInquiry",
                     *           "partner": "BRN-0001-1732500000001",
                     *           "responseCode": "4011100",
                     *           "status": 401,
                     *           "count": 1
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": {
                        since: string | null;
                        until: string | null;
                        /** @description The sum of every count */
                        total: number;
                        /** @description Calls no longer in the journal since it was last emptied */
                        evicted: number;
                        calls: {
                            operation: string;
                            partner: string | null;
                            responseCode: string | null;
                            status: number;
                            count: number;
                        }[];
                    };
                };
            };
            default: components["responses"]["SnapError"];
        };
    };
    adminListOtps: {
        parameters: {
            query?: {
                phoneNo?: string;
                referenceNo?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OTPs */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "otps": [
                     *         {
                     *           "referenceNo": "7Q2M0X4K9B1C5D8E3F6A",
                     *           "partnerReferenceNo": "f1a69bce-41bc-4abd-8c5c-01910574e404",
                     *           "clientId": "BRN-0001-1732500000001",
                     *           "purpose": "REGISTRATION",
                     *           "phoneNo": "6281212340099",
                     *           "otp": "482913",
                     *           "issuedAt": "2026-11-25T05:00:00.000Z",
                     *           "expiresAt": "2026-11-25T05:05:00.000Z",
                     *           "expired": false,
                     *           "attempts": 0,
                     *           "attemptsLeft": 3,
                     *           "blocked": false,
                     *           "journeyStatus": "OTP_SENT"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": {
                        otps: components["schemas"]["AdminOtp"][];
                    };
                };
            };
            default: components["responses"]["SnapError"];
        };
    };
    adminListAccounts: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Wallets */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        accounts: components["schemas"]["AdminAccount"][];
                    };
                };
            };
            default: components["responses"]["SnapError"];
        };
    };
    adminCreateAccount: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "name": "QA Tester",
                 *       "phoneNo": "6281299990001",
                 *       "pin": "147258",
                 *       "balance": "250000.00",
                 *       "bindTo": "BRN-0001-1732500000001"
                 *     }
                 */
                "application/json": {
                    name: string;
                    phoneNo: components["schemas"]["IndonesianPhoneNo"];
                    /** Format: email */
                    email?: string;
                    pin: string;
                    balance?: components["schemas"]["MoneyValue"];
                    /** @description clientId of the partner to bind to */
                    bindTo?: string;
                };
            };
        };
        responses: {
            /** @description The wallet (with authCode and linkId when bound) */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AdminAccount"] & {
                        authCode?: string;
                        linkId?: string;
                    };
                };
            };
            default: components["responses"]["SnapError"];
        };
    };
    adminGetAccount: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                accountId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The wallet */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AdminAccount"];
                };
            };
            default: components["responses"]["SnapError"];
        };
    };
    adminListDebitBindings: {
        parameters: {
            query?: {
                clientId?: string;
                channel?: components["schemas"]["DebitChannel"];
                status?: "PENDING" | "ACTIVE" | "FAILED" | "UNBOUND";
                /** @description default 100 */
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Bindings */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        bindings: {
                            referenceNo: string;
                            /** @enum {string} */
                            kind: "ACCOUNT" | "CARD";
                            clientId: string;
                            channel: string;
                            accountId: string;
                            phoneNo: string;
                            custIdMerchant: string;
                            /** @enum {string} */
                            status: "PENDING" | "ACTIVE" | "FAILED" | "UNBOUND";
                            authCode: string;
                            card?: string | null;
                            balance: string;
                            createdAt: string;
                            updatedAt: string;
                        }[];
                    };
                };
            };
            default: components["responses"]["SnapError"];
        };
    };
    adminKeys: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The public key */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description RSA public key in PEM (SPKI) */
                        dokuPublicKey: string;
                    };
                };
            };
            default: components["responses"]["SnapError"];
        };
    };
    adminVerifyLedger: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The checks */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "ok": false,
                     *       "checks": [
                     *         {
                     *           "name": "postings-balanced",
                     *           "ok": true,
                     *           "detail": "12 postings, each with entries summing to 0.00"
                     *         },
                     *         {
                     *           "name": "no-negative-balance",
                     *           "ok": false,
                     *           "detail": "wallet:1140340011 is -500.00"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": {
                        ok: boolean;
                        checks: {
                            name: string;
                            ok: boolean;
                            detail: string;
                        }[];
                    };
                };
            };
            default: components["responses"]["SnapError"];
        };
    };
    metrics: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Prometheus text format 0.0.4 (Content-Type: text/plain; version=0.0.4) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example # HELP doku_snap_sandbox_requests_total Requests answered, by operation, HTTP status and SNAP responseCode.
                     *     # TYPE doku_snap_sandbox_requests_total counter
                     *     doku_snap_sandbox_requests_total{operation="balanceInquiry",status="200",response_code="2001100"} 2
                     */
                    "text/plain": string;
                };
            };
        };
    };
    adminListNotifications: {
        parameters: {
            query?: {
                clientId?: string;
                /** @description The purchase's referenceNo */
                transactionId?: string;
                status?: "PENDING" | "DELIVERED" | "FAILED" | "SKIPPED";
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Notifications */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        notifications: components["schemas"]["AdminNotification"][];
                    };
                };
            };
            default: components["responses"]["SnapError"];
        };
    };
    adminRedeliverNotification: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The id of a notification (GET /admin/notifications) */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The new notification, queued */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AdminNotification"];
                };
            };
            default: components["responses"]["SnapError"];
        };
    };
    adminListScenarios: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Active scenarios */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        scenarios: components["schemas"]["ActiveScenario"][];
                        /** @description Scenario names in SCENARIOS_DIR */
                        library: string[];
                    };
                };
            };
            default: components["responses"]["SnapError"];
        };
    };
    adminActivateScenario: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "name": "token-down-once",
                 *       "rules": [
                 *         {
                 *           "name": "gateway-503",
                 *           "match": {
                 *             "endpoint": "tokenB2b"
                 *           },
                 *           "effect": {
                 *             "gateway": 503
                 *           },
                 *           "times": 1
                 *         }
                 *       ]
                 *     }
                 */
                "application/json": {
                    [key: string]: unknown;
                };
                "application/yaml": string;
                "application/x-yaml": string;
                "text/yaml": string;
                "text/x-yaml": string;
            };
        };
        responses: {
            /** @description Activated */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ActiveScenario"];
                };
            };
            /** @description Invalid scenario (every problem listed) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "responseCode": "4000000",
                     *       "responseMessage": "Bad Request. Invalid scenario",
                     *       "errors": [
                     *         {
                     *           "path": "/rules/0/effect/snapError/kind",
                     *           "message": "is not a kind of the SNAP code table (src/errors/codes.ts), e.g. InsufficientFunds"
                     *         },
                     *         {
                     *           "path": "/rules/1/match/nth",
                     *           "message": "must be >= 1"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["ScenarioProblems"];
                };
            };
            default: components["responses"]["SnapError"];
        };
    };
    adminClearScenarios: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Cleared */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            default: components["responses"]["SnapError"];
        };
    };
    adminDeleteScenario: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deactivated */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            default: components["responses"]["SnapError"];
        };
    };
    adminGetClock: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Now, and how far the clock is from real time */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SandboxClock"];
                };
            };
            default: components["responses"]["SnapError"];
        };
    };
    adminMoveClock: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "advanceSeconds": 901
                 *     }
                 */
                "application/json": {
                    /** @description Seconds to move forward (negative: back) */
                    advanceSeconds?: number;
                    /** @description ISO-8601 time with zone, e.g. 2026-01-01T09:00:00+07:00 */
                    set?: string;
                    /**
                     * @description Back to real time
                     * @enum {boolean}
                     */
                    reset?: true;
                };
            };
        };
        responses: {
            /** @description The clock after the move */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SandboxClock"];
                };
            };
            default: components["responses"]["SnapError"];
        };
    };
    adminReset: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Reset done */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        at: string;
                        partners: number;
                        wallets: number;
                        scenarios: string[];
                    };
                };
            };
            default: components["responses"]["SnapError"];
        };
    };
    adminListQrCodes: {
        parameters: {
            query?: {
                clientId?: string;
                status?: "00" | "03" | "05" | "06";
                /** @description default 100 */
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description QR codes */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        qrCodes: components["schemas"]["AdminQrCode"][];
                    };
                };
            };
            default: components["responses"]["SnapError"];
        };
    };
    adminGetQrCode: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @example 7Q2K9M4X1B8C5D3E6F0G */
                referenceNo: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The QR code */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AdminQrCode"];
                };
            };
            default: components["responses"]["SnapError"];
        };
    };
    adminQrCodeImage: {
        parameters: {
            query?: {
                scale?: number;
            };
            header?: never;
            path: {
                /** @example 7Q2K9M4X1B8C5D3E6F0G */
                referenceNo: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description PNG image */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "image/png": string;
                };
            };
            default: components["responses"]["SnapError"];
        };
    };
    adminListTenants: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Tenants */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        tenants: components["schemas"]["Tenant"][];
                    };
                };
            };
            default: components["responses"]["SnapError"];
        };
    };
    adminCreateTenant: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                /**
                 * @example {
                 *       "name": "checkout-suite"
                 *     }
                 */
                "application/json": {
                    /** @description For people; default the tenantId */
                    name?: string;
                };
            };
        };
        responses: {
            /** @description The tenant and its partners' credentials */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Tenant"] & {
                        /** @description One per fixture partner, in the order of fixtures/partners.json */
                        partners: {
                            clientId: string;
                            clientSecret: string;
                            /** @description RSA public key in PEM */
                            publicKey: string;
                            /** @description RSA private key in PEM (PKCS#8), TEST-ONLY, shown once */
                            privateKey: string;
                        }[];
                    };
                };
            };
            default: components["responses"]["SnapError"];
        };
    };
    adminGetTenant: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @example default */
                tenantId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The tenant */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Tenant"];
                };
            };
            default: components["responses"]["SnapError"];
        };
    };
    adminDeleteTenant: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @example default */
                tenantId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Removed */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            default: components["responses"]["SnapError"];
        };
    };
    adminListTransactions: {
        parameters: {
            query?: {
                clientId?: string;
                accountId?: string;
                type?: "TOP_UP" | "PURCHASE" | "QRIS_PAYMENT" | "REFUND" | "CANCEL" | "TRANSFER_BANK" | "AUTH_PAYMENT" | "CAPTURE" | "VOID" | "VA_PAYMENT" | "DIRECT_DEBIT" | "DIRECT_DEBIT_REFUND";
                /** @description default 100 */
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Transactions */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "transactions": [
                     *         {
                     *           "referenceNo": "7H2KD9W4Q1N8X3ZB6C0P",
                     *           "type": "TOP_UP",
                     *           "clientId": "BRN-0001-1732500000001",
                     *           "accountId": "1140340010",
                     *           "partnerReferenceNo": "2020102900000000000002",
                     *           "parentReferenceNo": null,
                     *           "status": "00",
                     *           "statusDesc": "Success",
                     *           "amount": {
                     *             "value": "100000.00",
                     *             "currency": "IDR"
                     *           },
                     *           "createdAt": "2026-11-25T05:00:00.000Z",
                     *           "updatedAt": "2026-11-25T05:00:00.000Z"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": {
                        transactions: components["schemas"]["AdminTransaction"][];
                    };
                };
            };
            default: components["responses"]["SnapError"];
        };
    };
    adminListVirtualAccounts: {
        parameters: {
            query?: {
                clientId?: string;
                status?: "ACTIVE" | "INACTIVE" | "PAID" | "EXPIRED" | "DELETED";
                /** @description default 100 */
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Virtual accounts */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        virtualAccounts: components["schemas"]["AdminVirtualAccount"][];
                    };
                };
            };
            default: components["responses"]["SnapError"];
        };
    };
    adminGetVirtualAccount: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The VA number a customer types (partnerServiceId + customerNo without the padding spaces)
                 * @example 88899000000000001
                 */
                virtualAccountNo: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The virtual account */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AdminVirtualAccount"];
                };
            };
            default: components["responses"]["SnapError"];
        };
    };
    adminPayVirtualAccount: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The VA number a customer types (partnerServiceId + customerNo without the padding spaces)
                 * @example 88899000000000001
                 */
                virtualAccountNo: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                /**
                 * @example {
                 *       "amount": "12500.00",
                 *       "senderName": "Budi Santoso"
                 *     }
                 */
                "application/json": {
                    /** @description "12500.00" or "12500" */
                    amount?: string;
                    senderName?: string;
                    channel?: components["schemas"]["VaChannel"];
                };
            };
        };
        responses: {
            /** @description Paid */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        responseCode: "2002500";
                        responseMessage: string;
                        referenceNo: string;
                        paymentRequestId: string;
                        virtualAccountNo: string;
                        trxId: string;
                        clientId: string;
                        channel: string;
                        paidAmount: components["schemas"]["Money"];
                        /** @enum {string} */
                        virtualAccountStatus: "ACTIVE" | "INACTIVE" | "PAID" | "EXPIRED" | "DELETED";
                    };
                };
            };
            default: components["responses"]["SnapError"];
        };
    };
    adminCompleteWebview: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "url": "http://localhost:8080/webview/purchase?token=QJ1UAbcdEfgh",
                 *       "pin": "135790"
                 *     }
                 */
                "application/json": {
                    /** @description The page's URL as the sandbox gave it (webRedirectUrl, nextAction, qparamsURL with ?token=, howToPayPage), or its path */
                    url: string;
                    pin?: string;
                    /** @description The PIN to create (Create-PIN page) */
                    newPin?: string;
                    /** @enum {string} */
                    decision?: "approve" | "reject";
                    fields?: {
                        [key: string]: string;
                    };
                };
            };
        };
        responses: {
            /** @description What the page answered to the submitted form (or, with no form to submit, to being opened) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 302,
                     *       "redirect": "https://partner.example/pay/return?partnerReferenceNo=INV-0001&status=SUCCESS&responseCode=2005400",
                     *       "title": null,
                     *       "message": null
                     *     }
                     */
                    "application/json": {
                        /** @description The page's HTTP status: 302 when it sends the browser on, 401 for a wrong PIN, 423 locked, 410 a used link … */
                        status: number;
                        /** @description Where a 302 sends the browser (the partner's URL with the outcome's parameters) */
                        redirect: string | null;
                        /** @description The page's heading */
                        title: string | null;
                        /** @description The page's alert line, e.g. "Wrong PIN. 2 attempts left." */
                        message: string | null;
                    };
                };
            };
            default: components["responses"]["SnapError"];
        };
    };
}

/** Each SNAP handler (x-snap-handler, else the operationId) and the operations it serves. */
export interface SnapHandlerOperations {
    accountCreation: "accountCreation";
    authPayment: "authPayment" | "authPaymentB2b";
    authCapture: "authCapture" | "authCaptureB2b2c";
    authVoid: "authVoid" | "authVoidB2b2c";
    balanceInquiry: "balanceInquiry";
    accountBinding: "accountBinding";
    accountBindingInquiry: "accountBindingInquiry";
    accountUnbinding: "accountUnbinding" | "accountUnbindingB2b2c";
    ddAccountBinding: "ddAccountBinding";
    ddAccountUnbinding: "ddAccountUnbinding";
    ddCardRegistration: "ddCardRegistration";
    ddCardUnbinding: "ddCardUnbinding";
    ddPayment: "ddPayment";
    ddBalanceInquiry: "ddBalanceInquiry";
    ddRefund: "ddRefund";
    ddCheckStatus: "ddCheckStatus";
    transactionHistoryList: "transactionHistoryList" | "transactionHistoryListB2b";
    transactionHistoryDetail: "transactionHistoryDetail" | "transactionHistoryDetailB2b";
    verifyOtp: "verifyOtp";
    requestOtp: "requestOtp" | "requestOtpB2b2c";
    purchaseWeb: "purchaseWeb" | "purchaseWebB2b";
    purchaseStatus: "purchaseStatus" | "purchaseStatusB2b2c";
    purchaseCancel: "purchaseCancel" | "purchaseCancelB2b2c";
    purchaseRefund: "purchaseRefund" | "purchaseRefundB2b2c";
    qrMpmGenerate: "qrMpmGenerate";
    qrMpmDecode: "qrMpmDecode";
    qrMpmPayment: "qrMpmPayment";
    qrMpmQuery: "qrMpmQuery";
    qrMpmRefund: "qrMpmRefund";
    qrMpmCancel: "qrMpmCancel";
    tokenB2b: "tokenB2b";
    tokenB2b2c: "tokenB2b2c";
    topUpAccountInquiry: "topUpAccountInquiry" | "topUpAccountInquiryB2b2c";
    topUp: "topUp" | "topUpB2b2c";
    topUpStatus: "topUpStatus" | "topUpStatusB2b2c";
    bankAccountInquiry: "bankAccountInquiry";
    transferBank: "transferBank";
    createVa: "createVa";
    updateVa: "updateVa";
    deleteVa: "deleteVa";
    checkStatusVa: "checkStatusVa";
}
