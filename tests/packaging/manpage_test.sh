#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# The manual page documents what the program says it takes: every command of 'activa --help'
# has a section of its own under COMMANDS, every option of 'activa COMMAND --help' appears in
# that command's section, and groff formats the page without a warning.
# Usage: manpage_test.sh ACTIVA MANPAGE
set -euo pipefail

activa=$1 manpage=$2
failures=0
fail() {
    echo "FAIL: $*" >&2
    failures=$((failures + 1))
}

# The page as text: roff's escaped minus signs, font changes and break points removed.
text=$(sed -e 's/\\-/-/g' -e 's/\\f[BIRP]//g' -e 's/\\[%:&]//g' -e 's/\\c$//' "$manpage")

# The lines of the section that starts with the line $1, up to the next (sub)section.
section() {
    awk -v start="$1" '$0 == start { on = 1; next } on && /^\.S[HS] / { exit } on' <<<"$text"
}

# The --options a help text names, once each.
options_of() { grep -oE -- '--[a-z0-9][a-z0-9-]*' <<<"$1" | sort -u; }

mentions() { # text option: the option as a whole word
    grep -qE -- "(^|[^a-z0-9-])$2([^a-z0-9-]|\$)" <<<"$1"
}

help=$("$activa" --help)
commands=$(awk '/^Commands:/ { on = 1; next } /^$/ { on = 0 } on && /^  [a-z]/ { print $1 }' \
    <<<"$help")
if [[ -z $commands ]]; then fail "no commands found in 'activa --help'"; fi

for command in $commands; do
    body=$(section ".SS \"activa $command\"")
    if [[ -z $body ]]; then
        fail "no section .SS \"activa $command\" under COMMANDS"
        continue
    fi
    # --help after a command is described once, under OPTIONS.
    for option in $(options_of "$("$activa" "$command" --help)"); do
        if [[ $option == --help ]]; then continue; fi
        if ! mentions "$body" "$option"; then
            fail "the section of 'activa $command' does not document $option"
        fi
    done
done

global=$(section ".SH OPTIONS")
for option in -h --help -v --version; do
    if ! mentions "$global" "$option"; then fail "OPTIONS does not document $option"; fi
done
for option in $(options_of "$help"); do
    if ! mentions "$text" "$option"; then fail "the page does not mention $option"; fi
done
for heading in NAME SYNOPSIS DESCRIPTION OPTIONS COMMANDS "EXIT STATUS" FILES EXAMPLES \
    "SEE ALSO"; do
    if ! grep -qxF ".SH $heading" "$manpage" && ! grep -qxF ".SH \"$heading\"" "$manpage"; then
        fail "the page has no $heading section"
    fi
done

if command -v groff >/dev/null; then
    warnings=$(LC_ALL=C.UTF-8 groff -man -Tutf8 -ww -z "$manpage" 2>&1)
    if [[ -n $warnings ]]; then fail "groff warns: $warnings"; fi
else
    fail "groff is missing (scripts/deps.sh installs groff-base)"
fi

if ((failures)); then exit 1; fi
echo "activa.1 documents: $(tr '\n' ' ' <<<"$commands")"
