#!/bin/bash
# The shell completion scripts authdesk-cli generates: valid bash and zsh, and in bash they
# complete command groups, a group's commands, a command's options, --dialect values and
# --profile names read from the profiles file.
#   completion-test.sh AUTHDESK_CLI
set -euo pipefail
cli=$1
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
"$cli" completion bash >"$work/authdesk-cli.bash"
"$cli" completion zsh >"$work/_authdesk-cli"
bash -n "$work/authdesk-cli.bash"
if command -v zsh >/dev/null; then
    zsh -n "$work/_authdesk-cli"
    # zsh through bashcompinit: the function loads and registers.
    zsh -f -c "autoload -U compinit && compinit -u && source '$work/_authdesk-cli' && whence -w _authdesk_cli" | grep -q function
fi
"$cli" --config "$work/p.ini" profiles add "front door" --dialect platform28 --url http://127.0.0.1:1/api >/dev/null
"$cli" --config "$work/p.ini" profiles add backoffice --dialect enablex --url http://127.0.0.1:1/api --api-id x >/dev/null

# complete WORDS...: what bash offers for the last word.
complete_words() {
    bash -c '
        source "$1"; shift
        COMP_WORDS=("$@"); COMP_CWORD=$(( $# - 1 ))
        _authdesk_cli
        printf "%s\n" "${COMPREPLY[@]}"
    ' complete "$work/authdesk-cli.bash" "$@"
}
# (The completions are captured first: with pipefail, grep -q closing the pipe early would
# make the pipeline fail by SIGPIPE.)
expect() { # expect WORD in the completions of WORDS...
    local want=$1 got; shift
    got=$(complete_words "$@")
    if ! grep -qxF -- "$want" <<<"$got"; then
        echo "completion of '$*' lacks '$want'; got: $(tr '\n' ' ' <<<"$got")" >&2
        exit 1
    fi
}
expect_not() {
    local unwanted=$1 got; shift
    got=$(complete_words "$@")
    if grep -qxF -- "$unwanted" <<<"$got"; then
        echo "completion of '$*' offers '$unwanted'" >&2
        exit 1
    fi
}
expect sessions "$cli" ses
expect signin "$cli" --json sig
expect terminate-many "$cli" sessions term
expect_not signin "$cli" sessions ""
expect --all-of-user "$cli" sessions terminate --al
expect --profile "$cli" sessions get --pro
expect_not --all-of-user "$cli" sessions get --al
expect platform28 "$cli" --dialect pl
expect api-key "$cli" signin --mode ap
expect "front door" "$cli" --config "$work/p.ini" --profile fr
expect backoffice "$cli" --config "$work/p.ini" --profile ""
echo "completion: bash and zsh scripts complete commands, options, dialects and profiles"
