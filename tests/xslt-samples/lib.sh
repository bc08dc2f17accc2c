# Shared by the stylesheet checkers (check.sh and admin/check.sh); sourced after they set
# $here (their samples) and $xslt (their stylesheets). Sets $PY, $tmp (removed on exit),
# $fail and $list (sample, kind, output per transformed sample), and defines run().
PY=${PYTHON:-/usr/bin/python3}
[ -x "$PY" ] || PY=python3
command -v xsltproc >/dev/null || { echo "check.sh: xsltproc not found" >&2; exit 2; }

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT INT TERM
fail=0
list="$tmp/list"
: > "$list"

run() { # run <stylesheet> <sample> <output>: fails on error or on anything written to stderr
    if ! xsltproc --nonet "$1" "$2" > "$3" 2> "$3.err" || [ -s "$3.err" ]; then
        echo "FAIL $(basename "$2"): xsltproc $(basename "$1")"; sed 's/^/    /' "$3.err"; fail=1
        return 1
    fi
}

# The end of a checker: the HTML checks' summary speaks of those only; a failed transform
# fails the run too.
finish() {
    [ -s "$list" ] || { echo "FAIL: no sample was transformed"; fail=1; }
    [ "$fail" = 0 ] || echo "$(basename "$here")/check.sh: FAILED"
    exit $fail
}
