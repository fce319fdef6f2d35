#!/bin/sh
# The desktop entry and the AppStream metainfo in German and French: fails when a string of
# the English templates (packaging/linux/*.in) has no current translation in
# translations/desktop/*.po, when a translation matches no string any more, or when the
# merged files (as built into the packages) lack a language or do not validate.
#   check-desktop-translations.sh SOURCE_DIR BUILT_DESKTOP_FILE BUILT_METAINFO_FILE
set -eu
src=$1
desktop=$2
metainfo=$3
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
status=0
xgettext --from-code=UTF-8 --omit-header -o "$work/desktop.pot" \
    "$src"/packaging/linux/io.github.authdesk.AuthDesk.desktop.in \
    "$src"/packaging/linux/io.github.authdesk.AuthDesk.metainfo.xml.in
for lang in $(cat "$src/translations/desktop/LINGUAS"); do
    po="$src/translations/desktop/$lang.po"
    msgmerge --quiet --no-fuzzy-matching -o "$work/$lang.po" "$po" "$work/desktop.pot"
    # Untranslated or fuzzy entries, and obsolete ones (#~) that no template string has.
    stats=$(msgfmt --statistics -o /dev/null "$work/$lang.po" 2>&1)
    case "$stats" in
        *untranslated*|*fuzzy*) echo "$lang.po: $stats" >&2; status=1 ;;
    esac
    if grep -q '^#~' "$work/$lang.po"; then
        echo "$lang.po: translations of strings that are gone:" >&2
        grep '^#~ msgid' "$work/$lang.po" >&2
        status=1
    fi
    for key in "Name\\[$lang\\]=" "GenericName\\[$lang\\]=" "Comment\\[$lang\\]=" "Keywords\\[$lang\\]="; do
        grep -q "^$key" "$desktop" || { echo "$desktop: no $key" >&2; status=1; }
    done
    # The "Try the demo" action is translated too.
    sed -n '/^\[Desktop Action demo\]/,$p' "$desktop" | grep -q "^Name\\[$lang\\]=" \
        || { echo "$desktop: the demo action has no Name[$lang]" >&2; status=1; }
    for tag in summary caption; do
        grep -q "<$tag xml:lang=\"$lang\">" "$metainfo" || { echo "$metainfo: no <$tag> in $lang" >&2; status=1; }
    done
done
desktop-file-validate "$desktop" || status=1
appstreamcli validate --no-net "$metainfo" >"$work/validate.txt" 2>&1 || { cat "$work/validate.txt" >&2; status=1; }
[ "$status" -eq 0 ] && echo "desktop translations: every string is translated in $(tr '\n' ' ' <"$src/translations/desktop/LINGUAS")"
exit "$status"
