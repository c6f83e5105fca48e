#!/usr/bin/env bash
# Scores every question set in testdata/ (and SciFact train) with one chapterbot binary, the books laid out as the
# README's quality commands lay them out. Usage, from the repository root with ../shared beside it:
#
#   go build -o /tmp/cb ./cmd/chapterbot && testdata/evalall.sh /tmp/cb /tmp/eval-out [SETS]
#
# SETS is a regular expression over the set names (default: every set). Each set's `eval --json` goes to
# OUT/<name>.json and one summary line to OUT/summary (name, role, recall@5, MRR@10, answered, refused, lead, factual
# lead). Books are assembled once under $BOOKS (default /tmp/cb-books); indexes go under OUT/ix, so two binaries never
# share one. The Node.js reference is Debian's nodejs-doc, fetched with apt-get download when $BOOKS lacks it.
# Roles: "held" marks the sets held out in the current session, "tune" every other one (see the README's table);
# ROLES=tune scores the tuning sets only. FEATURES=1 also writes each question's coverage features to
# OUT/<name>.features.jsonl (eval --features), which testdata/lowo.go reads to judge a learned coverage decision
# leave-one-writer-out. LEADS=1 writes each keyed question's lead candidates to OUT/<name>.leads.jsonl (eval --leads),
# which testdata/leadrank.go reads to judge a learned choice of the lead leave-one-writer-out.
set -euo pipefail
BIN=$(realpath "$1")
OUT=$(realpath -m "$2")
SETS=${3:-.}
REPO=$(cd "$(dirname "$0")/.." && pwd)
SHARED=$(realpath -m "${SHARED:-$REPO/../shared}")
BOOKS=${BOOKS:-/tmp/cb-books}
if [ ! -d "$SHARED/seed" ] || [ ! -d "$SHARED/eval" ]; then
	echo "evalall.sh: no shared data at $SHARED (seed/ and eval/): set SHARED to it" >&2
	exit 2
fi
# Indexes are always built afresh by BIN: an index left in OUT by another build would be reused when its format
# number is the same, with that build's analysis.
rm -rf "$OUT/ix"
mkdir -p "$OUT/ix" "$BOOKS"
cd "$REPO"

# book NAME FILE... : a directory holding exactly those files (directories' files are copied in).
book() {
	local name=$1 dir=$BOOKS/$1
	shift
	rm -rf "$dir.tmp" && mkdir -p "$dir.tmp"
	local f
	for f in "$@"; do
		if [ -d "$f" ]; then cp "$f"/* "$dir.tmp/"; else cp "$f" "$dir.tmp/"; fi
	done
	rm -rf "$dir" && mv "$dir.tmp" "$dir"
}

html() { # html NAME FROM: the site chapters FROM as the website's HTML pages
	rm -rf "$BOOKS/$1" && mkdir -p "$BOOKS/$1"
	SITE_HTML_FROM="$BOOKS/$2" SITE_HTML_OUT="$BOOKS/$1" go test -count=1 ./internal/book -run TestSiteChaptersAsHTMLPages >/dev/null
}

nodedoc() {
	[ -d "$BOOKS/nodedoc" ] && return
	local tmp
	tmp=$(mktemp -d)
	(cd "$tmp" && apt-get download nodejs-doc >/dev/null 2>&1 && dpkg-deb -x nodejs-doc_*.deb x)
	mkdir -p "$BOOKS/nodedoc.tmp"
	cp "$tmp"/x/usr/share/doc/nodejs/api/*.html "$BOOKS/nodedoc.tmp/"
	rm "$BOOKS/nodedoc.tmp/all.html" "$BOOKS/nodedoc.tmp/index.html"
	cp "$SHARED"/seed/*.txt "$BOOKS/nodedoc.tmp/"
	mv "$BOOKS/nodedoc.tmp" "$BOOKS/nodedoc"
	rm -rf "$tmp"
}

T=testdata
book sample content/*.md
book site "$SHARED"/seed/nodejs-documentary.txt $T/site/kafka-documentary.txt $T/site/postgresql-documentary.txt
book both content/*.md "$BOOKS/site"
book ru content/*.md $T/ru/redis.md
book ru-kafka content/*.md $T/ru/kafka.md
book s6-site "$BOOKS/site" $T/s6/python-documentary.txt
book s6-ru content/*.md $T/s6/ru-clickhouse.md
book s7-ru content/*.md $T/s7/ru-nginx.md
book s7-site "$BOOKS/site" $T/s7/git-documentary.txt
book val-site "$BOOKS/s7-site" $T/s6/python-documentary.txt
book val-ru content/*.md $T/ru/redis.md $T/ru/kafka.md $T/s6/ru-clickhouse.md $T/s7/ru-nginx.md
book s8-ru content/*.md $T/s8/ru-rabbitmq.md
book s8-site "$BOOKS/val-site" $T/s8/linux-documentary.txt
book s9-ru content/*.md $T/s9/ru-elasticsearch.md
book s9-site "$BOOKS/s8-site" $T/s9/mysql-documentary.txt
book s10-ru content/*.md $T/s10/ru-docker.md
book s10-site "$BOOKS/s9-site" $T/s10/go-documentary.txt
book s11-ru content/*.md $T/s11/ru-prometheus.md
book s11-site "$BOOKS/s10-site" $T/s11/rust-documentary.txt
book s12-ru content/*.md $T/s12/ru-terraform.md
book s12-site "$BOOKS/s11-site" $T/s12/redis-documentary.txt
book s13-ru content/*.md $T/s13/ru-ansible.md
book s13-site "$BOOKS/s12-site" $T/s13/sqlite-documentary.txt
book s14-ru content/*.md $T/s14/ru-mongodb.md
book s14-site "$BOOKS/s13-site" $T/s14/kubernetes-documentary.txt
book s15-ru content/*.md $T/s15/ru-postgresql.md
book s15-site "$BOOKS/s14-site" $T/s15/docker-documentary.txt
book s16-ru content/*.md $T/s16/ru-cassandra.md
book s16-site "$BOOKS/s15-site" $T/s16/typescript-documentary.txt
book s17-ru content/*.md $T/s17/ru-git.md
book s17-site "$BOOKS/s16-site" $T/s17/graphql-documentary.txt
book s18-ru content/*.md $T/s18/ru-linux.md
book s18-site "$BOOKS/s17-site" $T/s18/vue-documentary.txt
book s19-ru content/*.md $T/s19/ru-openssh.md
book s19-site "$BOOKS/s18-site" $T/s19/nginx-documentary.txt
book s20-ru content/*.md $T/s20/ru-etcd.md
book s20-site "$BOOKS/s19-site" $T/s20/deno-documentary.txt
book s21-ru content/*.md $T/s21/ru-grpc.md
book s21-site "$BOOKS/s20-site" $T/s21/rails-documentary.txt
book s22-ru content/*.md $T/s22/ru-zookeeper.md
book s22-site "$BOOKS/s21-site" $T/s22/django-documentary.txt
book s23-ru content/*.md $T/s23/ru-redis.md
book s23-site "$BOOKS/s22-site" $T/s23/angular-documentary.txt
book s24-ru content/*.md $T/s24/ru-systemd.md
book s24-site "$BOOKS/s23-site" $T/s24/elasticsearch-documentary.txt
book s25-ru content/*.md $T/s25/ru-jenkins.md
book s25-site "$BOOKS/s24-site" $T/s25/php-documentary.txt
book s26-ru content/*.md $T/s26/ru-apache.md
book s26-site "$BOOKS/s25-site" $T/s26/java-documentary.txt
book s27-ru content/*.md $T/s27/ru-kubernetes.md
book s27-site "$BOOKS/s26-site" $T/s27/react-documentary.txt
for s in s7 s8 s9 s10 s11 s12 s13 s14 s15 s16 s17 s18 s19 s20 s21 s22 s23 s24 s25 s26 s27; do
	[ -d "$BOOKS/$s-html" ] || html $s-html $s-site
done
nodedoc

# name role book questions
SETLIST="
questions tune sample $T/questions.jsonl
questions-heldout tune sample $T/questions-heldout.jsonl
questions-final tune sample $T/questions-final.jsonl
questions-hard tune sample $T/questions-hard.jsonl
factual-sample tune sample $T/factual-sample.jsonl
xlang-tune tune sample $T/xlang-tune.jsonl
factual-tune tune both $T/factual-tune.jsonl
factual-site tune site $T/factual-site.jsonl
site-questions tune site $T/site-questions.jsonl
lead-tune-site tune site $T/lead-tune-site.jsonl
ru-questions-tune tune ru $T/ru-questions-tune.jsonl
ru-questions-tune2 tune ru $T/ru-questions-tune2.jsonl
ru-retr-tune tune ru $T/ru-retr-tune.jsonl
ru-ruoff-tune tune ru $T/ru-ruoff-tune.jsonl
lead-tune-ru tune ru $T/lead-tune-ru.jsonl
ru-questions-heldout tune ru $T/ru-questions-heldout.jsonl
ru-near-tune tune ru $T/ru-near-tune.jsonl
ru-near3-tune tune ru $T/ru-near3-tune.jsonl
ru-kafka tune ru-kafka $T/ru-kafka-questions.jsonl
rb-en-tune tune rb-en $T/rustbook-en-tune.jsonl
rb-en-heldout tune rb-en $T/rustbook-en-heldout.jsonl
rb-ru-tune tune rb-ru $T/rustbook-ru-tune.jsonl
rb-ru-heldout tune rb-ru $T/rustbook-ru-heldout.jsonl
nodedoc-tune tune nodedoc $T/nodedoc-tune.jsonl
nodedoc-heldout tune nodedoc $T/nodedoc-heldout.jsonl
nodedoc-final tune nodedoc $T/nodedoc-final.jsonl
s6-site tune s6-site $T/s6/site-factual-questions.jsonl
s6-ru tune s6-ru $T/s6/ru-clickhouse-questions.jsonl
s6-nodedoc tune nodedoc $T/s6/nodedoc-s6.jsonl
s7-ru-tune tune s7-ru $T/s7/ru-nginx-tune.jsonl
s7-ru-heldout tune s7-ru $T/s7/ru-nginx-heldout.jsonl
ru-near2-tune tune s7-ru $T/ru-near2-tune.jsonl
s7-site-tune tune s7-site $T/s7/site-tune.jsonl
s7-site-heldout tune s7-site $T/s7/site-heldout.jsonl
s7-html-tune tune s7-html $T/s7/site-tune.jsonl
s7-html-heldout tune s7-html $T/s7/site-heldout.jsonl
val-site tune val-site $T/val/site-factual.jsonl
val-ru tune val-ru $T/val/ru-factual.jsonl
s8-ru tune s8-ru $T/s8/ru-rabbitmq-questions.jsonl
s8-site tune s8-site $T/s8/site-questions.jsonl
s8-html tune s8-html $T/s8/site-questions.jsonl
s8-nodedoc tune nodedoc $T/s8/nodedoc-s8.jsonl
s9-ru tune s9-ru $T/s9/ru-elasticsearch-questions.jsonl
s9-site tune s9-site $T/s9/site-questions.jsonl
s9-html tune s9-html $T/s9/site-questions.jsonl
s10-ru tune s10-ru $T/s10/ru-docker-questions.jsonl
s10-site tune s10-site $T/s10/site-questions.jsonl
s10-html tune s10-html $T/s10/site-questions.jsonl
s10-nodedoc tune nodedoc $T/s10/nodedoc-s10.jsonl
s11-ru tune s11-ru $T/s11/ru-prometheus-questions.jsonl
s11-site tune s11-site $T/s11/site-questions.jsonl
s11-html tune s11-html $T/s11/site-questions.jsonl
s11-nodedoc tune nodedoc $T/s11/nodedoc-s11.jsonl
s12-ru tune s12-ru $T/s12/ru-terraform-questions.jsonl
s12-site tune s12-site $T/s12/site-questions.jsonl
s12-html tune s12-html $T/s12/site-questions.jsonl
s12-nodedoc tune nodedoc $T/s12/nodedoc-s12.jsonl
s13-ru tune s13-ru $T/s13/ru-ansible-questions.jsonl
s13-site tune s13-site $T/s13/site-questions.jsonl
s13-html tune s13-html $T/s13/site-questions.jsonl
s13-nodedoc tune nodedoc $T/s13/nodedoc-s13.jsonl
s14-ru tune s14-ru $T/s14/ru-mongodb-questions.jsonl
s14-site tune s14-site $T/s14/site-questions.jsonl
s14-html tune s14-html $T/s14/site-questions.jsonl
s14-nodedoc tune nodedoc $T/s14/nodedoc-s14.jsonl
s15-ru tune s15-ru $T/s15/ru-postgresql-questions.jsonl
s15-site tune s15-site $T/s15/site-questions.jsonl
s15-html tune s15-html $T/s15/site-questions.jsonl
s15-nodedoc tune nodedoc $T/s15/nodedoc-s15.jsonl
s16-ru tune s16-ru $T/s16/ru-cassandra-questions.jsonl
s16-site tune s16-site $T/s16/site-questions.jsonl
s16-html tune s16-html $T/s16/site-questions.jsonl
s16-nodedoc tune nodedoc $T/s16/nodedoc-s16.jsonl
s17-ru tune s17-ru $T/s17/ru-git-questions.jsonl
s17-site tune s17-site $T/s17/site-questions.jsonl
s17-html tune s17-html $T/s17/site-questions.jsonl
s17-nodedoc tune nodedoc $T/s17/nodedoc-s17.jsonl
s18-ru tune s18-ru $T/s18/ru-linux-questions.jsonl
s18-site tune s18-site $T/s18/site-questions.jsonl
s18-html tune s18-html $T/s18/site-questions.jsonl
s18-nodedoc tune nodedoc $T/s18/nodedoc-s18.jsonl
s19-ru tune s19-ru $T/s19/ru-openssh-questions.jsonl
s19-site tune s19-site $T/s19/site-questions.jsonl
s19-html tune s19-html $T/s19/site-questions.jsonl
s19-nodedoc tune nodedoc $T/s19/nodedoc-s19.jsonl
s20-ru tune s20-ru $T/s20/ru-etcd-questions.jsonl
s20-site tune s20-site $T/s20/site-questions.jsonl
s20-html tune s20-html $T/s20/site-questions.jsonl
s20-nodedoc tune nodedoc $T/s20/nodedoc-s20.jsonl
s21-ru tune s21-ru $T/s21/ru-grpc-questions.jsonl
s21-site tune s21-site $T/s21/site-questions.jsonl
s21-html tune s21-html $T/s21/site-questions.jsonl
s21-nodedoc tune nodedoc $T/s21/nodedoc-s21.jsonl
s22-ru tune s22-ru $T/s22/ru-zookeeper-questions.jsonl
s22-site tune s22-site $T/s22/site-questions.jsonl
s22-html tune s22-html $T/s22/site-questions.jsonl
s22-nodedoc tune nodedoc $T/s22/nodedoc-s22.jsonl
s23-ru tune s23-ru $T/s23/ru-redis-questions.jsonl
s23-site tune s23-site $T/s23/site-questions.jsonl
s23-html tune s23-html $T/s23/site-questions.jsonl
s23-nodedoc tune nodedoc $T/s23/nodedoc-s23.jsonl
s24-ru tune s24-ru $T/s24/ru-systemd-questions.jsonl
s24-site tune s24-site $T/s24/site-questions.jsonl
s24-html tune s24-html $T/s24/site-questions.jsonl
s24-nodedoc tune nodedoc $T/s24/nodedoc-s24.jsonl
s25-ru tune s25-ru $T/s25/ru-jenkins-questions.jsonl
s25-site tune s25-site $T/s25/site-questions.jsonl
s25-html tune s25-html $T/s25/site-questions.jsonl
s25-nodedoc tune nodedoc $T/s25/nodedoc-s25.jsonl
s26-ru tune s26-ru $T/s26/ru-apache-questions.jsonl
s26-site tune s26-site $T/s26/site-questions.jsonl
s26-html tune s26-html $T/s26/site-questions.jsonl
s26-nodedoc tune nodedoc $T/s26/nodedoc-s26.jsonl
s27-ru held s27-ru $T/s27/ru-kubernetes-questions.jsonl
s27-site held s27-site $T/s27/site-questions.jsonl
s27-html held s27-html $T/s27/site-questions.jsonl
s27-nodedoc held nodedoc $T/s27/nodedoc-s27.jsonl
scifact-train tune scifact $SHARED/eval/scifact/train.jsonl
"

content_of() {
	case $1 in
	rb-en) echo "$SHARED/eval/rustbook/en" ;;
	rb-ru) echo "$SHARED/eval/rustbook/ru" ;;
	scifact) echo "$SHARED/eval/scifact/book" ;;
	*) echo "$BOOKS/$1" ;;
	esac
}

: >"$OUT/summary.tmp"
while read -r name role bk q; do
	[ -n "$name" ] || continue
	[[ $name =~ $SETS ]] || continue
	[[ $role =~ ^(${ROLES:-tune|held})$ ]] || continue
	features=()
	[ -z "${FEATURES:-}" ] || features=(--features "$OUT/$name.features.jsonl")
	[ -z "${LEADS:-}" ] || features+=(--leads "$OUT/$name.leads.jsonl")
	"$BIN" eval --json --content "$(content_of "$bk")" --index "$OUT/ix/$bk" --questions "$q" "${features[@]}" >"$OUT/$name.json" 2>"$OUT/$name.log"
	jq -r --arg n "$name" --arg r "$role" 'def f: if type == "number" then .*1000|round/1000 else "n/a" end;
		[$n, $r, (.["recall@5"]|f), (.["mrr@10"]|f), (.answered|f), (.refused|f), (.lead|f), (.["lead-factual"]|f)] | @tsv' \
		"$OUT/$name.json" | tee -a "$OUT/summary.tmp"
done <<<"$SETLIST"
mv "$OUT/summary.tmp" "$OUT/summary"
