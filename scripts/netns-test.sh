#!/usr/bin/env bash
# Two `serve` workers in their own network namespaces, each reaching PostgreSQL over a veth
# pair (its own link and addresses, as separate hosts would), take turns on the same
# conversations: a session started on one resumes on the other, a request resent with its id
# to the other worker gets the same answer and is not applied again, and the lead it
# captured is stored once. Needs root (ip netns) and Debian's postgresql.
#
#     scripts/netns-test.sh .build/release/concierge
set -euo pipefail
cd "$(dirname "$0")/.."
binary=${1:-.build/release/concierge}
tag=cg$$
work=$(mktemp -d /tmp/concierge-netns.XXXXXX)
cleanup() {
    for n in 1 2; do ip netns del "$tag-w$n" 2>/dev/null || true; ip link del "$tag-h$n" 2>/dev/null || true; done
    scripts/pg-cluster.sh stop "$work/pg" 2>/dev/null || true
    rm -rf "$work"
}
trap cleanup EXIT

# Worker n lives in namespace $tag-wn at 10.213.n.2; the database side of its link is 10.213.n.1.
for n in 1 2; do
    ip netns add "$tag-w$n"
    ip link add "$tag-h$n" type veth peer name "$tag-p$n"
    ip link set "$tag-p$n" netns "$tag-w$n"
    ip addr add "10.213.$n.1/24" dev "$tag-h$n"
    ip link set "$tag-h$n" up
    ip netns exec "$tag-w$n" ip addr add "10.213.$n.2/24" dev "$tag-p$n"
    ip netns exec "$tag-w$n" ip link set "$tag-p$n" up
    ip netns exec "$tag-w$n" ip link set lo up
done
mkdir -p "$work"; chmod 711 "$work"   # the postgres user must reach its cluster folder inside
url=$(PG_LISTEN="10.213.1.1,10.213.2.1" scripts/pg-cluster.sh start "$work/pg")
port=$(sed -E 's/.*:([0-9]+)\/.*/\1/' <<<"$url")
credentials=$(sed -E 's#postgresql://([^@]*)@.*#\1#' <<<"$url")
database_url() { echo "postgresql://$credentials@10.213.$1.1:$port/concierge_test"; }
# The namespaces cannot reach 127.0.0.1 of the host: only the veth link leads to the server.
if ip netns exec "$tag-w1" bash -c "exec 3<>/dev/tcp/127.0.0.1/$port" 2>/dev/null; then
    echo "error: worker 1 reaches the host's loopback" >&2; exit 1
fi

# One worker answers lines of standard input; stdout is the responses.
serve() { ip netns exec "$tag-w$1" "$binary" serve --bot . --store "$(database_url "$1")" --now 2026-11-22T10:00:00Z 2>>"$work/serve.stderr"; }

first=$(printf '%s\n' '{"session":"n1","text":"can someone from sales contact me?","id":1}' \
    '{"session":"n1","text":"We want to automate our email campaigns and win back lapsed customers","id":2}' | serve 1)
second=$(printf '%s\n' '{"session":"n1","text":"We want to automate our email campaigns and win back lapsed customers","id":2}' \
    '{"session":"n1","text":"we are 40 people with about $20k a year, starting next month","id":3}' \
    '{"session":"n1","text":"Globex","id":4}' '{"session":"n1","text":"yes, I am the CMO","id":5}' | serve 2)
third=$(printf '%s\n' '{"session":"n1","text":"sure","id":6}' '{"session":"n1","text":"I am Ana Lopez","id":7}' \
    '{"session":"n1","text":"ana@globex.com","id":8}' | serve 1)
fourth=$(printf '%s\n' '{"session":"n1","text":"ana@globex.com","id":8}' '{"session":"n1","text":"skip","id":9}' | serve 2)

fail() { echo "error: $*" >&2; tail -5 "$work/serve.stderr" >&2; exit 1; }
[ "$(sed -n 2p <<<"$first")" = "$(sed -n 1p <<<"$second")" ] || fail "the resend to worker 2 got another answer"
[ "$(sed -n 3p <<<"$third")" = "$(sed -n 1p <<<"$fourth")" ] || fail "the resend of the lead's turn got another answer"
grep -q '"error"' <<<"$first$second$third$fourth" && fail "an error response"
leads=$(ip netns exec "$tag-w1" "$binary" leads --bot . --store "$(database_url 1)" --format jsonl | grep -c '"ana@globex.com"' || true)
[ "$leads" = 1 ] || fail "expected the lead once, found $leads"
turns=$(psql "$(database_url 1)" -tA -c "SELECT count(*) || ' ' || max(s.revision) FROM turn t JOIN session s ON s.id = t.session_id")
[ "$turns" = "9 9" ] || fail "expected 9 turns at revision 9, found '$turns'"
echo "netns test: 2 workers in separate network namespaces over veth; 9 turns, 2 resends answered alike, 1 lead: ok"
