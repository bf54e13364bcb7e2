#!/usr/bin/env bash
# SNAP signing with nothing but curl and openssl: Token B2B, Token B2B2C (RSA) and a
# Balance Inquiry (HMAC-SHA512). Defaults: the sandbox's TEST-ONLY partner and the seeded, bound
# wallet 1140340010. Run from the repository root:  BASE_URL=http://localhost:8080 examples/signing/curl-openssl.sh
set -euo pipefail
BASE_URL=${BASE_URL:-http://localhost:8080}
CLIENT_ID=${CLIENT_ID:-BRN-0001-1732500000001}
CLIENT_SECRET=${CLIENT_SECRET:-SK-TEST-ONLY-doku-snap-sandbox-default-secret}
PRIVATE_KEY=${PRIVATE_KEY:-fixtures/keys/partner-default.TEST-ONLY.private.pem}
AUTH_CODE=${AUTH_CODE:-cfb5de1a-6a40-40e0-8549-0634bcaed8ed}

# X-TIMESTAMP in WIB (UTC+7) without milliseconds, as DOKU's SDKs send it. "UTC-7" is POSIX for UTC+7.
TIMESTAMP=$(TZ=UTC-7 date +%Y-%m-%dT%H:%M:%S+07:00)

# 1. Token B2B. X-SIGNATURE = base64(SHA256withRSA(private key, clientId + "|" + X-TIMESTAMP))
TOKEN_SIGNATURE=$(printf '%s|%s' "$CLIENT_ID" "$TIMESTAMP" | openssl dgst -sha256 -sign "$PRIVATE_KEY" | openssl base64 -A)
B2B_TOKEN=$(curl -sS -X POST "$BASE_URL/authorization/v1/access-token/b2b" \
  -H 'Content-Type: application/json' \
  -H "X-CLIENT-KEY: $CLIENT_ID" \
  -H "X-TIMESTAMP: $TIMESTAMP" \
  -H "X-SIGNATURE: $TOKEN_SIGNATURE" \
  -d '{"grantType":"client_credentials"}' | sed -n 's/.*"accessToken":"\([^"]*\)".*/\1/p')
echo "B2B token:      ${B2B_TOKEN:0:24}…"

# 2. Token B2B2C: the same RSA signature, with the authCode of the customer's binding.
CUSTOMER_TOKEN=$(curl -sS -X POST "$BASE_URL/authorization/v1/access-token/b2b2c" \
  -H 'Content-Type: application/json' \
  -H "X-CLIENT-KEY: $CLIENT_ID" \
  -H "X-TIMESTAMP: $TIMESTAMP" \
  -H "X-SIGNATURE: $TOKEN_SIGNATURE" \
  -d "{\"grantType\":\"authorization_code\",\"authCode\":\"$AUTH_CODE\"}" | sed -n 's/.*"accessToken":"\([^"]*\)".*/\1/p')
echo "Customer token: ${CUSTOMER_TOKEN:0:24}…"

# 3. A transactional call. X-SIGNATURE = base64(HMAC-SHA512(client secret,
#    METHOD:path:B2B token:lowerhex(SHA-256(minified body)):X-TIMESTAMP))
#    The B2B token is signed even on /b2b2c/ paths; the customer token only travels in Authorization-Customer.
URL_PATH=/snap-adapter/b2b2c/v1.0/balance-inquiry
BODY='{"partnerReferenceNo":"CURL-0001","additionalInfo":{}}'
BODY_HASH=$(printf '%s' "$BODY" | openssl dgst -sha256 | awk '{print $NF}')
STRING_TO_SIGN="POST:$URL_PATH:$B2B_TOKEN:$BODY_HASH:$TIMESTAMP"
SIGNATURE=$(printf '%s' "$STRING_TO_SIGN" | openssl dgst -sha512 -hmac "$CLIENT_SECRET" -binary | openssl base64 -A)
curl -sS -X POST "$BASE_URL$URL_PATH" \
  -H 'Content-Type: application/json' \
  -H "Authorization: Bearer $B2B_TOKEN" \
  -H "Authorization-Customer: Bearer $CUSTOMER_TOKEN" \
  -H "X-PARTNER-ID: $CLIENT_ID" \
  -H "X-EXTERNAL-ID: $(date +%s)$RANDOM$RANDOM" \
  -H "X-TIMESTAMP: $TIMESTAMP" \
  -H "X-SIGNATURE: $SIGNATURE" \
  -d "$BODY"
echo
