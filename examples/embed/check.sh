#!/usr/bin/env bash
# Shows what a project embedding newsrel receives, against the artifact in the local Maven repository:
#   - `mvn install` installs the library jar with its sources and javadoc jars;
#   - the consumer's runtime classpath holds no CLI-only library (picocli, logback) and none of the
#     optional input-format libraries (jsoup, jwarc, zstd-jni), and commons-lang3 is newsrel's 3.17.0;
#   - Pipeline.process runs from two threads, and a JSONL batch runs, on that classpath.
# Usage: examples/embed/check.sh [--no-install]    (from anywhere; needs Maven and the dependencies)
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
mvn_q() { mvn -B -q -Dstyle.color=never "$@" 2>&1 | sed $'s/\x1b\\[[0-9;]*[A-Za-z]//g'; }
fail() { echo "FAILED: $*" >&2; exit 1; }

if [ "${1:-}" != "--no-install" ]; then
  echo "installing newsrel (mvn install -DskipTests) ..."
  (cd "$root" && mvn_q -DskipTests install)
fi

version="$(sed -n 's:^  <version>\(.*\)</version>$:\1:p' "$root/pom.xml" | head -1)"
repo="${MAVEN_REPO:-$HOME/.m2/repository}/io/newsrel/newsrel/$version"
for jar in "newsrel-$version.jar" "newsrel-$version-sources.jar" "newsrel-$version-javadoc.jar"; do
  [ -f "$repo/$jar" ] || fail "$jar not installed in $repo"
  echo "ok: installed $jar"
done

cd "$here"
mvn_q -Dnewsrel.version="$version" dependency:list -DincludeScope=runtime -DoutputFile=target/runtime.txt >/dev/null
# "   group:artifact:jar[:classifier]:version:scope -- module ..." -> "group:artifact:jar[:classifier]:version"
deps="$(sed -nE 's/^ +([^ ]+):(compile|runtime)( .*)?$/\1/p' target/runtime.txt | sort)"
for unwanted in info.picocli:picocli org.jsoup:jsoup org.netpreserve:jwarc com.github.luben:zstd-jni \
                ch.qos.logback:logback-classic ch.qos.logback:logback-core; do
  if grep -q "^$unwanted:" <<<"$deps"; then fail "a consumer receives $unwanted"; fi
  echo "ok: no $unwanted"
done
lang3="$(grep '^org.apache.commons:commons-lang3:' <<<"$deps" || true)"
[ "$lang3" = "org.apache.commons:commons-lang3:jar:3.17.0" ] || fail "commons-lang3 is '$lang3', not 3.17.0"
echo "ok: $lang3"
echo "consumer runtime classpath: $(wc -l <<<"$deps") artifacts"

mvn_q -Dnewsrel.version="$version" compile dependency:build-classpath -Dmdep.outputFile=target/classpath.txt >/dev/null
java -cp "target/classes:$(cat target/classpath.txt)" example.Embed 2> target/embed-stderr.txt \
  || { tail -20 target/embed-stderr.txt >&2; fail "the embedding program failed"; }
