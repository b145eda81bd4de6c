#!/usr/bin/env bash
# Fuzzes NewsParse with AFL++ through SharpFuzz for N seconds (default 1200).
#   tests/fuzz/run.sh [seconds]
# Installs what it needs (afl++ from Debian, the SharpFuzz.CommandLine dotnet tool), builds the harness
# (tests/fuzz/NewsParse.Fuzz), instruments NewsParse.dll and AngleSharp.dll in its output folder, and runs afl-fuzz with
# the seeds of tests/fuzz/seeds. Findings land in tests/fuzz/out/default/{crashes,hangs}; stats in tests/fuzz/out/default/fuzzer_stats.
# Replay a finding with an uninstrumented build (the instrumented one needs AFL's shared memory):
#   dotnet build tests/fuzz/NewsParse.Fuzz -c Debug && dotnet tests/fuzz/NewsParse.Fuzz/bin/Debug/net10.0/NewsParse.Fuzz.dll tests/fuzz/out/default/crashes/id:*
set -euo pipefail
seconds="${1:-1200}"
here="$(cd "$(dirname "$0")" && pwd)"
out="$here/out"
bin="$here/NewsParse.Fuzz/bin/Release/net10.0"

if ! command -v afl-fuzz >/dev/null; then
  apt-get update && apt-get install -y afl++
fi
export PATH="$PATH:$HOME/.dotnet/tools"
if ! command -v sharpfuzz >/dev/null; then
  dotnet tool install --global SharpFuzz.CommandLine --version 2.3.0
fi

# A clean output folder each time: sharpfuzz instruments the copies in it, and must not see them twice.
rm -rf "$here/NewsParse.Fuzz/bin/Release" "$here/NewsParse.Fuzz/obj/Release"
dotnet build "$here/NewsParse.Fuzz" -c Release --nologo -v q
for dll in NewsParse.dll AngleSharp.dll; do
  sharpfuzz "$bin/$dll"
done

export AFL_SKIP_BIN_CHECK=1                      # the target is dotnet, not an AFL-compiled binary
export AFL_I_DONT_CARE_ABOUT_MISSING_CRASHES=1   # containers cannot change core_pattern
export AFL_SKIP_CPUFREQ=1
export AFL_NO_UI=1
export AFL_AUTORESUME=1
export DOTNET_TieredPGO=0
mkdir -p "$out"
exec afl-fuzz -V "$seconds" -i "$here/seeds" -o "$out" -t 10000 -m none \
  -x "$here/html.dict" -- dotnet "$bin/NewsParse.Fuzz.dll"
