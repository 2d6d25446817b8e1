#!/usr/bin/env bash
# The bash completion in a real bash, with bash-completion loaded as a user has it: each case
# sets COMP_WORDS and COMP_CWORD as bash would for a command line, calls _ladder and compares
# COMPREPLY with what the framework in use holds (`ladder show --ids KIND`): level ids for
# --target and template, ids of every kind for show, the batch columns (label.KEY ones of the
# framework's labels too) for --columns and the summary fields for --by; from the --criteria of
# the command line, else from the .ladder.yaml of the repository it runs in.
# Exit 77 (skipped) without bash-completion (scripts/install-deps.sh --test installs it).
# Usage: check_bash_completion.sh LADDER_BINARY REPO_ROOT
set -uo pipefail
ladder=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
source_dir=$(cd "$2" && pwd)
fail() { echo "check_bash_completion: $*" >&2; exit 1; }
bash_completion=/usr/share/bash-completion/bash_completion
if [[ ! -r $bash_completion ]]; then
    echo "check_bash_completion: skipped: no $bash_completion (Debian: bash-completion)" >&2
    exit 77
fi
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
unset LADDER_CRITERIA
export NO_COLOR=1
# The completion runs `ladder`: this build's.
mkdir "$scratch/bin"
ln -s "$ladder" "$scratch/bin/ladder"
export PATH=$scratch/bin:$PATH

# bash-completion's functions are not meant for `set -e`.
# shellcheck source=/dev/null
source "$bash_completion"
# shellcheck source=/dev/null
source "$source_dir/packaging/completions/ladder.bash"
# compopt works only while bash itself runs a completion; its options (nospace) are not
# what this test checks.
compopt() { :; }

# The words offered for LINE, the cursor at its end, sorted, one a line. Words are split as
# bash splits them for completion (COMP_WORDBREAKS: '=' and ':' are words of their own).
complete_line() { # LINE
    local line=$1
    COMP_LINE=$line
    COMP_POINT=${#line}
    COMP_WORDS=()
    local rest=$line word
    while [[ -n $rest ]]; do
        rest=${rest#"${rest%%[! ]*}"}
        [[ -z $rest ]] && break
        if [[ ${rest:0:1} == [=:] ]]; then
            word=${rest:0:1}
        else
            word=${rest%%[ =:]*}
        fi
        COMP_WORDS+=("$word")
        rest=${rest:${#word}}
    done
    # A line ending in a space completes a new, empty word.
    [[ $line == *" " || ${#COMP_WORDS[@]} -eq 0 ]] && COMP_WORDS+=("")
    COMP_CWORD=$((${#COMP_WORDS[@]} - 1))
    COMPREPLY=()
    _ladder ladder "${COMP_WORDS[COMP_CWORD]}" "${COMP_WORDS[COMP_CWORD-1]}"
    printf '%s\n' "${COMPREPLY[@]}" | sed '/^$/d' | sort
}

checks=0
expect() { # LINE EXPECTED (one word a line; sorted here)
    local got wanted
    got=$(complete_line "$1")
    wanted=$(printf '%s\n' "$2" | sed '/^$/d' | sort)
    [[ $got == "$wanted" ]] ||
        fail "'$1': offered [$(echo $got)], expected [$(echo $wanted)]"
    checks=$((checks + 1))
}
ids() { "$ladder" show --ids "$@" --quiet; }
starting() { grep "^$1" || true; }

cd "$scratch"
levels=$(ids levels)
[[ $(wc -l <<<"$levels") -gt 3 ]] || fail "the built-in framework has levels: $levels"
expect "ladder evaluate me.yaml --target " "$levels"
expect "ladder evaluate --target I" "$(starting I <<<"$levels")"
expect "ladder evaluate -t I" "$(starting I <<<"$levels")"
expect "ladder evaluate --target=I" "$(starting I <<<"$levels")"
expect "ladder batch evidence/ --target " "$levels"
expect "ladder template " "$levels"
expect "ladder show " "$(ids tracks; ids levels; ids competencies)"
competency=$(ids competencies | head -n 1)
[[ -n $competency ]] || fail "the built-in framework has no competencies"
expect "ladder show ${competency:0:4}" "$( (ids tracks; ids levels; ids competencies) | starting "${competency:0:4}")"
expect "ladder show --ids " "$(printf '%s\n' levels tracks competencies columns groups)"

# The batch columns: every column, the framework's labels as label.KEY; a list completes its
# last item and leaves out those already in it.
columns=$(ids columns)
grep -qx status <<<"$columns" && grep -qx label.team <<<"$columns" ||
    fail "show --ids columns lacks status or label.team: $(echo $columns)"
expect "ladder batch evidence/ --columns " "$columns"
expect "ladder batch evidence/ --columns id,na" "id,name"
expect "ladder batch evidence/ --columns id,name,st" "id,name,status"
expect "ladder batch evidence/ --columns name,label." "$(grep '^label\.' <<<"$columns" | sed 's/^/name,/')"
expect "ladder batch evidence/ --columns id,i" ""
groups=$(ids groups)
grep -qx placement <<<"$groups" && grep -qx team <<<"$groups" ||
    fail "show --ids groups lacks placement or team: $(echo $groups)"
expect "ladder batch evidence/ --summary --by " "$groups"
expect "ladder batch evidence/ --summary --by track,le" "track,level
track,level_title"

# Another framework named on the command line, in either spelling.
points=$source_dir/examples/frameworks/points-ladder
point_levels=$(ids levels --criteria "$points")
[[ $point_levels != "$levels" ]] || fail "points-ladder has the built-in framework's levels"
expect "ladder evaluate --criteria $points --target " "$point_levels"
expect "ladder evaluate --criteria=$points --target " "$point_levels"
expect "ladder template --criteria $points " "$point_levels"
expect "ladder batch --criteria $points evidence/ --columns error,la" ""

# A repository whose .ladder.yaml names its criteria, from a subdirectory.
mkdir -p repo/.git repo/people
cp -r "$points" repo/framework
printf 'criteria: framework\n' > repo/.ladder.yaml
(cd repo/people && expect "ladder evaluate --target " "$point_levels") || exit 1
checks=$((checks + 1))

# Options and the other values still complete.
expect "ladder batch evidence/ --col" "--color
--columns"
expect "ladder validate --format s" "sarif"
expect "ladder show --for" "--format"
echo "check_bash_completion: $checks command lines complete as expected"
