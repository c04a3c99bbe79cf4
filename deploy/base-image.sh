#!/usr/bin/env bash
# Makes a local Node 20 base image for the graph's Dockerfiles where the official node:20-bookworm-slim cannot be
# pulled (an air-gapped machine, or one with Debian's package mirror but no image registry):
#
#   bash deploy/base-image.sh                      # makes local/node20-bookworm:1 unless it exists
#   npm run images -- --base local/node20-bookworm:1
#
# It is Debian 12 minbase (debootstrap, about 25 s) plus this machine's own `node` binary at /usr/local/bin/node, so
# the machine must run Debian 12 (the binary and the sqlite3 addon built here need its glibc and libstdc++, which
# minbase has) and Node 20. Like the official image it has a `node` user (uid 1000) for the containers to run as.
# Needs root, docker and debootstrap. Environment: NODE_BIN (default: `node` on PATH), DEBIAN_MIRROR (default:
# debootstrap's own), DOCKER (the client, default docker), FORCE=1 to rebuild an existing image.
set -euo pipefail

IMAGE="${1:-local/node20-bookworm:1}"
MINBASE="local/bookworm-minbase:1"
NODE_BIN="${NODE_BIN:-$(command -v node || true)}"
DOCKER="${DOCKER:-docker}"

say() { echo "base-image: $*" >&2; }
die() { say "$*"; exit 1; }

command -v "$DOCKER" >/dev/null || die "docker is not installed (apt-get install -y docker.io)"
"$DOCKER" info >/dev/null 2>&1 || die "the Docker daemon does not answer (start dockerd)"

if [[ "${FORCE:-0}" != 1 ]] && "$DOCKER" image inspect "$IMAGE" >/dev/null 2>&1; then
  say "$IMAGE exists (FORCE=1 rebuilds it)"
  exit 0
fi

[[ -n "$NODE_BIN" && -x "$NODE_BIN" ]] || die "no node binary (set NODE_BIN)"
node_version="$("$NODE_BIN" -p process.versions.node)"
[[ "$node_version" == 20.* ]] || die "$NODE_BIN is Node $node_version; the image is tagged and tested for Node 20"
[[ "$(. /etc/os-release && echo "${ID}-${VERSION_ID:-}")" == debian-12 ]] ||
  die "this machine is not Debian 12: its node binary may not run on bookworm's glibc; use the official image instead"

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
started=$SECONDS

if [[ "${FORCE:-0}" == 1 ]] || ! "$DOCKER" image inspect "$MINBASE" >/dev/null 2>&1; then
  command -v debootstrap >/dev/null || die "debootstrap is not installed (apt-get install -y debootstrap)"
  say "debootstrap --variant=minbase bookworm (about 25 s)"
  # shellcheck disable=SC2086 # DEBIAN_MIRROR is one optional word
  debootstrap --variant=minbase bookworm "$work/rootfs" ${DEBIAN_MIRROR:-} >"$work/debootstrap.log" 2>&1 ||
    { tail -20 "$work/debootstrap.log" >&2; die "debootstrap failed (log above)"; }
  # Nothing at run time needs apt's lists and caches or the docs; they are a fifth of minbase.
  rm -rf "$work/rootfs"/var/cache/apt/* "$work/rootfs"/var/lib/apt/lists/* "$work/rootfs"/usr/share/{doc,man,info}/*
  tar -C "$work/rootfs" -c . | "$DOCKER" import - "$MINBASE" >/dev/null
  rm -rf "$work/rootfs"
  say "imported $MINBASE"
fi

mkdir "$work/context"
cp "$NODE_BIN" "$work/context/node"
cat >"$work/context/Dockerfile" <<EOF
FROM $MINBASE
# docker import keeps no configuration, so PATH and the locale are set here as the official image sets them.
ENV PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin LANG=C.UTF-8 NODE_VERSION=$node_version
COPY node /usr/local/bin/node
RUN groupadd --gid 1000 node && useradd --uid 1000 --gid node --shell /bin/bash --create-home node \\
 && node --version
CMD ["node"]
EOF
"$DOCKER" build -q -t "$IMAGE" "$work/context" >/dev/null
say "built $IMAGE (Node $node_version) in $((SECONDS - started)) s: $("$DOCKER" image inspect -f '{{.Size}}' "$IMAGE" | awk '{printf "%.0f MB", $1/1e6}')"
