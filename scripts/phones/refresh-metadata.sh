#!/usr/bin/env bash
# Refreshes the phone-number metadata embedded in SubscriberSdk.Phones from a pinned
# libphonenumber-js release. Needs Node.js and npm; building the library does not.
# Usage: scripts/phones/refresh-metadata.sh [version]   (default: the pinned version below)
set -euo pipefail

PINNED_VERSION="1.13.16"
VERSION="${1:-$PINNED_VERSION}"

SCRIPT_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
REPO_ROOT="$(cd "$SCRIPT_DIR/../.." && pwd)"
METADATA_DIR="$REPO_ROOT/src/SubscriberSdk.Phones/Metadata"
VECTORS_FILE="$REPO_ROOT/tests/SubscriberSdk.Phones.Tests/TestData/libphonenumber-js-vectors.json"

WORK_DIR="$(mktemp -d)"
trap 'rm -rf "$WORK_DIR"' EXIT

echo "Fetching libphonenumber-js@$VERSION"
(cd "$WORK_DIR" && npm pack --silent "libphonenumber-js@$VERSION" >/dev/null)
tar -xzf "$WORK_DIR/libphonenumber-js-$VERSION.tgz" -C "$WORK_DIR"

node "$SCRIPT_DIR/convert-metadata.mjs" "$WORK_DIR/package" "$METADATA_DIR/phone-metadata.json.br" "$VECTORS_FILE"

cp "$WORK_DIR/package/LICENSE" "$METADATA_DIR/LICENSE-libphonenumber-js.txt"
cp "$WORK_DIR/package/LICENSE.Apache" "$METADATA_DIR/LICENSE-libphonenumber-metadata-Apache-2.0.txt"
cat > "$METADATA_DIR/NOTICE-phone-metadata.txt" <<NOTICE
SubscriberSdk.Phones embeds phone-number metadata (phone-metadata.json.br) converted from
libphonenumber-js $VERSION (https://gitlab.com/catamphetamine/libphonenumber-js), which ships it
in compressed form. The metadata itself comes from Google's libphonenumber
(https://github.com/google/libphonenumber).

- libphonenumber-js: Copyright (c) 2016 @catamphetamine, MIT License
  (LICENSE-libphonenumber-js.txt).
- libphonenumber metadata: Copyright (C) The Libphonenumber Authors, Apache License 2.0
  (LICENSE-libphonenumber-metadata-Apache-2.0.txt).

The conversion (scripts/phones/convert-metadata.mjs) reorganises the data; it does not change
the patterns, lengths or formats.
NOTICE
echo "Done. Review the diff, then run: dotnet test tests/SubscriberSdk.Phones.Tests"
