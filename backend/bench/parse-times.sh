#!/usr/bin/env bash
# Times the directive parser (issue 10): adversarial shapes and a real document repeated, at 10,000, 50,000 and
# 200,000 characters, best of five runs, with the steps its work meter counted. Linear work: each row grows about
# 5x and 20x from its first column, and 200,000 characters of anything parse well under a second.
#
# Run after compiling the backend:  mvn -f backend/pom.xml compile   then   backend/bench/parse-times.sh
# ParseTimes.java is compiled beside the classes (it reads the parser's package-private work meter), nothing else runs.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
backend="$(cd "$here/.." && pwd)"
classes="$backend/target/classes"
if [[ ! -f "$classes/vn/danvan/directive/parse/DirectiveTextParser.class" ]]; then
  echo "compile the backend first: mvn -f backend/pom.xml compile" >&2
  exit 1
fi
out="$(mktemp -d)"
trap 'rm -rf "$out"' EXIT
javac -encoding UTF-8 -nowarn -d "$out" -cp "$classes" "$here/ParseTimes.java"
java -Xss4m -cp "$classes:$out" vn.danvan.directive.parse.ParseTimes "$backend/src/test/resources/documents"
