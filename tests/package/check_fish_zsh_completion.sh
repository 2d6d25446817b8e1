#!/usr/bin/env bash
# The fish and zsh completions offer the framework's ids as the bash one does (see
# check_bash_completion.sh): level ids for --target and template, the batch columns (a list
# completing its last item) and summary fields, from the --criteria of the command line.
# fish: its own `complete -C LINE`, the completion a user gets. zsh: completing needs a
# terminal (zle), so its helpers are run as _arguments would run them (words, CURRENT; compadd
# prints what it is given). A shell that is not installed is skipped; exit 77 when neither is
# (scripts/install-deps.sh --test installs both).
# Usage: check_fish_zsh_completion.sh LADDER_BINARY REPO_ROOT
set -uo pipefail
ladder=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
source_dir=$(cd "$2" && pwd)
fail() { echo "check_fish_zsh_completion: $*" >&2; exit 1; }
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
unset LADDER_CRITERIA
export NO_COLOR=1
mkdir "$scratch/bin"
ln -s "$ladder" "$scratch/bin/ladder"
export PATH=$scratch/bin:$PATH
cd "$scratch"

ids() { "$ladder" show --ids "$@" --quiet; }
levels=$(ids levels)
points=$source_dir/examples/frameworks/points-ladder
point_levels=$(ids levels --criteria "$points")
columns=$(ids columns)
groups=$(ids groups)
sorted() { sed '/^$/d' | sort; }
checks=0
tested=()

same() { # WHAT GOT WANTED
    [[ $(sorted <<<"$2") == "$(sorted <<<"$3")" ]] ||
        fail "$1: offered [$(echo $2)], expected [$(echo $3)]"
    checks=$((checks + 1))
}

if command -v fish >/dev/null; then
    tested+=(fish)
    fish_complete() { # LINE
        fish --no-config -c "source '$source_dir/packaging/completions/ladder.fish'; complete -C '$1'" |
            cut -f1
    }
    same "fish: evaluate --target" "$(fish_complete "ladder evaluate me.yaml --target ")" "$levels"
    same "fish: template" "$(fish_complete "ladder template ")" "$levels"
    same "fish: show" "$(fish_complete "ladder show ")" "$(ids tracks; ids levels; ids competencies)"
    same "fish: --criteria" "$(fish_complete "ladder evaluate --criteria $points --target ")" "$point_levels"
    same "fish: --columns" "$(fish_complete "ladder batch evidence/ --columns ")" "$columns"
    same "fish: --columns id,na" "$(fish_complete "ladder batch evidence/ --columns id,na")" "id,name"
    same "fish: --by" "$(fish_complete "ladder batch evidence/ --summary --by ")" "$groups"
fi

if command -v zsh >/dev/null; then
    tested+=(zsh)
    zsh_helper() { # HELPER WORDS... (the last word is the one completed)
        zsh -f -c '
            compadd() { while [[ $1 != -- ]]; do shift; done; shift; print -l -- "$@" }
            _arguments() { : } ; _describe() { : }
            words=(ladder); CURRENT=1 # the file ends by completing this line
            source "$1"
            helper=$2; shift 2
            words=("$@"); CURRENT=$#words
            $helper' zsh "$source_dir/packaging/completions/_ladder" "$@"
    }
    # As _ladder calls them: the words after `ladder`, the command first.
    same "zsh: evaluate --target" "$(zsh_helper _ladder_levels evaluate --target "")" "$levels"
    same "zsh: --criteria" "$(zsh_helper _ladder_levels evaluate --criteria "$points" --target "")" "$point_levels"
    same "zsh: --criteria=" "$(zsh_helper _ladder_levels template "--criteria=$points" "")" "$point_levels"
    same "zsh: show" "$(zsh_helper _ladder_show_ids show "")" "$(ids tracks; ids levels; ids competencies)"
    same "zsh: --columns" "$(zsh_helper _ladder_columns batch --columns "")" "$columns"
    same "zsh: --by" "$(zsh_helper _ladder_groups batch --summary --by "")" "$groups"
fi

if [[ ${#tested[@]} -eq 0 ]]; then
    echo "check_fish_zsh_completion: skipped: neither fish nor zsh is installed" >&2
    exit 77
fi
echo "check_fish_zsh_completion: $checks command lines complete as expected in ${tested[*]}"
