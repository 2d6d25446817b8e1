# bash completion for ladder (installed to share/bash-completion/completions/ladder)
_ladder() {
    local cur prev words cword split
    # -s: `--target=IC4` completes as `--target IC4` does.
    _init_completion -s || return
    local commands="validate evaluate place show template schema batch candidates publish test diff init help"
    local common="--criteria --color --quiet --max-file-size --max-depth --max-nodes --max-string-length --max-levels --max-criteria --help"
    local command=${words[1]}
    # The ids of the framework this command line would use (its --criteria, else
    # $LADDER_CRITERIA, else what ladder finds from here: .ladder.yaml, else the built-in
    # framework): `ladder show --ids KIND`, KIND one of levels, tracks, competencies, columns
    # (of batch --columns) and groups (the fields of batch --by).
    _ladder_ids() {
        local criteria=() i path
        for ((i = 1; i < cword; i++)); do
            path=
            case ${words[i]} in
                --criteria) path=${words[i+1]} ;;
                --criteria=*) path=${words[i]#--criteria=} ;;
            esac
            [[ -n $path ]] && criteria=(--criteria "${path/#\~/$HOME}")
        done
        ladder show --ids "$1" --quiet "${criteria[@]}" 2>/dev/null
    }
    # A comma-separated list (--columns id,name,...): completes its last item, leaving out the
    # items already in it.
    _ladder_list() {
        local listed=${cur%"${cur##*,}"} item words_left=()
        for item in $(_ladder_ids "$1"); do
            [[ ,$listed == *,$item,* ]] || words_left+=("$item")
        done
        compopt -o nospace
        COMPREPLY=($(compgen -P "$listed" -W "${words_left[*]}" -- "${cur##*,}"))
    }
    if [[ $cword -eq 1 ]]; then
        COMPREPLY=($(compgen -W "$commands --help --version" -- "$cur"))
        return
    fi
    case $prev in
        --criteria|--out|--evidence|-e)
            _filedir
            return ;;
        --output|-o)
            if [[ $command == validate || $command == test ]]; then
                if [[ $cur != *=* ]]; then
                    compopt -o nospace
                    COMPREPLY=($(compgen -W "text= json= github= junit= sarif=" -- "$cur"))
                    return
                fi
                # FORMAT=FILE: the file after the '='.
                local format=${cur%%=*}= i
                cur=${cur#*=}
                _filedir
                for i in "${!COMPREPLY[@]}"; do COMPREPLY[i]=$format${COMPREPLY[i]}; done
                return
            fi
            _filedir
            return ;;
        --color)
            COMPREPLY=($(compgen -W "auto always never" -- "$cur"))
            return ;;
        --layout)
            COMPREPLY=($(compgen -W "table lines" -- "$cur"))
            return ;;
        --format|-f)
            case $command in
                validate) COMPREPLY=($(compgen -W "text json github junit sarif auto" -- "$cur")) ;;
                test) COMPREPLY=($(compgen -W "text json github junit sarif auto" -- "$cur")) ;;
                evaluate) COMPREPLY=($(compgen -W "text markdown json html" -- "$cur")) ;;
                place) COMPREPLY=($(compgen -W "text json" -- "$cur")) ;;
                batch) COMPREPLY=($(compgen -W "text csv jsonl json markdown html" -- "$cur")) ;;
                candidates) COMPREPLY=($(compgen -W "text markdown json csv html" -- "$cur")) ;;
                *) COMPREPLY=($(compgen -W "text markdown json" -- "$cur")) ;;
            esac
            return ;;
        --target|-t)
            COMPREPLY=($(compgen -W "$(_ladder_ids levels)" -- "$cur"))
            return ;;
        --ids)
            COMPREPLY=($(compgen -W "levels tracks competencies columns groups" -- "$cur"))
            return ;;
        --columns)
            _ladder_list columns
            return ;;
        --by)
            _ladder_list groups
            return ;;
        --explain)
            # --explain=all; a bare --explain is a flag, followed by evidence files.
            if [[ $split == true ]]; then
                COMPREPLY=($(compgen -W "all" -- "$cur"))
                return
            fi ;;
        --as-of|--jobs|-j|--max-*|--min-*|--disable|--within|--trials-ending|--pseudonymise)
            return ;;
        --pseudonymise-key-file)
            _filedir
            return ;;
        --pseudonymise-key-env)
            COMPREPLY=($(compgen -v -- "$cur"))
            return ;;
    esac
    local options
    case $command in
        validate) options="--roster --statements --evidence --as-of --format --output --strict --disable" ;;
        evaluate) options="--roster --statements --target --as-of --explain --explain=all --format" ;;
        place) options="--roster --statements --as-of --files-from --null --format" ;;
        show) options="--ids --format" ;;
        schema) options="" ;;
        batch) options="--roster --statements --target --as-of --jobs --output --summary --min-group --redact --null --columns --by --layout --bom --pseudonymise --pseudonymise-key-file --pseudonymise-key-env --trials-ending --format" ;;
        candidates) options="--roster --statements --as-of --within --trials-ending --jobs --output --null --redact --pseudonymise --pseudonymise-key-file --pseudonymise-key-env --format" ;;
        publish) options="--out --force" ;;
        init) options="" ;;
        test) options="--roster --statements --fail-only --coverage --min-coverage --output --format" ;;
        diff) options="--roster --statements --evidence --as-of --redact --counts-only --min-group --jobs --format" ;;
        help) COMPREPLY=($(compgen -W "$commands" -- "$cur")); return ;;
    esac
    if [[ $cur == -* ]]; then
        COMPREPLY=($(compgen -W "$options $common" -- "$cur"))
    elif [[ $command == template ]]; then
        COMPREPLY=($(compgen -W "$(_ladder_ids levels)" -- "$cur"))
    elif [[ $command == show ]]; then
        COMPREPLY=($(compgen -W "$(_ladder_ids tracks) $(_ladder_ids levels) $(_ladder_ids competencies)" -- "$cur"))
    elif [[ $command == schema ]]; then
        COMPREPLY=($(compgen -W "criteria evidence test-suite openings evaluations placements batch-row batch-summary-row candidates diagnostics test-report diff framework level" -- "$cur"))
    else
        _filedir '@(yaml|yml)'
    fi
} && complete -F _ladder ladder
