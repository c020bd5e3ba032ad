# SPDX-License-Identifier: MIT
# Bash completion for activa(1). Function ids, their parameters and the dataset names are read
# from the program being completed ('activa list', 'activa train --list-datasets'), so they
# always match the installed version. Plain bash: no helper from the bash-completion package.

# The first tab-separated field of each line the program prints for the given arguments.
_activa_first_fields() {
    local prog=$1 first _
    shift
    while IFS=$'\t' read -r first _; do
        printf '%s\n' "$first"
    done < <("$prog" "$@" 2>/dev/null)
}

# The NAME of every --define 'NAME(x, ...) = ...' on the command line so far: ids like the
# built-ins' for the rest of the command.
_activa_defined() {
    local i word
    for ((i = 1; i < COMP_CWORD; i++)); do
        word=""
        if [[ ${COMP_WORDS[i]} == --define ]]; then
            word=${COMP_WORDS[i + 1]}
            [[ $word == = ]] && word=${COMP_WORDS[i + 2]}
        elif [[ ${COMP_WORDS[i]} == --define=* ]]; then
            word=${COMP_WORDS[i]#*=}
        fi
        word=${word#[\'\"]}
        word=${word%%(*}
        word=${word//[[:space:]]/}
        [[ -n $word ]] && printf '%s\n' "$word"
    done
}

# "NAME=" for each parameter of function $2, or "ID.NAME=" for every function without $2.
_activa_params() {
    local prog=$1 id=${2-} key _name params p
    while IFS=$'\t' read -r key _name params; do
        [[ -z $params ]] && continue
        [[ -n $id && $key != "$id" ]] && continue
        local -a list
        IFS=, read -r -a list <<<"$params"
        for p in "${list[@]}"; do
            if [[ -n $id ]]; then
                printf '%s=\n' "${p%%=*}"
            else
                printf '%s.%s=\n' "$key" "${p%%=*}"
            fi
        done
    done < <("$prog" list 2>/dev/null)
}

_activa() {
    local prog=${COMP_WORDS[0]}
    local cur=${COMP_WORDS[COMP_CWORD]} prev="" prefix="" value=""
    COMPREPLY=()

    prog=${prog/#\~/$HOME}
    command -v -- "$prog" >/dev/null 2>&1 || prog=activa

    # "--option=value": bash splits the word at '=' (COMP_WORDBREAKS) into "--option", "=" and
    # the value; without that split the whole word arrives at once.
    if [[ $cur == = ]]; then
        prev=${COMP_WORDS[COMP_CWORD - 1]}
        cur=""
        value=1
    elif ((COMP_CWORD >= 2)) && [[ ${COMP_WORDS[COMP_CWORD - 1]} == = ]]; then
        prev=${COMP_WORDS[COMP_CWORD - 2]}
        value=1
    elif [[ $cur == --*=* ]]; then
        prev=${cur%%=*}
        prefix=${cur%%=*}=
        cur=${cur#*=}
        value=1
    elif ((COMP_CWORD >= 1)); then
        prev=${COMP_WORDS[COMP_CWORD - 1]}
    fi

    local commands="list eval define softmax recommend gradflow train export"
    local command="" i
    for ((i = 1; i < COMP_CWORD; i++)); do
        if [[ ${COMP_WORDS[i]} != -* ]]; then
            command=${COMP_WORDS[i]}
            break
        fi
    done

    if [[ -z $command ]]; then
        if [[ $cur == -* ]]; then
            mapfile -t COMPREPLY < <(compgen -W "-h --help -v --version" -- "$cur")
        else
            mapfile -t COMPREPLY < <(compgen -W "$commands" -- "$cur")
        fi
        return 0
    fi

    local train_options="--dataset --activation --depth --width --epochs --batch --optimizer
        --learning-rate --l2 --init --output-activation --loss --points --noise --test-fraction
        --seed --param --define"
    local options flags="--help --derivative --log-derivative --gradflow --train --list-datasets"
    case $command in
    list) options="--help" ;;
    eval) options="--param --range --at= --define --help" ;;
    define) options="--help" ;;
    softmax) options="--temperature --help" ;;
    recommend) options="--network --problem --classes --help" ;;
    gradflow) options="--activation --depth --width --batch --init --inputs --std --bias --seed
        --param --define --help" ;;
    train) options="$train_options --list-datasets --help" ;;
    export) options="--function --derivative --log-derivative --param --range --points --softmax --temperature
        --flowchart --network --problem --gradflow --activation --depth --width --batch --init
        --inputs --std --bias --seed --train $train_options --output --size --help" ;;
    *) return 0 ;;
    esac
    options=${options//$'\n'/ }

    # Lists of ids (--activation relu,ta...) complete their last item.
    local head="" words=""
    case $prev in
    --activation | --function)
        if [[ $cur == *,* ]]; then
            head=${cur%,*},
            cur=${cur##*,}
        fi
        words="$(_activa_first_fields "$prog" list) $(_activa_defined)"
        ;;
    --output-activation) words="linear sigmoid softmax" ;;
    --dataset) words=$(_activa_first_fields "$prog" train --list-datasets) ;;
    --network) words="mlp cnn rnn" ;;
    --problem) words="regression binary multiclass multilabel" ;;
    --init) words="glorot_uniform glorot_normal he_uniform he_normal lecun_normal normal" ;;
    --inputs) words="zero_one minus_one_one standardised" ;;
    --optimizer) words="adam sgd" ;;
    --loss) words="mean_squared_error binary_crossentropy categorical_crossentropy" ;;
    --flowchart) words="hidden output" ;;
    --output)
        compopt -o filenames 2>/dev/null
        mapfile -t COMPREPLY < <(compgen -f -- "$cur")
        return 0
        ;;
    --param)
        local id=""
        if [[ $command == eval ]]; then
            for ((i = i + 1; i < COMP_CWORD; i++)); do
                if [[ ${COMP_WORDS[i]} != -* && ${COMP_WORDS[i]} != = &&
                    ${COMP_WORDS[i - 1]} != --param && ${COMP_WORDS[i - 1]} != --range &&
                    ${COMP_WORDS[i - 1]} != --at && ${COMP_WORDS[i - 1]} != --define &&
                    ${COMP_WORDS[i - 1]} != = ]]; then
                    id=${COMP_WORDS[i]}
                    break
                fi
            done
            [[ -z $id ]] && return 0
        elif [[ $command == gradflow ]]; then
            for ((i = 1; i < COMP_CWORD; i++)); do
                if [[ ${COMP_WORDS[i]} == --activation ]]; then
                    id=${COMP_WORDS[i + 1]}
                    [[ $id == = ]] && id=${COMP_WORDS[i + 2]}
                elif [[ ${COMP_WORDS[i]} == --activation=* ]]; then
                    id=${COMP_WORDS[i]#*=}
                fi
            done
            [[ -z $id ]] && return 0
        fi
        compopt -o nospace 2>/dev/null
        mapfile -t COMPREPLY < <(compgen -W "$(_activa_params "$prog" "$id")" -- "$cur")
        return 0
        ;;
    -*)
        # Any other option of the command takes a number or a list: nothing to offer. A flag
        # is followed by options or arguments like any other word.
        if [[ " $options " == *" $prev "* || " $options " == *" $prev= "* ]] &&
            [[ " $flags " != *" $prev "* ]]; then
            return 0
        fi
        ;;
    esac

    if [[ -n $words ]]; then
        mapfile -t COMPREPLY < <(compgen -P "$prefix$head" -W "$words" -- "$cur")
        return 0
    fi
    # After '=' comes a value, never an option.
    [[ -n $value ]] && return 0

    # eval's one argument, the function id, until it is given; then its options.
    if [[ $command == eval && $cur != -* ]]; then
        local given=""
        for ((i = i + 1; i < COMP_CWORD; i++)); do
            if [[ ${COMP_WORDS[i]} != -* && ${COMP_WORDS[i]} != = &&
                ${COMP_WORDS[i - 1]} != --param && ${COMP_WORDS[i - 1]} != --range &&
                ${COMP_WORDS[i - 1]} != --at && ${COMP_WORDS[i - 1]} != --define &&
                ${COMP_WORDS[i - 1]} != = ]]; then
                given=1
            fi
        done
        if [[ -z $given ]]; then
            mapfile -t COMPREPLY < <(compgen -W "$(_activa_first_fields "$prog" list)
                $(_activa_defined)" -- "$cur")
            return 0
        fi
    fi
    mapfile -t COMPREPLY < <(compgen -W "$options" -- "$cur")
    [[ ${#COMPREPLY[@]} -eq 1 && ${COMPREPLY[0]} == *= ]] && compopt -o nospace 2>/dev/null
    return 0
}

complete -F _activa activa
