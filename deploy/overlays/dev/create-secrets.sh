#!/usr/bin/env bash
# Creates the two Secrets the dev overlay references, with fresh random passwords and keys, in the
# qingmeng-dev namespace: qingmeng-parameters (passwords, signing keys, client secrets) and
# qingmeng-connection-strings (one per connection name, pointing at the in-namespace servers).
# Existing Secrets are kept (the database was initialised with their passwords).
#   deploy/overlays/dev/create-secrets.sh            create them in the current kubectl context
#   deploy/overlays/dev/create-secrets.sh --dry-run  print them as YAML instead (nothing is applied)
set -euo pipefail
namespace=qingmeng-dev
kubectl=${KUBECTL:-kubectl}
dry_run=false
[[ ${1:-} == --dry-run ]] && dry_run=true

secret_value() { openssl rand -hex 24; }
rsa_key() { openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048 2>/dev/null; }

postgres_password=$(secret_value)
eventbus_password=$(secret_value)
cache_password=$(secret_value)

parameters=(
  --from-literal=postgres-password="$postgres_password"
  --from-literal=eventbus-password="$eventbus_password"
  --from-literal=cache-password="$cache_password"
  --from-literal=operator-api-key="$(secret_value)"
  --from-literal=bank-qzbank-system-secret="$(secret_value)"
  --from-literal=hotline-12345-system-secret="$(secret_value)"
  --from-literal=identity-signing-key-pem="$(rsa_key)"
  --from-literal=identity-encryption-key-pem="$(rsa_key)"
)
postgres="Host=postgres;Port=5432;Username=postgres;Password=$postgres_password"
connections=(
  --from-literal=eventbus="amqp://guest:$eventbus_password@eventbus:5672"
  --from-literal=cache="cache:6379,password=$cache_password"
)
for database in identitydb approvaldb governancedb policydb financedb talentdb; do
  connections+=(--from-literal="$database=$postgres;Database=$database")
done

create() {
  local name=$1
  shift
  if $dry_run; then
    echo "---"
    "$kubectl" create secret generic "$name" --namespace "$namespace" "$@" --dry-run=client -o yaml
  elif "$kubectl" get secret "$name" --namespace "$namespace" >/dev/null 2>&1; then
    echo "secret/$name exists in $namespace: kept"
  else
    "$kubectl" create secret generic "$name" --namespace "$namespace" "$@" >/dev/null
    echo "secret/$name created in $namespace"
  fi
}

if ! $dry_run; then
  "$kubectl" get namespace "$namespace" >/dev/null 2>&1 || "$kubectl" create namespace "$namespace"
fi
create qingmeng-parameters "${parameters[@]}"
create qingmeng-connection-strings "${connections[@]}"
