#!/usr/bin/env bash
# Measures what the Signatures analyzers add to building the 500-member contract (docs/benchmarks.md).
# Rebuilds this project only (its references already built), alternating with and without the analyzers
# (-p:SignaturesAnalyzers=dll: the built analyzer dll as a plain Analyzer item, as the NuGet package
# delivers it, so no msbuild work for a referenced project is measured; -p:SignaturesAnalyzers=false: none),
# and prints per run: the CPU time (user + sys) of the whole rebuild, its wall time, the Csc task time and the time the compiler reports for Signatures.Analyzers (-p:ReportAnalyzer=true);
# then the medians. On a busy machine the CPU time is the steadier of the three totals.
# Usage: measure.sh [runs] [shared]   runs per mode (default 7); 'shared' uses the compiler server
#        (-p:UseSharedCompilation=true, the default on developer machines) instead of a fresh csc per build.
set -euo pipefail
cd "$(dirname "$0")"
runs="${1:-7}"
shared=false
[ "${2:-}" = "shared" ] && shared=true
dotnet build -c Release -v:q -nologo -p:UseSharedCompilation=$shared >/dev/null
measure() {
  local analyzers="$1" log times start end csc own cpu
  log=$(mktemp)
  times=$(mktemp)
  start=$(date +%s%N)
  /usr/bin/time -o "$times" -f "%U %S" dotnet msbuild Signatures.Samples.LargeContract.csproj -t:Rebuild -p:Configuration=Release -p:BuildProjectReferences=false \
    -p:SignaturesAnalyzers="$analyzers" -p:UseSharedCompilation=$shared -p:ReportAnalyzer=true -v:d -clp:PerformanceSummary -nologo >"$log"
  end=$(date +%s%N)
  csc=$(grep -E '^\s+[0-9]+ ms\s+Csc\s' "$log" | awk '{print $1}' | tail -1 || true)
  own=$(grep -E '^\s+[0-9.<]+\s+[0-9<]+\s+Signatures\.Analyzers,' "$log" | awk '{print $1}' | head -1 || true)
  cpu=$(awk '{ printf "%d", ($1 + $2) * 1000 }' "$times")
  rm -f "$log" "$times"
  echo "$analyzers $cpu $(( (end - start) / 1000000 )) $csc $(awk -v s="${own:-0}" 'BEGIN { printf "%d", s * 1000 }')"
}
median() { sort -n | awk '{ a[NR] = $1 } END { print (NR % 2) ? a[(NR + 1) / 2] : int((a[NR / 2] + a[NR / 2 + 1]) / 2) }'; }
results=$(mktemp)
# Unmeasured rounds first, so the file cache (and the compiler server, if used) are warm.
warmups=1
[ "$shared" = true ] && warmups=3
for _ in $(seq "$warmups"); do measure dll >/dev/null; measure false >/dev/null; done
echo "analyzers cpu_ms wall_ms csc_ms signatures_analyzers_ms"
for _ in $(seq "$runs"); do
  measure dll | tee -a "$results"
  measure false | tee -a "$results"
done
for mode in dll false; do
  echo "median analyzers=$mode: cpu $(awk -v m=$mode '$1 == m { print $2 }' "$results" | median) ms," \
    "wall $(awk -v m=$mode '$1 == m { print $3 }' "$results" | median) ms," \
    "csc $(awk -v m=$mode '$1 == m { print $4 }' "$results" | median) ms," \
    "Signatures.Analyzers $(awk -v m=$mode '$1 == m { print $5 }' "$results" | median) ms"
done
# Runs alternate (with, without), so each pair saw about the same machine load: the mean paired difference.
awk '$1 == "dll" { c = $2; w = $3 } $1 == "false" { n++; dc += c - $2; dw += w - $3; base += $2; basew += $3 }
  END { printf "mean paired difference (with - without): cpu %+d ms (%+.1f%%), wall %+d ms (%+.1f%%)\n", dc / n, 100 * dc / base, dw / n, 100 * dw / basew }' "$results"
rm -f "$results"
