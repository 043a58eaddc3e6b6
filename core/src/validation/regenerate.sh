#!/usr/bin/env bash
# Regenerates the binary inputs of the bundled reference cases of the `validate` goal (see README.md beside this
# script): builds sample-device-project with real Maven, JaCoCo and cyclonedx-maven-plugin, copies what the check
# reads into the base case, and rewrites the manifest of every case file.
#
# Usage (from the repository root, online once for cyclonedx, which is requiresOnline):
#   core/src/validation/regenerate.sh [-Dmaven.repo.local=/path/to/repository]
#   core/src/validation/regenerate.sh --manifest-only   (after editing a case by hand)
set -euo pipefail
root=$(cd "$(dirname "$0")/../../.." && pwd)
validation="$root/core/src/main/resources/io/github/iec62304/core/validation"
base="$validation/cases/good-development/project"
if [ "${1:-}" = "--manifest-only" ]; then # after editing a case's YAML or overlay files by hand
  cd "$validation" && find cases -type f | LC_ALL=C sort | xargs sha256sum > manifest.sha256
  exit 0
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

cp -r "$root/sample-device-project" "$work/device"
cd "$work/device"
"$root/mvnw" -B -q "$@" clean verify -Diec62304.skip=true

rm -rf "$base/target" "$base/src"
mkdir -p "$base/src" "$base/target/surefire-reports" "$base/target/failsafe-reports"
cp -r src/iec62304 "$base/src/"
rm -f "$base/src/iec62304/releases/REBUILD-1.0.0.md"
cp -r target/classes target/test-classes "$base/target/"
# shipped as X.class.bin (CaseRunner writes them back as X.class): a .class in core's jar is a class of core to every
# class scanner, the tool's own gate first
find "$base/target/classes" "$base/target/test-classes" -name '*.class' -exec sh -c 'mv "$1" "$1.bin"' _ {} \;
cp target/jacoco.exec target/bom.json "$base/target/"
# a report's <properties> hold the forked JVM's system properties (absolute paths of this machine): dropped
for f in target/surefire-reports/TEST-*.xml target/failsafe-reports/TEST-*.xml; do
  sed '/<properties>/,/<\/properties>/d' "$f" > "$base/${f}"
done

# the execution data of a run without RateFormatterTest: unit RATE-DISPLAY falls below its coverage criteria
"$root/mvnw" -B -q "$@" clean test -Diec62304.skip=true '-Dtest=!RateFormatterTest*,!*IT' -Dsurefire.failIfNoSpecifiedTests=false
mkdir -p "$validation/cases/unit-coverage-below-criteria/project/target"
cp target/jacoco.exec "$validation/cases/unit-coverage-below-criteria/project/target/jacoco.exec"

# ... and of a run without DoseLimitsTest: the class C unit DRUG-LIBRARY's coverage falls below release 1.0.0's
"$root/mvnw" -B -q "$@" clean test -Diec62304.skip=true '-Dtest=!DoseLimitsTest*,!*IT' -Dsurefire.failIfNoSpecifiedTests=false
mkdir -p "$validation/cases/regression-coverage-fell/project/target"
cp target/jacoco.exec "$validation/cases/regression-coverage-fell/project/target/jacoco.exec"

# every other case: the base plus the files core/src/validation/cases.py changes
python3 "$root/core/src/validation/cases.py"

cd "$validation"
find cases -type f | LC_ALL=C sort | xargs sha256sum > manifest.sha256
echo "Regenerated from sample-device-project at $(git -C "$root" rev-parse HEAD); review 'git diff' and run
  ./mvnw -pl core test -Dtest=ReferenceCasesTest"
