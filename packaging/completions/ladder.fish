# fish completion for ladder (installed to share/fish/vendor_completions.d/ladder.fish)
# The ids of the framework the command line would use (its --criteria, else $LADDER_CRITERIA,
# else what ladder finds from here: .ladder.yaml, else the built-in framework):
# `ladder show --ids KIND`, KIND one of levels, tracks, competencies, columns, groups.
function __ladder_ids
    set -l tokens (commandline -opc)
    set -l criteria
    for i in (seq (count $tokens))
        switch $tokens[$i]
            case --criteria
                if test $i -lt (count $tokens)
                    set criteria --criteria $tokens[(math $i + 1)]
                end
            case '--criteria=*'
                set criteria --criteria (string replace -- --criteria= '' $tokens[$i])
        end
    end
    for kind in $argv
        ladder show --ids $kind --quiet $criteria 2>/dev/null
    end
end
# A comma-separated list (--columns id,name,...): its last item, after those already given.
function __ladder_list
    set -l listed (string replace -r -- '[^,]*$' '' (commandline -ct))
    set -l given (string split , -- $listed)
    for id in (__ladder_ids $argv[1])
        contains -- $id $given; or echo $listed$id
    end
end
set -l commands validate evaluate place show template schema batch candidates publish test diff init help
complete -c ladder -f -n "not __fish_seen_subcommand_from $commands" -a "$commands"
complete -c ladder -n "not __fish_seen_subcommand_from $commands" -s V -l version -d "Print the version and the built-in framework"
complete -c ladder -n "__fish_seen_subcommand_from help" -f -a "$commands"
complete -c ladder -s h -l help -d "Print help"
complete -c ladder -n "__fish_seen_subcommand_from $commands" -l criteria -r -F -d "Criteria file or directory"
complete -c ladder -n "__fish_seen_subcommand_from $commands" -l color -x -a "auto always never" -d "Colour"
complete -c ladder -n "__fish_seen_subcommand_from $commands" -s q -l quiet -d "No summary lines on stderr"
complete -c ladder -n "__fish_seen_subcommand_from $commands" -l max-file-size -x -d "Largest input file in bytes"
complete -c ladder -n "__fish_seen_subcommand_from $commands" -l max-depth -x -d "Deepest YAML nesting"
complete -c ladder -n "__fish_seen_subcommand_from $commands" -l max-nodes -x -d "Most YAML nodes in a file"
complete -c ladder -n "__fish_seen_subcommand_from $commands" -l max-string-length -x -d "Longest text value"
complete -c ladder -n "__fish_seen_subcommand_from $commands" -l max-levels -x -d "Most levels in a framework"
complete -c ladder -n "__fish_seen_subcommand_from $commands" -l max-criteria -x -d "Most criteria in a framework"
complete -c ladder -n "__fish_seen_subcommand_from validate" -s f -l format -x -a "text json github junit sarif auto"
complete -c ladder -n "__fish_seen_subcommand_from test" -s f -l format -x -a "text json github junit sarif auto"
complete -c ladder -n "__fish_seen_subcommand_from validate test" -s o -l output -r -d "Also write FORMAT=FILE"
complete -c ladder -n "__fish_seen_subcommand_from validate" -l strict -d "Warnings fail too"
complete -c ladder -n "__fish_seen_subcommand_from validate" -l disable -x -d "Switch off the check with this code"
complete -c ladder -n "__fish_seen_subcommand_from test" -l fail-only -d "List only the cases that did not pass"
complete -c ladder -n "__fish_seen_subcommand_from evaluate" -s f -l format -x -a "text markdown json html"
complete -c ladder -n "__fish_seen_subcommand_from place" -s f -l format -x -a "text json"
complete -c ladder -n "__fish_seen_subcommand_from batch" -s f -l format -x -a "text csv jsonl json markdown html"
complete -c ladder -n "__fish_seen_subcommand_from candidates" -s f -l format -x -a "text markdown json csv html"
complete -c ladder -n "__fish_seen_subcommand_from candidates" -l within -x -d "Nearly ready: required criteria missing"
complete -c ladder -n "__fish_seen_subcommand_from batch candidates" -l trials-ending -x -d "Trials ending within DAYS"
complete -c ladder -n "__fish_seen_subcommand_from show diff" -s f -l format -x -a "text markdown json"
complete -c ladder -n "__fish_seen_subcommand_from validate" -l evidence -d "The paths are evidence files"
complete -c ladder -n "__fish_seen_subcommand_from validate evaluate place batch candidates diff" -l as-of -x -d "Evaluation date YYYY-MM-DD"
complete -c ladder -n "__fish_seen_subcommand_from evaluate batch" -s t -l target -x -a "(__ladder_ids levels)" -d "Level to evaluate against"
complete -c ladder -n "__fish_seen_subcommand_from template" -f -a "(__ladder_ids levels)"
complete -c ladder -n "__fish_seen_subcommand_from show" -f -a "(__ladder_ids tracks levels competencies)"
complete -c ladder -n "__fish_seen_subcommand_from show" -l ids -x -a "levels tracks competencies columns groups" -d "Only the ids, one a line"
complete -c ladder -n "__fish_seen_subcommand_from evaluate" -l explain -d "Show the evidence that nearly counted (--explain=all: every item considered)"
complete -c ladder -n "__fish_seen_subcommand_from batch candidates" -s j -l jobs -x -d "Files evaluated in parallel"
complete -c ladder -n "__fish_seen_subcommand_from batch candidates" -s o -l output -r -F -d "Write the report to FILE"
complete -c ladder -n "__fish_seen_subcommand_from batch" -l summary -d "Counts per track and level"
complete -c ladder -n "__fish_seen_subcommand_from batch" -l min-group -x -d "Smallest group shown"
complete -c ladder -n "__fish_seen_subcommand_from batch" -l columns -x -a "(__ladder_list columns)" -d "Columns and their order"
complete -c ladder -n "__fish_seen_subcommand_from batch" -l by -x -a "(__ladder_list groups)" -d "The field summary groups on"
complete -c ladder -n "__fish_seen_subcommand_from batch" -l layout -x -a "table lines" -d "Text layout"
complete -c ladder -n "__fish_seen_subcommand_from batch" -l bom -d "Byte order mark for spreadsheets"
complete -c ladder -n "__fish_seen_subcommand_from batch candidates" -l pseudonymise -x -d "Stable pseudonyms from KEY"
complete -c ladder -n "__fish_seen_subcommand_from validate evaluate place batch candidates test diff" -l roster -r -F -d "The organisation's people (CSV or YAML)"
complete -c ladder -n "__fish_seen_subcommand_from validate evaluate place batch candidates test diff" -l statements -r -F -d "Statements by raters, endorsers, approvers"
complete -c ladder -n "__fish_seen_subcommand_from batch candidates" -l pseudonymise-key-file -r -F -d "Stable pseudonyms, key read from FILE"
complete -c ladder -n "__fish_seen_subcommand_from batch candidates" -l pseudonymise-key-env -x -a "(set -n -x)" -d "Stable pseudonyms, key in variable VAR"
complete -c ladder -n "__fish_seen_subcommand_from diff" -l counts-only -d "Counts per level, nobody named"
complete -c ladder -n "__fish_seen_subcommand_from diff" -l min-group -x -d "Smallest count shown"
complete -c ladder -n "__fish_seen_subcommand_from diff" -s j -l jobs -x -d "Evidence files compared in parallel"
complete -c ladder -n "__fish_seen_subcommand_from batch candidates" -s 0 -l null -d "Paths on stdin are NUL-separated"
complete -c ladder -n "__fish_seen_subcommand_from place" -s 0 -l null -d "Paths of --files-from are NUL-separated"
complete -c ladder -n "__fish_seen_subcommand_from place" -l files-from -r -F -d "Evidence files listed in LIST (- for stdin)"
complete -c ladder -n "__fish_seen_subcommand_from batch candidates diff" -l redact -d "Leave names out"
complete -c ladder -n "__fish_seen_subcommand_from publish" -s o -l out -r -a "(__fish_complete_directories)" -d "Directory to write"
complete -c ladder -n "__fish_seen_subcommand_from publish" -l force -d "Replace DIR even if ladder did not write it"
complete -c ladder -n "__fish_seen_subcommand_from test" -l coverage -d "List criteria not seen both met and not met"
complete -c ladder -n "__fish_seen_subcommand_from test" -l min-coverage -x -d "Fail below this percentage"
complete -c ladder -n "__fish_seen_subcommand_from diff" -s e -l evidence -r -F -d "Evidence files or a directory"
complete -c ladder -n "__fish_seen_subcommand_from schema" -f -a "criteria evidence test-suite openings evaluations placements batch-row batch-summary-row candidates diagnostics test-report diff framework level"
