# Helpers for the README demos, to be sourced into bash: `source eng/demo.sh`.
# Every README example is written with them, and the test suite runs those examples against a fresh
# platform, so a README that no longer matches the platform's behaviour fails the build.
#
#   token USER [SCOPES]                  a demo account's access token (password grant, local runs only)
#   client_token CLIENT SECRET SCOPES    a partner system's access token (client credentials)
#   call STATUS METHOD PATH TOKEN [JSON] [CURL ARGS…]
#                                        calls the gateway, prints the answer and fails unless the status is
#                                        STATUS; use - as TOKEN for no token and '' as JSON for no body
#   expect JQ_FILTER                     fails unless the filter is true of the last answer
#   last JQ_FILTER                       prints a value of the last answer (raw strings)
#   eventually SECONDS JQ_FILTER STATUS METHOD PATH TOKEN
#                                        repeats a read until its answer has STATUS and satisfies the filter
#                                        (events take a moment to reach other services)
#
# GATEWAY is the platform's public address (default http://localhost:5100).

GATEWAY=${GATEWAY:-http://localhost:5100}
DEMO_PASSWORD=${DEMO_PASSWORD:-'Qingmeng#2026'}
_demo_dir=$(mktemp -d)
_demo_last="$_demo_dir/last.json"
trap 'rm -rf "$_demo_dir"' EXIT

token() {
  local scopes=${2:-openid approval governance policy finance talent}
  _demo_token "$1" -d grant_type=password -d client_id=qingmeng-demo -d "username=$1" \
    --data-urlencode "password=$DEMO_PASSWORD" --data-urlencode "scope=$scopes"
}

client_token() {
  _demo_token "$1" -d grant_type=client_credentials -d "client_id=$1" --data-urlencode "client_secret=$2" \
    --data-urlencode "scope=$3"
}

_demo_token() {
  local who=$1 answer
  shift
  answer=$(curl -s "$GATEWAY/connect/token" "$@")
  jq -er '.access_token // empty' <<<"$answer" 2>/dev/null || { echo "no token for $who: $answer" >&2; return 1; }
}

# Quiet variant for eventually: the answer goes to the last-answer file only.
_demo_call() {
  local status=$1 method=$2 path=$3 bearer=$4 body=${5-}
  shift 4; (($# > 0)) && shift
  local args=(-s -o "$_demo_last" -w '%{http_code}' -X "$method" "$GATEWAY$path")
  [[ $bearer != - ]] && args+=(-H "Authorization: Bearer $bearer")
  [[ -n $body ]] && args+=(-H 'Content-Type: application/json' --data-binary "$body")
  local code
  code=$(curl "${args[@]}" "$@") || return 1
  [[ $code == "$status" ]] || { _demo_status="$code"; return 1; }
}

call() {
  local status=$1
  if _demo_call "$@"; then
    _demo_show
  else
    echo "$2 $3: expected $status, got ${_demo_status:-no answer}" >&2
    _demo_show >&2
    return 1
  fi
}

expect() {
  jq -e "$1" "$_demo_last" >/dev/null || { echo "expected $1 of the last answer" >&2; return 1; }
}

last() {
  jq -er "$1" "$_demo_last"
}

eventually() {
  local seconds=$1 filter=$2
  shift 2
  local deadline=$((SECONDS + seconds))
  while ((SECONDS < deadline)); do
    if _demo_call "$@" && jq -e "$filter" "$_demo_last" >/dev/null 2>&1; then
      _demo_show
      return 0
    fi
    sleep 0.5
  done
  echo "$2 $3: not $filter within ${seconds}s" >&2
  _demo_show >&2
  return 1
}

_demo_show() {
  [[ -s $_demo_last ]] || return 0
  jq . "$_demo_last" 2>/dev/null || cat "$_demo_last"
  echo
}
