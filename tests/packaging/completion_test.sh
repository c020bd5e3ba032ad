#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# The bash completion, sourced into plain bash and asked as bash asks it on <Tab>: commands,
# function ids and dataset names read from the program, each command's options (every one its
# --help names), the values of the options that take a fixed set, and file names.
# Usage: completion_test.sh ACTIVA COMPLETION
set -euo pipefail

activa=$1 completion=$2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=0}
# The completion runs the program it completes, found as the user typed it: here on PATH.
PATH=$(dirname "$activa"):$PATH
# shellcheck source=/dev/null
source "$completion"

failures=0
fail() {
    echo "FAIL: $*" >&2
    failures=$((failures + 1))
}

# complete WORD...: the candidates for the last word, as bash splits a command line (a word
# "--option=value" arrives as "--option" "=" "value"), one a line, sorted.
complete_words() {
    COMP_WORDS=("$@")
    COMP_CWORD=$(($# - 1))
    COMPREPLY=()
    _activa "$1" "${COMP_WORDS[COMP_CWORD]}" "${COMP_WORDS[COMP_CWORD - 1]}"
    if ((${#COMPREPLY[@]})); then printf '%s\n' "${COMPREPLY[@]}" | sort; fi
}

expect() { # "expected candidates" WORD...: exactly these
    local want got
    want=$(tr ' ' '\n' <<<"$1" | sort)
    shift
    got=$(complete_words "$@")
    if [[ $got != "$want" ]]; then
        fail "'$*<Tab>' offers [$(tr '\n' ' ' <<<"$got")], not [$(tr '\n' ' ' <<<"$want")]"
    fi
}

expect_among() { # "candidates" WORD...: at least these
    local got candidate
    got=$(complete_words "${@:2}")
    for candidate in $1; do
        if ! grep -qxF -- "$candidate" <<<"$got"; then
            fail "'${*:2}<Tab>' does not offer $candidate among [$(tr '\n' ' ' <<<"$got")]"
        fi
    done
}

expect "eval" activa ev
expect "list eval define softmax recommend gradflow train export" activa ""
expect "define" activa def
expect "--help" activa define --
expect_among "--define" activa eval relu --de
expect_among "relu relu6" activa eval --define 'f(x) = x' re
expect "--help --version" activa --
expect_among "relu relu6" activa eval re
expect "spiral spiral3" activa train --dataset sp
expect "spiral spiral3" activa train --dataset = sp
expect "spiral spiral3" activa export --train --dataset = sp
expect_among "relu,tanh relu,tanhshrink" activa train --activation relu,ta
expect "sigmoid" activa gradflow --activation sigm
expect "mlp cnn rnn" activa recommend --network ""
expect "multiclass multilabel" activa recommend --problem mult
expect "he_uniform he_normal" activa gradflow --init he
expect "adam sgd" activa train --optimizer ""
expect "softmax" activa train --output-activation soft
expect "hidden output" activa export --flowchart ""
expect "negative_slope=" activa eval leaky_relu --param ""
expect_among "leaky_relu.negative_slope= elu.alpha=" activa export --function elu --param ""
expect "" activa gradflow --depth ""
expect "" activa eval tanh --at = ""

expect "zero_one" activa gradflow --inputs ze
expect_among "--define --inputs" activa gradflow --
expect_among "--define" activa train --
expect_among "--define --inputs" activa export --
# A --define's NAME is an id like the built-ins' for the rest of the line.
expect "myrelu" activa eval --define 'myrelu(x) = max(x, 0)' my
expect "relu,myrelu" activa train --define 'myrelu(x) = max(x, 0)' --activation relu,my
expect "pswish" activa gradflow --define='pswish(x, beta=1) = x*sigmoid(beta*x)' --activation ps

# The words an option takes are the ones the program names when it refuses another word, from
# the table its check reads: "--init must be a, b or c, got '?'".
named() {
    { "$activa" "$@" 2>&1 >/dev/null || true; } | sed -n "s/.* must be \(.*\), got '?'\$/\1/p" |
        sed 's/ or /, /' | tr -d ' ' | tr ',' '\n' | sort
}
check_words() { # OPTION WORD...: what 'activa COMMAND OPTION <Tab>' offers, named by the words
    local option=$1 want got
    shift
    want=$(named "$@")
    got=$(complete_words activa "$1" "$option" "")
    if [[ -z $want || $got != "$want" ]]; then
        fail "'activa $1 $option <Tab>' offers [$(tr '\n' ' ' <<<"$got")], the program names [$(tr '\n' ' ' <<<"$want")]"
    fi
}
png=$work/x.png
check_words --init gradflow --activation relu --depth 1 --init '?'
check_words --inputs gradflow --activation relu --depth 1 --inputs '?'
check_words --init train --dataset xor --activation relu --init '?'
check_words --optimizer train --dataset xor --activation relu --optimizer '?'
check_words --loss train --dataset xor --activation relu --loss '?'
check_words --output-activation train --dataset xor --activation relu --output-activation '?'
check_words --network recommend --network '?' --problem binary
check_words --problem recommend --network mlp --problem '?'
check_words --inputs export --gradflow --activation relu --depth 1 --inputs '?' --output "$png"
check_words --flowchart export --flowchart '?' --output "$png"
check_words --network export --flowchart hidden --network '?' --output "$png"
check_words --problem export --flowchart output --problem '?' --output "$png"

# Every id of 'activa list' and every dataset of 'activa train --list-datasets', as printed now.
ids=$("$activa" list | cut -f1 | sort)
datasets=$("$activa" train --list-datasets | cut -f1 | sort)
if [[ $(complete_words activa eval "") != "$ids" ]]; then
    fail "'activa eval <Tab>' does not offer exactly the ids of 'activa list'"
fi
if [[ $(complete_words activa train --dataset "") != "$datasets" ]]; then
    fail "'activa train --dataset <Tab>' does not offer exactly the datasets"
fi

# Every option a command's --help names is offered after that command.
commands=$("$activa" --help |
    awk '/^Commands:/ { on = 1; next } /^$/ { on = 0 } on && /^  [a-z]/ { print $1 }')
for command in $commands; do
    offered=$(complete_words activa "$command" --)
    for option in $("$activa" "$command" --help | grep -oE -- '--[a-z0-9][a-z0-9-]*' | sort -u); do
        if ! grep -qxE -- "$option=?" <<<"$offered"; then
            fail "'activa $command --<Tab>' does not offer $option"
        fi
    done
done

mkdir -p "$work/pictures"
touch "$work/picture.png"
expect "$work/picture.png $work/pictures" activa export --output "$work/pict"

if ((failures)); then exit 1; fi
echo "completion checked for: $(tr '\n' ' ' <<<"$commands")"
