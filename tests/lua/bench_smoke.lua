--- bench/run --quick runs and writes every section (not a timed test: no
-- rate is checked, only that each was measured and that the counts of
-- the different measurements agree). Also: bench_stages writes the same
-- JSON Lines as `ivlua extract`, so its stages do the whole work.
local eq, check, sh, q = T.eq, T.check, T.sh, T.quote
local root, bin, shared = ...

-- bench_stages against ivlua extract, over the examples
local tmp = T.tmpname()
local code, _, err = sh(q(bin .. "/bin/bench_stages") .. " --out " .. q(tmp .. ".stages") .. " "
  .. q(root .. "/examples/corpus"))
eq(code, 0, "bench_stages exit (" .. err .. ")")
local cli
code, cli = sh(q(bin .. "/bin/ivlua") .. " extract " .. q(root .. "/examples/corpus"))
eq(code, 0, "ivlua extract exit")
local stages_out = T.read(tmp .. ".stages")
check(#stages_out > 0, "bench_stages wrote entities")
check(stages_out == cli, "bench_stages --out is byte-identical to ivlua extract")
os.remove(tmp .. ".stages")

-- bench_measure: the command's status and a time and a size
code = sh(q(bin .. "/bin/bench_measure") .. " " .. q(tmp .. ".m") .. " sh -c 'exit 3'")
eq(code, 3, "bench_measure passes on the command's status")
local secs, kb = T.read(tmp .. ".m"):match("^(%d+%.%d+) (%d+) %d+%.%d+\n$")
check(secs and tonumber(kb) > 0, "bench_measure writes seconds and KB")
os.remove(tmp .. ".m")

if not io.open(shared .. "/bench/gen-corpus") then
  os.remove(tmp)
  T.skip("no " .. shared .. "/bench/gen-corpus")
end

local out = tmp .. ".md"
local code2, _, err2 = sh("sh " .. q(root .. "/bench/run") .. " --quick --build " .. q(bin) .. " --out " .. q(out))
eq(code2, 0, "bench/run --quick exit (" .. err2 .. ")")
local md = T.read(out)
os.remove(out); os.remove(tmp)

for _, h in ipairs { "# Benchmark results", "## Targets (issue 14)", "## 1. References over the same bytes",
  "## 2. The whole pipeline", "## 3. Per stage", "## 4. One long article", "## 5. Memory", "## 6. Profile" } do
  check(md:find("\n" .. h, 1, true) or md:find("^" .. h), "section " .. h)
end
check(md:find("| cores %(nproc%) | %d+ |"), "the machine's cores")
check(md:find("bench/run --quick", 1, true), "the command that made it")

-- every target has a verdict
local targets = md:match("## Targets.-\n(| target | measured .-)\n\n")
local rows = 0
for line in (targets or ""):gmatch("[^\n]+") do
  if not line:find("^|[-|]+$") and not line:find("^| target") then
    rows = rows + 1
    check(line:find("%*%*PASS%*%*") or line:find("%*%*FAIL%*%*") or line:find("| n/a |"), "a verdict: " .. line)
  end
end
eq(rows, 10, "targets")

-- the references and the pipeline were measured
check(md:find("| `find %-exec cat {} %+` to /dev/null | the %d+ files | %d+%.%d+ | [%d.]+ | %d+%.%d+ | [%d.]+ |"), "cat row")
check(md:find("| `pcre2grep %-c %-r` %(JIT%) | the %d+ files | %d+%.%d+ | [%d.]+ |") or md:find("absent: install pcre2%-utils"),
  "pcre2grep row")
check(md:find("| `extract[^`]*` | the %d+ files | %d+%.%d+ | [%d.]+ | %d+ | [%d.]+ MB | %d+%.%d+ |"), "pipeline row")

-- one count of entities, three ways: ivlua extract's lines, bench_stages, ivlua.each
local lines = tonumber(md:match("\n(%d+) entities and facts %(lines of JSONL%)"))
local mentions, facts = md:match("\n(%d+) mentions and (%d+) facts; peak RSS")
local ea, ee, ef = md:match("articles (%d+) entities (%d+) facts (%d+)")
check(lines and lines > 0, "entities counted")
eq(tonumber(mentions) + tonumber(facts), lines, "bench_stages' mentions + facts against extract's lines")
eq(tonumber(ee) + tonumber(ef), lines, "ivlua.each's entities + facts against extract's lines")
eq(tonumber(ea), tonumber(md:match("bytes in (%d+) articles")), "ivlua.each's articles")

-- every stage has a row
for _, s in ipairs { "read", "prepare", "rules", "names", "facts", "jsonl", "total" } do
  check(md:find("\n| " .. s .. " | %d+%.%d+ | [%d.]+ | %d+ | [%d.]+%% |"), "stage row " .. s)
end

-- the long articles: a row per size, each measured, stopped or not tried
local sizes = 0
for row in md:gmatch("\n(| %d+ | %d+ | [^\n]*)") do
  sizes = sizes + 1
  check(row:find("| %d+%.%d+ |$") or row:find("stopped after") or row:find("not tried"), "long article row: " .. row)
end
eq(sizes, 3, "long article sizes")

-- the memory rows, and no profile in a quick run
check(md:find("| `extract %-%-format csv[^`]*` to /dev/null | %d+%.%d+ | [%d.]+ | [%d.]+ MB |"), "csv memory row")
check(md:find("| `ivlua bench/each.lua` [^\n]*| %d+%.%d+ | [%d.]+ | [%d.]+ MB |"), "each memory row")
local sa, se, sf = md:match("| `ivlua bench/each.lua %-%-stream` [^\n]*| articles (%d+) entities (%d+) facts (%d+) |")
if sa then -- ivlua.stream reads the same articles from the JSON Lines corpus (a record's
  -- date field, not the text's date line, dates it: the entities may differ a little)
  eq(tonumber(sa), tonumber(ea), "ivlua.stream's articles")
  check(tonumber(se) > 0 and tonumber(sf) > 0, "ivlua.stream's entities and facts")
else
  check(md:find("| `ivlua.stream` | | | | not in this ivlua |", 1, true), "stream memory row")
end
-- the corpus loaded whole: the same articles and counts as ivlua.each, its cost against the target
local la, le, lf, lb = md:match("| `ivlua bench/each.lua %-%-load` [^\n]*| articles (%d+) entities (%d+) facts (%d+) bytes (%d+) engine_kb %d+ peak_kb %d+ |")
eq({ tonumber(la), tonumber(le), tonumber(lf) }, { tonumber(ea), tonumber(ee), tonumber(ef) },
  "ivlua.load's articles, entities and facts are ivlua.each's")
eq(tonumber(lb), tonumber(md:match("\nCorpus: `gen%-corpus[^`]*` %(../shared/bench%): (%d+) bytes")), "the bytes loaded are the corpus's")
local load_row = md:match("\n(| a corpus loaded whole [^\n]*)")
check(load_row and load_row:find("costs ≤ 1.5× its bytes + 100 B per entity or fact |", 1, true)
  and load_row:find("| [%d.]+ MB, [%d.]+ of [%d.]+ MB |"), "the loaded corpus's cost and target: " .. tostring(load_row))
check(md:find("skipped: --quick", 1, true), "no profile in --quick")
