#!/bin/sh
# Fails when a user-visible string has no German or French translation, or when a
# translation no longer matches any string: lupdate runs over the sources into copies of
# translations/*.ts, which must then hold no unfinished, vanished or obsolete entry.
#   check-translations.sh LUPDATE SOURCE_DIR
set -eu
lupdate=$1
src=$2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
status=0
for ts in "$src"/translations/*.ts; do
    copy="$work/$(basename "$ts")"
    cp "$ts" "$copy"
    # English holds plural forms only.
    case "$ts" in *_en.ts) only=-pluralonly ;; *) only= ;; esac
    (cd "$src" && "$lupdate" -silent -locations none $only app ui -ts "$copy")
    bad=$(grep -cE 'type="(unfinished|vanished|obsolete)"' "$copy" || true)
    if [ "$bad" -ne 0 ]; then
        echo "$(basename "$ts"): $bad string(s) without a current translation:" >&2
        grep -B3 -E 'type="(unfinished|vanished|obsolete)"' "$copy" | grep '<source>' >&2 || true
        status=1
    fi
done
[ "$status" -eq 0 ] && echo "translations: every string is translated in every language"
exit "$status"
