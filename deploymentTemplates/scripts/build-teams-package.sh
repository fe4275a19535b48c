#!/usr/bin/env bash
# Builds the Microsoft Teams app package (a zip with manifest.json, color.png and outline.png at its
# root) for the deployed bot.
#
# Usage: build-teams-package.sh <microsoft-app-id> [manifest-folder] [output-zip]
#   microsoft-app-id  the bot's MicrosoftAppId (the 'microsoftAppId' deployment output)
#   manifest-folder   default: BackCare.Bot/Channels/Teams/appManifest
#   output-zip        default: artifacts/teams/backcare-teams.zip
#
# manifest.json may contain the placeholder {{MICROSOFT_APP_ID}} (e.g. in bots[0].botId); every
# occurrence is replaced. The script then checks that bots[0].botId is the app id and that the icons
# are 192x192 and 32x32 PNGs.
set -euo pipefail

repo_root="$(cd "$(dirname "$0")/../.." && pwd)"
app_id="${1:-}"
manifest_dir="${2:-$repo_root/BackCare.Bot/Channels/Teams/appManifest}"
output="${3:-$repo_root/artifacts/teams/backcare-teams.zip}"

fail() { echo "build-teams-package: $*" >&2; exit 1; }

[[ "$app_id" =~ ^[0-9a-fA-F]{8}-([0-9a-fA-F]{4}-){3}[0-9a-fA-F]{12}$ ]] \
    || fail "first argument must be the bot's MicrosoftAppId (a GUID); got '${app_id}'"

for file in manifest.json color.png outline.png; do
    [ -f "$manifest_dir/$file" ] || fail "$manifest_dir/$file is missing"
done

# Width and height from a PNG's IHDR chunk (big-endian, bytes 16-23).
png_size() {
    local bytes
    read -r -a bytes < <(od -An -tu1 -j16 -N8 "$1")
    [ "${#bytes[@]}" -eq 8 ] || { echo "unreadable"; return; }
    echo "$(( (bytes[0]<<24) + (bytes[1]<<16) + (bytes[2]<<8) + bytes[3] ))x$(( (bytes[4]<<24) + (bytes[5]<<16) + (bytes[6]<<8) + bytes[7] ))"
}
[ "$(head -c 8 "$manifest_dir/color.png" | od -An -tx1 | tr -d ' \n')" = "89504e470d0a1a0a" ] || fail "color.png is not a PNG"
[ "$(head -c 8 "$manifest_dir/outline.png" | od -An -tx1 | tr -d ' \n')" = "89504e470d0a1a0a" ] || fail "outline.png is not a PNG"
[ "$(png_size "$manifest_dir/color.png")" = "192x192" ] || fail "color.png must be 192x192, is $(png_size "$manifest_dir/color.png")"
[ "$(png_size "$manifest_dir/outline.png")" = "32x32" ] || fail "outline.png must be 32x32, is $(png_size "$manifest_dir/outline.png")"

staging="$(mktemp -d)"
trap 'rm -rf "$staging"' EXIT

sed "s/{{MICROSOFT_APP_ID}}/$app_id/g" "$manifest_dir/manifest.json" > "$staging/manifest.json"
cp "$manifest_dir/color.png" "$manifest_dir/outline.png" "$staging/"

if command -v jq > /dev/null; then
    bot_id="$(jq -r '.bots[0].botId // empty' "$staging/manifest.json")" || fail "manifest.json is not valid JSON"
    [ "$bot_id" = "$app_id" ] || fail "bots[0].botId is '$bot_id', expected the app id $app_id"
else
    grep -q "\"botId\"[[:space:]]*:[[:space:]]*\"$app_id\"" "$staging/manifest.json" \
        || fail "manifest.json has no botId equal to $app_id (install jq for a full check)"
fi

mkdir -p "$(dirname "$output")"
rm -f "$output"
output="$(cd "$(dirname "$output")" && pwd)/$(basename "$output")"
if command -v zip > /dev/null; then
    (cd "$staging" && zip -q -X "$output" manifest.json color.png outline.png)
else
    (cd "$staging" && python3 -c 'import sys, zipfile
with zipfile.ZipFile(sys.argv[1], "w", zipfile.ZIP_DEFLATED) as z:
    [z.write(f) for f in sys.argv[2:]]' "$output" manifest.json color.png outline.png)
fi

echo "$output"
