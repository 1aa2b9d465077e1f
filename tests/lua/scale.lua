--- Scale-out: a corpus split four ways, 'ivlua query --partial' over each
-- shard, 'ivlua merge', compared byte for byte (and by exit status and
-- stderr) with one 'ivlua query' over the whole corpus, in every format.
--
--     scale.lua IVLUA ROOT loop       shards run by a shell loop (always)
--     scale.lua IVLUA ROOT parallel   shards run by GNU parallel (skips
--                                     when 'parallel' is absent)
--
-- The corpora: examples/corpus, and ../shared/corpus/dev + dev2 when
-- present. The loop mode also checks merges of merges (associative,
-- commutative), shuffled lines (as Hadoop's shuffle gives them), the
-- errors of unreadable articles, and the refusals: partials of different
-- queries, the same shard twice, lines that are no partial's, queries that
-- cannot be split.
local check, eq, sh, q = T.check, T.eq, T.sh, T.quote
local IVLUA, ROOT, MODE = arg[2], arg[3], arg[4] or "loop"
local IV = q(IVLUA)

if MODE == "parallel" and sh("command -v parallel") ~= 0 then
  T.skip("GNU parallel is not installed (Debian package 'parallel'; tools/setup.sh --tests installs it)")
end

-- (every format by the loop; parallel runs the same merge, so two suffice)
local FORMATS = MODE == "parallel" and { "text", "jsonl" } or { "text", "csv", "tsv", "jsonl", "json", "markdown", "html" }

-- Queries over every kind of split point: group_by with each aggregate,
-- usd_by (its note), count, rows sent whole (select, order_by, limit, a
-- plain query), a join on doc, having and order_by after a merge, an error
-- a sum raises, an EXPR that is not a query.
local QUERIES = {
  'facts{type="investment"}:usd_by("flow", "investor"):order_by("-usd"):limit(5)',
  'facts{type="investment"}:usd_by("flow", "target")',
  'facts{type="investment"}:usd_by("stock", "target", "investor")',
  'facts{type="investment"}:usd_by("flow", {province = province_2025("target")}):having{usd = gt(0)}:order_by("-usd")',
  'facts{type="investment", basis="stock"}:select("target", "investor", "usd", "as_of")',
  'articles:select("doc", "date", "title")',
  'entities{type="sector"}:group_by("name"):order_by("-count")',
  'entities{type="sector"}:group_by("name", {n = count(), docs = distinct("doc")})',
  'facts:group_by("type")',
  'facts{type="investment", basis="flow"}:group_by(year("as_of"), {usd = sum("usd"), n = count(), avg = avg("usd"), '
    .. 'lo = min("usd"), hi = max("usd"), who = distinct("investor"), all = list("target"), f = first("target"), '
    .. 'l = last("target")})',
  'facts{type="investment", basis="flow", currency="USD"}:aggregate{amount = sum("amount"), n = count("amount")}',
  'facts{type="investment", investor="nowhere"}:aggregate{n = count(), s = sum("usd")}',
  'facts{type="investment"}:count()',
  'entities:count() + facts:count()',
  'entities{type="money"}:order_by("-value"):limit(7)',
  'entities{type="country"}',
  'facts{type="agreement"}:select("date", "parties", "sectors", "doc"):order_by("date", "doc")',
  'facts{type="investment"}:join(articles, "doc", {prefix = "a_"}):select("doc", "a_date", "investor", "usd")',
  'facts{type="investment"}:group_by("basis", {usd = sum("usd")})',
  'facts{type="investment"}:group_by(province_2025("target"), investor_country(), {usd = sum("usd"), n = count()})',
  'facts:group_by("type"):group_by("count")',
}

-- GNU parallel runs the same partials and merge as the loop: a query of
-- each kind of split point is enough there.
if MODE == "parallel" then QUERIES = { QUERIES[2], QUERIES[6], QUERIES[10], QUERIES[13], QUERIES[15] } end

local dir = T.tmpdir()
local function slurp(p) return T.read(p) end

-- The .txt files under the paths, in the order a single run reads them.
local function files_of(paths)
  local list = {}
  for _, p in ipairs(paths) do
    local _, out = sh("find " .. q(p) .. " -name '*.txt' | LC_ALL=C sort")
    for f in out:gmatch("[^\n]+") do list[#list + 1] = f end
  end
  return list
end

-- Four shards, round-robin (so that each holds articles of every part of
-- the corpus and the order of groups has to come from the places).
local function shards_of(files)
  local shards = { {}, {}, {}, {} }
  for i, f in ipairs(files) do table.insert(shards[(i - 1) % 4 + 1], f) end
  return shards
end

local function args(list)
  local out = {}
  for i, f in ipairs(list) do out[i] = q(f) end
  return table.concat(out, " ")
end

-- Run 'ivlua query --partial EXPR' over each shard: by a shell loop, or by
-- GNU parallel over the file list; the partials' paths.
local function partials(expr, paths, tag)
  local out = dir .. "/" .. tag
  os.execute("rm -rf " .. q(out) .. " && mkdir -p " .. q(out))
  local files = files_of(paths)
  if MODE == "parallel" then
    local list = out .. "/files"
    local f = assert(io.open(list, "wb"))
    f:write(table.concat(files, "\n"), "\n")
    f:close()
    local per = (#files + 3) // 4
    local cmd = string.format("EXPR=%s IV=%s parallel --will-cite --pipe -N %d -j4 "
      .. "'xargs -d \"\\n\" \"$IV\" query --partial \"$EXPR\" > %s/part.{#}' < %s",
      q(expr), IV, per, out, q(list))
    sh(cmd)
  else
    for i, shard in ipairs(shards_of(files)) do
      sh(string.format("%s query --partial -o %s/part.%d %s %s", IV, out, i, q(expr), args(shard)))
    end
  end
  local _, ls = sh("ls " .. q(out) .. "/part.*")
  local list = {}
  for p in ls:gmatch("[^\n]+") do list[#list + 1] = p end
  return list
end

local function same_run(what, single, merged)
  eq(merged[1], single[1], what .. ": exit status")
  check(merged[2] == single[2], what .. ": output differs from the single run\n--- single:\n"
    .. single[2]:sub(1, 600) .. "\n--- merged:\n" .. merged[2]:sub(1, 600) .. "\n" .. merged[3])
  -- stderr: the same messages, but from 'ivlua merge' instead of 'ivlua query'
  eq((merged[3]:gsub("ivlua merge:", "ivlua query:")), single[3], what .. ": stderr")
end

local function run(cmd) return { sh(cmd) } end

-- {======== every query, every format: merged == single run ========

-- (every format over the examples; over the larger corpus, three: a
-- format writes what the merge gives it, whatever the corpus)
local cases = { { name = "examples", paths = { ROOT .. "/examples/corpus" }, formats = FORMATS } }
local SHARED = ROOT .. "/../shared/corpus"
if sh("test -d " .. q(SHARED .. "/dev") .. " && test -d " .. q(SHARED .. "/dev2")) == 0 then
  cases[#cases + 1] = { name = "dev+dev2", paths = { SHARED .. "/dev", SHARED .. "/dev2" },
    formats = #FORMATS > 3 and { "text", "csv", "jsonl" } or FORMATS }
else
  print("notice: ../shared is absent: only examples/corpus is sharded")
end

local compared = 0
for _, case in ipairs(cases) do
  for i, expr in ipairs(QUERIES) do
    local parts = partials(expr, case.paths, case.name .. "-" .. i)
    eq(#parts, 4, case.name .. ": four partials of " .. expr)
    for _, fmt in ipairs(case.formats) do
      local single = run(string.format("%s query -f %s %s %s", IV, fmt, q(expr), args(case.paths)))
      local merged = run(string.format("%s merge -f %s %s", IV, fmt, args(parts)))
      same_run(string.format("%s, %s, %s", case.name, fmt, expr), single, merged)
      compared = compared + 1
    end
  end
end
check(compared >= #QUERIES * #FORMATS, "every query was compared in every format")
eq(#cases[#cases].formats >= 2, true, "the larger corpus is compared in two formats or more")

-- }========

if MODE == "parallel" then
  -- the partials straight to merge's standard input, as a pipeline would
  local expr = QUERIES[2]
  local _, files = sh("find " .. q(ROOT .. "/examples/corpus") .. " -name '*.txt' | LC_ALL=C sort")
  local list = dir .. "/pipe-files"
  local f = assert(io.open(list, "wb")); f:write(files); f:close()
  local piped = run(string.format("EXPR=%s IV=%s parallel --will-cite --pipe -N 3 -j4 "
    .. "'xargs -d \"\\n\" \"$IV\" query --partial \"$EXPR\"' < %s | %s merge -", q(expr), IV, q(list), IV))
  local single = run(string.format("%s query %s %s", IV, q(expr), q(ROOT .. "/examples/corpus")))
  same_run("parallel | merge -", single, piped)

  -- docs/scale.md's recipes run as written (each ends comparing its merge
  -- with a single run), in a directory of their own with examples/ in it
  local work = dir .. "/recipes"
  os.execute("mkdir -p " .. q(work) .. " && ln -s " .. q(ROOT .. "/examples") .. " " .. q(work .. "/examples"))
  local bindir = IVLUA:match("^(.*)/[^/]*$") or "."
  local n = 0
  for block in T.read(ROOT .. "/docs/scale.md"):gmatch("```sh\n(.-)```") do
    n = n + 1
    local script = work .. "/recipe.sh"
    local rf = assert(io.open(script, "wb")); rf:write("set -e\n", block); rf:close()
    local code, _, err = sh("cd " .. q(work) .. " && PATH=" .. q(bindir) .. ":\"$PATH\" sh recipe.sh")
    eq(code, 0, "docs/scale.md recipe " .. n .. " runs and matches the single run: " .. err)
  end
  check(n >= 4, "docs/scale.md has its recipes")
  os.execute("rm -rf " .. q(dir))
  return
end

-- {======== every aggregate's states merge to the single run's (random rows) ========

local Q = require("ivlua").query
math.randomseed(14)
local function random_rows(n)
  local rows = {}
  for i = 1, n do
    local r = math.random(6)
    local v = r == 1 and nil or r == 2 and math.random(1, 1000) or r == 3 and math.random() * 1e6
      or r == 4 and 0.1 * math.random(1, 9) or r == 5 and 1e15 + math.random() or -math.random() * 1e-3
    rows[i] = { v = v, tag = ({ "a", "b", "c", nil })[math.random(4)], list = { "x" .. math.random(3), "y" },
      pos = string.format("doc\1%04d\2%08d\2%09d", (i - 1) // 3, 0, i) }
  end
  return rows
end
local AGGS = {
  sum = function() return Q.sum("v") end, avg = function() return Q.avg("v") end,
  count = function() return Q.count("v") end, min = function() return Q.min("v") end,
  max = function() return Q.max("v") end, first = function() return Q.first("tag") end,
  last = function() return Q.last("tag") end, distinct = function() return Q.distinct("list") end,
  list = function() return Q.list("list") end,
}
local function state_of(agg, rows, with_pos)
  local st = agg.init()
  for _, r in ipairs(rows) do agg.step(st, r[agg.field], r, with_pos and r.pos or nil) end
  return st
end
local function show(v)
  if type(v) ~= "table" then return string.format(math.type(v) == "float" and "%a" or "%s", v) end
  local out = {}
  for i, x in ipairs(v) do out[i] = show(x) end
  return "{" .. table.concat(out, ",") .. "}"
end
for trial = 1, 40 do
  local rows = random_rows(math.random(0, 60))
  for name, make in pairs(AGGS) do
    local agg = make()
    local want = show(agg.finish(state_of(agg, rows, false)))
    -- shards of random sizes, each dumped and loaded, merged in a random grouping
    local shards, i = {}, 1
    while i <= #rows do
      local n = math.random(1, 8)
      shards[#shards + 1] = { table.unpack(rows, i, math.min(#rows, i + n - 1)) }
      i = i + n
    end
    local kind = Q.kinds[agg.kind]
    local states = {}
    for j, shard in ipairs(shards) do states[j] = kind.load(kind.dump(state_of(agg, shard, true))) end
    while #states > 1 do
      local a = table.remove(states, math.random(#states))
      local b = table.remove(states, math.random(#states))
      states[#states + 1] = kind.load(kind.dump(kind.merge(a, b)))
    end
    local got = show(agg.finish(states[1] or agg.init()))
    if not check(got == want, string.format("%s over %d rows in %d shards: got %s, want %s", name, #rows, #shards,
      got, want)) then break end
  end
end
-- a sum is the correctly rounded sum of its values, whatever their order
local function sum_of(values)
  local rows = {}
  for i, v in ipairs(values) do rows[i] = { v = v } end
  return Q.from(rows):aggregate { s = Q.sum("v") }:first().s
end
eq(sum_of({ 0.1, 0.2, 0.3 }), 0.6, "0.1 + 0.2 + 0.3 is 0.6")
eq(sum_of({ 0.3, 0.2, 0.1 }), 0.6, "in any order")
eq(sum_of({ 1e16, 1.0, -1e16 }), 1.0, "no value lost to a larger one")
eq(math.type(sum_of({ 1, 2, 3 })), "integer", "integers stay integers")
eq(sum_of({ 1, 0.5 }), 1.5, "integers and floats")

-- }========

-- {======== merges of merges, shuffled lines ========

local EXPR = QUERIES[10]
local parts = partials(EXPR, { ROOT .. "/examples/corpus" }, "assoc")
local function same_text(got, want, what)
  check(got == want, what .. " (the merged partials differ)")
end
local function merged_partial(list)
  local code, out, err = sh(IV .. " merge --partial " .. args(list))
  eq(code, 0, "merge --partial: " .. err)
  return out
end
local all = merged_partial(parts)
local ab = dir .. "/ab"
local f = assert(io.open(ab, "wb")); f:write(merged_partial({ parts[1], parts[2] })); f:close()
local cd = dir .. "/cd"
f = assert(io.open(cd, "wb")); f:write(merged_partial({ parts[4], parts[3] })); f:close()
same_text(merged_partial({ ab, cd }), all, "(1+2)+(4+3) is 1+2+3+4")
same_text(merged_partial({ cd, ab }), all, "the merge is commutative")
same_text(merged_partial({ parts[4], parts[2], parts[3], parts[1] }), all, "in any order")
local bc = dir .. "/bc"
f = assert(io.open(bc, "wb")); f:write(merged_partial({ parts[2], parts[3] })); f:close()
same_text(merged_partial({ parts[1], bc, parts[4] }), all, "1+(2+3)+4")

local single = run(string.format("%s query -f csv %s %s", IV, q(EXPR), q(ROOT .. "/examples/corpus")))
same_run("merge of merges", single, run(IV .. " merge -f csv " .. q(ab) .. " " .. q(cd)))
-- every line alone: shuffled and sorted as a Hadoop shuffle would give them
same_run("sorted lines on stdin", single,
  run("cat " .. args(parts) .. " | LC_ALL=C sort | " .. IV .. " merge -f csv -"))
same_run("reversed lines", single, run("cat " .. args(parts) .. " | tac | " .. IV .. " merge -f csv -"))

-- }========

-- {======== JSON Lines: files, and records on standard input ========

local CRAWL = ROOT .. "/examples/crawl.jsonl"
local jd = dir .. "/jsonl"
os.execute("mkdir -p " .. q(jd) .. " && cd " .. q(jd) .. " && split -n l/2 " .. q(CRAWL) .. " rec.")
for _, expr in ipairs({ QUERIES[2], QUERIES[6], QUERIES[9] }) do
  local one = run(string.format("%s query --input jsonl %s - < %s", IV, q(expr), q(CRAWL)))
  same_run("JSON Lines records from stdin, two shards: " .. expr, one, run(string.format(
    "for r in %s/rec.*; do %s query --input jsonl --partial %s - < $r; done | %s merge -", jd, IV, q(expr), IV)))
  local files = dir .. "/jsonl-files"
  os.execute("rm -rf " .. q(files) .. " && mkdir -p " .. q(files) .. " && cp " .. q(jd .. "/rec.aa") .. " "
    .. q(files .. "/a.jsonl") .. " && cp " .. q(jd .. "/rec.ab") .. " " .. q(files .. "/b.jsonl"))
  one = run(string.format("%s query --input jsonl %s %s", IV, q(expr), q(files)))
  same_run("JSON Lines files, one a shard: " .. expr, one, run(string.format(
    "for f in %s/*.jsonl; do %s query --input jsonl --partial %s $f; done | %s merge -", files, IV, q(expr), IV)))
end

-- }========

-- {======== unreadable articles: named, status 1, as in a single run ========

local bad = dir .. "/bad"
os.execute("mkdir -p " .. q(bad) .. " && cp " .. q(ROOT .. "/examples/corpus") .. "/*.txt " .. q(bad))
f = assert(io.open(bad .. "/05b-not-utf8.txt", "wb")); f:write("Title\n\xff\xfe broken\n"); f:close()
f = assert(io.open(bad .. "/07b-binary.txt", "wb")); f:write("a\0b\0c"); f:close()
for _, expr in ipairs({ 'facts{type="investment"}:usd_by("flow", "target")', 'articles:select("doc", "date")' }) do
  local p = partials(expr, { bad }, "bad-partials")
  local one = run(string.format("%s query %s %s", IV, q(expr), q(bad)))
  eq(one[1], 1, "a single run over unreadable articles exits 1")
  same_run("unreadable articles: " .. expr, one, run(IV .. " merge " .. args(p)))
end
-- bad lines of JSON Lines files are named in the single run's order (line 9 before 10)
local ej = dir .. "/bad-jsonl"
os.execute("mkdir -p " .. q(ej))
f = assert(io.open(ej .. "/a.jsonl", "wb"))
for i = 1, 12 do
  if i == 2 or i == 9 or i == 10 then
    f:write("{bad json\n")
  else
    f:write(string.format('{"id":"r%02d","title":"T","date":"2024-01-02","text":"Japan invested US$%d million in Da Nang."}\n', i, i))
  end
end
f:close()
f = assert(io.open(ej .. "/b.jsonl", "wb")); f:write("{bad\n"); f:close()
local one = run(string.format("%s query --input jsonl 'facts:group_by(\"type\")' %s", IV, q(ej)))
eq(one[1], 1, "bad JSON lines: the single run exits 1")
same_run("bad JSON lines, a file a shard", one, run(string.format(
  "for f in %s/*.jsonl; do %s query --input jsonl --partial 'facts:group_by(\"type\")' $f 2>/dev/null; done | %s merge -",
  ej, IV, IV)))

-- a shard with no article is no failure when others have some; with none
-- at all, merge says so as a single run does
local none = dir .. "/no-article"
os.execute("mkdir -p " .. q(none))
local ex = ROOT .. "/examples/corpus"
same_run("a shard with no article", run(string.format("%s query 'facts:count()' %s %s", IV, q(none), q(ex))),
  run(string.format("(%s query --partial 'facts:count()' %s 2>/dev/null; %s query --partial 'facts:count()' %s) | %s merge -",
    IV, q(none), IV, q(ex), IV)))
same_run("no shard with an article", run(string.format("%s query 'facts:count()' %s", IV, q(none))),
  run(string.format("%s query --partial 'facts:count()' %s 2>/dev/null | %s merge -", IV, q(none), IV)))

-- a shard of nothing but unreadable articles still writes its partial
local only_bad = dir .. "/only-bad"
os.execute("mkdir -p " .. q(only_bad) .. " && cp " .. q(bad .. "/07b-binary.txt") .. " " .. q(only_bad))
local code, out = sh(IV .. " query --partial 'facts:count()' " .. q(only_bad))
eq(code, 1, "a shard of unreadable articles exits 1")
check(out:find('"articles":0', 1, true), "and writes its partial")
local nothing = dir .. "/nothing.jsonl"
f = assert(io.open(nothing, "wb")); f:write(out); f:close()
local err
code, out, err = sh(IV .. " merge " .. q(nothing))
eq(code, 1, "a merge of no readable article exits 1")
check(err:find("no article could be read", 1, true), "and says so: " .. err)

-- }========

-- {======== refusals ========

local function refused(what, cmd, fragment, status)
  local c, o, e = sh(cmd)
  eq(c, status or 1, what .. ": status")
  eq(o, "", what .. ": no output")
  check(e:find(fragment, 1, true), what .. ": says '" .. fragment .. "', got: " .. e)
end

local other = partials('facts:group_by("rule")', { ROOT .. "/examples/corpus" }, "other")
refused("partials of different queries", IV .. " merge " .. q(parts[1]) .. " " .. q(other[2]),
  "partials of different queries")
refused("different queries on one stdin", "cat " .. q(parts[1]) .. " " .. q(other[2]) .. " | " .. IV .. " merge -",
  'facts:group_by("rule")')
refused("the same shard twice", IV .. " merge " .. q(parts[1]) .. " " .. q(parts[1]), "same shard")
refused("a merged partial with one of its shards", IV .. " merge " .. q(ab) .. " " .. q(parts[2]), "same shard")

-- the same EXPR run with other rules is another query
local rules = dir .. "/rules.lua"
f = assert(io.open(rules, "wb")); f:write("-- no rule, but a file of its own\n"); f:close()
code = sh(string.format("%s query --partial --load %s -o %s/loaded.jsonl %s %s", IV, q(rules), dir, q(EXPR),
  q(ROOT .. "/examples/corpus/01-bac-giang-korean-electronics.txt")))
eq(code, 0, "--partial with --load")
refused("the same EXPR with other --load files", IV .. " merge " .. q(parts[2]) .. " " .. q(dir .. "/loaded.jsonl"),
  "partials of different queries")

-- a partial cut short (a shard killed while writing) is not a smaller total
local _, whole = sh("cat " .. q(parts[1]))
local cut = dir .. "/cut.jsonl"
f = assert(io.open(cut, "wb")); f:write((whole:gsub("[^\n]*\n$", ""))); f:close()
refused("a partial cut short", IV .. " merge " .. q(cut) .. " " .. q(parts[2]), "not whole")
-- lines of a partial twice, without its first line (cat a b b)
local twice = dir .. "/twice.jsonl"
f = assert(io.open(twice, "wb")); f:write(whole, (whole:gsub("^[^\n]*\n", ""))); f:close()
refused("lines of a partial twice", IV .. " merge " .. q(twice), "not whole")

local junk = dir .. "/junk.jsonl"
f = assert(io.open(junk, "wb")); f:write('\nnot json\n'); f:close()
refused("a line that is no partial's", IV .. " merge " .. q(junk), junk .. ":2: not a line of a partial")
refused("no line at all", IV .. " merge /dev/null", "no partial")
refused("a missing file", IV .. " merge " .. q(dir .. "/absent.jsonl"), "absent.jsonl")
refused("no PARTIAL", IV .. " merge", "no PARTIAL given", 2)
refused("--partial with a format", IV .. " query --partial -f csv 'facts:count()' " .. q(ROOT .. "/examples/corpus"),
  "give the format to 'ivlua merge'", 2)
refused("reduce", IV .. " query --partial 'facts:group_by(\"type\", {r = reduce(function(rows) return #rows end)})' "
  .. q(ROOT .. "/examples/corpus"), "cannot be split")
refused("corpus itself", IV .. " query --partial '#corpus' " .. q(ROOT .. "/examples/corpus"), "'corpus' itself")

-- an object of a row is not carried past the split: an error, not a nil
local objs = partials('facts{type="investment"}:order_by("usd"):select("doc", {date = "article.date"})',
  { ROOT .. "/examples/corpus" }, "objects")
refused("an object read after the split", IV .. " merge " .. args(objs), "is an object")
-- the same query with the field selected before the split merges
objs = partials('facts{type="investment"}:select("doc", "usd", {date = "article.date"}):order_by("usd")',
  { ROOT .. "/examples/corpus" }, "objects2")
local want = run(string.format("%s query %s %s", IV,
  q('facts{type="investment"}:select("doc", "usd", {date = "article.date"}):order_by("usd")'),
  q(ROOT .. "/examples/corpus")))
same_run("a field of an object selected before the split", want, run(IV .. " merge " .. args(objs)))

-- }========

os.execute("rm -rf " .. q(dir))
