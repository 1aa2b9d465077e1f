--- Queries (ivlua.query) and output formats (ivlua.format): filters,
-- select, group_by with every aggregate, having, order_by, limit, joins,
-- laziness; each built-in format; atomic -o; user formats registered in
-- Lua or found as formats/NAME.lua; and the query and report commands.
-- Expected values are computed from the corpus by plain loops, not copied.
local check, eq, checkerr, sh, q = T.check, T.eq, T.checkerr, T.sh, T.quote
local ivlua = require "ivlua"
local Q, F = ivlua.query, ivlua.format
local IV, ROOT = q(arg[2] or "ivlua"), arg[3]
local CORPUS = ROOT .. "/examples/corpus"
local c = ivlua.load(CORPUS)

-- {======== filters and select ========

local investments = {}
for f in c:facts { type = "investment" } do investments[#investments + 1] = f end
check(#investments > 5, "the example corpus has investments")
eq(Q.facts(c, { type = "investment" }):count(), #investments, "filter by table")
eq(Q.facts(c):where(function(f) return f.type == "investment" end):count(), #investments, "filter by function")
eq(Q.facts(c) { type = "investment" }:count(), #investments, "a query called with a filter")

local kr = 0
for _, f in ipairs(investments) do if f.investor == "KR" then kr = kr + 1 end end
eq(Q.facts(c, { type = "investment", investor = "KR" }):count(), kr, "two fields")
local kr_or_jp = 0
for _, f in ipairs(investments) do if f.investor == "KR" or f.investor == "JP" then kr_or_jp = kr_or_jp + 1 end end
eq(Q.facts(c, { type = "investment", investor = { "KR", "JP" } }):count(), kr_or_jp, "a set of values")
local big = 0
for _, f in ipairs(investments) do if (f.amount_usd or 0) > 1e9 then big = big + 1 end end
eq(Q.facts(c, { type = "investment", amount_usd = Q.gt(1e9) }):count(), big, "a test function")
local with_hanoi = 0
for f in c:facts { type = "agreement" } do
  for _, p in ipairs(f.parties) do if p == "Hà Nội" then with_hanoi = with_hanoi + 1 end end
end
check(with_hanoi > 0, "an agreement with Hà Nội in the example corpus")
eq(Q.facts(c, { type = "agreement", parties = "Hà Nội" }):count(), with_hanoi, "a list field matches an item")
eq(Q.articles(c, { ["article.doc"] = "02-da-nang-japanese-software.txt" }):count(), 1, "a dotted path")

local row = Q.facts(c, { type = "investment" }):select("investor", { usd = "amount_usd", year = Q.year("as_of") }):first()
eq(row.investor, investments[1].investor, "select keeps a field")
eq(row.usd, investments[1].amount_usd, "select renames")
eq(row.year, investments[1].as_of and math.tointeger(tonumber(investments[1].as_of:sub(1, 4))), "select with a key function")
eq(Q.facts(c):select("investor", "target"):columns(), { "investor", "target" }, "select's columns")

-- }========

-- {======== group_by, aggregates, having, order_by, limit ========

-- flows grouped by investor and basis: a sum never adds a flow to a stock,
-- two stocks (the example corpus has two stocks of TW in one province: a
-- Taiwanese company's and Taiwan's), nor a part to its total (part_of)
local by_investor = {}
for _, f in ipairs(investments) do
  if f.basis == "flow" then
    local id = f.investor .. " " .. f.basis
    local g = by_investor[id] or { n = 0, usd = nil, targets = {} }
    g.n = g.n + 1
    if f.amount_usd and f.part_of == nil then g.usd = (g.usd or 0) + f.amount_usd end
    g.targets[f.target] = true
    by_investor[id] = g
  end
end
checkerr("adds 2 stocks", function()
  Q.facts(c, { type = "investment", basis = "stock" }):group_by("investor", { usd = Q.sum("amount_usd") }):all()
end)
local r = Q.facts(c, { type = "investment", basis = "flow" })
  :group_by("investor", "basis", { n = Q.count(), usd = Q.sum("amount_usd"), targets = Q.distinct("target") }):all()
eq(r:columns(), { "investor", "basis", "n", "usd", "targets" }, "group columns: keys, then aggregates as written")
local groups = 0
for _, g in ipairs(r) do
  groups = groups + 1
  local want = by_investor[g.investor .. " " .. g.basis]
  eq(g.n, want.n, "count of " .. g.investor)
  eq(g.usd, want.usd, "sum of " .. g.investor)
  eq(#g.targets, T.size(want.targets), "distinct targets of " .. g.investor)
end
eq(groups, T.size(by_investor), "one row per investor and basis")

local flows = {}
for _, f in ipairs(investments) do if f.basis == "flow" then flows[#flows + 1] = f end end
check(#flows > 3 and #flows < #investments, "the example corpus has flows and stocks")
local usd = {}
for _, f in ipairs(flows) do if f.amount_usd then usd[#usd + 1] = f.amount_usd end end
table.sort(usd)
local total = 0
for _, v in ipairs(usd) do total = total + v end
local all = Q.facts(c, { type = "investment", basis = "flow" }):aggregate {
  n = Q.count(), with_usd = Q.count("amount_usd"), lo = Q.min("amount_usd"), hi = Q.max("amount_usd"),
  mean = Q.avg("amount_usd"), first = Q.first("doc"), last = Q.last("doc"), docs = Q.list("doc"),
  biggest = Q.reduce(function(rows) return #rows end),
}:first()
eq(all.n, #flows, "count")
eq(all.with_usd, #usd, "count of a field")
eq(all.lo, usd[1], "min")
eq(all.hi, usd[#usd], "max")
check(math.abs(all.mean - total / #usd) < 1e-6, "avg")
eq(all.first, flows[1].doc, "first")
eq(all.last, flows[#flows].doc, "last")
eq(#all.docs, #flows, "list")
eq(all.biggest, #flows, "reduce")
eq(Q.facts(c, { type = "investment", investor = "no such country" }):aggregate { n = Q.count() }:first().n, 0,
  "aggregate of no rows")

-- a misspelt field, type or aggregated field is an error naming the known
-- ones, never an empty result (Q.from an array has no known fields)
T.checkerr("unknown field 'tpye' (did you mean 'type'?); the rows have: amount,", Q.facts, c, { tpye = "investment" })
T.checkerr("unknown type 'organisation' (did you mean 'organization'?); the types here are: area,", Q.entities, c,
  { type = "organisation" })
T.checkerr("unknown type 'money'", Q.facts, c, { type = { "investment", "money" } })
T.checkerr("unknown field 'amout_usd' (did you mean 'amount_usd'?)", function()
  return Q.facts(c, { type = "investment" }):group_by("target", { t = Q.sum("amout_usd") })
end)
T.checkerr("unknown field 'targte'", function() return Q.facts(c):select("investor", "targte") end)
T.checkerr("unknown field 'usd_total'", function()
  return Q.facts(c):usd_by("flow", "investor"):order_by("-usd_total")
end)
T.checkerr("unknown field 'titel' (did you mean 'title'?)", function() return Q.articles(c):column("titel") end)
T.checkerr("unknown field 'x'", function() return Q.facts(c):select("investor"):where { x = 1 } end)
check(Q.facts(c):where { ["article.date"] = Q.exists() }:count() >= 0, "a dotted key checks its first name")
eq(Q.from({ { a = 1 } }):where { b = 2 }:count(), 0, "rows of any shape are not checked")
local code, out, err = sh(IV .. " query 'facts{type=\"investment\"}:usd_by(\"flow\", \"invester\")' " .. q(CORPUS))
check(code == 1 and out == "" and err:find("^ivlua query: unknown field 'invester' %(did you mean 'investor'%?%)")
  and not err:find("traceback"), "ivlua query: a misspelt field is one line, status 1: " .. err)
code, out, err = sh(IV .. " explain --type investmnt " .. q(CORPUS))
check(code == 2 and out == "" and err:find("--type: unknown type 'investmnt' (did you mean 'investment'?)", 1, true),
  "explain --type: a misspelt type is a usage error: " .. err)

local ordered = Q.facts(c, { type = "investment" }):group_by("investor", { n = Q.count() })
  :having { n = Q.ge(2) }:order_by("-n", "investor"):all()
for i, g in ipairs(ordered) do
  check(g.n >= 2, "having keeps n >= 2")
  local nxt = ordered[i + 1]
  if nxt then check(g.n > nxt.n or (g.n == nxt.n and g.investor < nxt.investor), "order by -n, investor") end
end
eq(Q.from({ { a = 1 }, { a = 3 }, { a = 2 }, {} }):order_by("a"):column("a"), { 1, 2, 3 }, "nil sorts last")
eq(Q.from({ { a = 1, b = 1 }, { a = 1, b = 2 }, { a = 0, b = 3 } }):order_by({ "a", desc = true }):column("b"),
  { 1, 2, 3 }, "descending, stable")
eq(Q.from({ { a = 1 }, { a = 2 }, { a = 3 }, { a = 4 } }):limit(2, 1):column("a"), { 2, 3 }, "limit with offset")

local provinces = Q.facts(c, { type = "investment" }):group_by(Q.province_2025("target")):all()
local merged = false
for _, g in ipairs(provinces) do if g.province_2025 == "Bắc Ninh" then merged = true end end
check(merged, "province_2025: Bắc Giang's investments count for Bắc Ninh")
local years = Q.facts(c, { type = "investment" }):group_by(Q.year("as_of"), Q.month("as_of")):columns()
eq(years, { "year", "month", "count" }, "key functions name their columns")

-- }========

-- {======== sums that cannot mislead ========

local facts_q = Q.facts(c, { type = "investment" })
for _, agg in ipairs { "sum", "avg" } do
  checkerr("mixes flow and stock facts", function() facts_q:aggregate { x = Q[agg]("usd") }:all() end)
  checkerr("filter on basis", function() facts_q:group_by("target", { x = Q[agg]("amount_usd") }):all() end)
end
local stocks = { { type = "investment", basis = "stock", usd = 1, investor = "TW", as_of = "2024-08-19" },
                 { type = "investment", basis = "stock", usd = 2, investor = "Foo Textile", as_of = "2024-08-19" } }
checkerr("adds 2 stocks", function() Q.from(stocks):aggregate { x = Q.sum("usd") }:all() end)
checkerr("compare them", function() Q.from(stocks):usd_by("stock", "as_of"):all() end)
eq(Q.from(stocks):group_by("investor", { x = Q.sum("usd") }):column("x"), { 1, 2 }, "one stock a group")
eq(Q.from(stocks):usd_by("stock", "investor"):column("usd"), { 1, 2 }, "usd_by stock: one a group")
local currencies = { { type = "investment", basis = "flow", amount = 1, currency = "AUD" },
                     { type = "investment", basis = "flow", amount = 2, currency = "USD" } }
checkerr("sum of amount mixes currencies (AUD, USD)", function() Q.from(currencies):aggregate { x = Q.sum("amount") }:all() end)
eq(Q.from(currencies):group_by("currency", { x = Q.sum("amount") }):column("x"), { 1, 2 }, "amounts by currency")
checkerr("investment facts with no basis", function()
  Q.from({ { type = "investment", usd = 1 }, { type = "investment", basis = "flow", usd = 2 } }):aggregate { x = Q.sum("usd") }:all()
end)
eq(Q.from({ { v = 1 }, { v = 2 } }):aggregate { x = Q.sum("v") }:first().x, 3, "other rows sum freely")
checkerr("the basis is \"flow\" or \"stock\"", function() facts_q:usd_by("flows", "target") end)

-- a group_by's sums say what they took from investment facts and left out
do
  local added, skipped, parts = 0, 0, 0
  for _, f in ipairs(investments) do
    if f.basis == "flow" then
      if f.part_of then parts = parts + 1
      elseif f.usd then added = added + 1 else skipped = skipped + 1 end
    end
  end
  check(parts > 0, "the example corpus breaks down a total")
  local grouped = Q.facts(c, { type = "investment", basis = "flow" }):group_by("target", { usd = Q.sum("usd") })
  local want = string.format("Over investment facts: usd adds %d, leaves out %d with no usd and %d parts of a total "
    .. "it counts whole (part_of).", added, skipped, parts)
  eq(grouped:all():note(), want, "group_by: the note of a sum")
  check(tostring(grouped):find("\n" .. want:gsub("%p", "%%%0") .. "\n$"), "group_by: the note under the text table")
  local projects = 0
  for _, f in ipairs(investments) do if f.basis == "flow" and f.projects then projects = projects + 1 end end
  eq(Q.facts(c, { type = "investment", basis = "flow" }):aggregate { n = Q.avg("projects") }:all():note(),
    string.format("Over investment facts: n averages %d, leaves out %d with no projects.", projects,
      added + skipped + parts - projects),
    "aggregate: the note of an avg")
  eq(Q.articles(c):aggregate { n = Q.sum("entities") }:all():note(), nil, "no note for sums over other rows")
end

-- usd_by: the totals and what they left out, against loops over the facts
-- (by target and investor, and a stock by itself: one stock a group; the
-- parts of a total are not summed again)
local function pair(f)
  return f.target .. " / " .. f.investor .. (f.basis == "stock" and " @" .. f.start or "")
end
local by_pair = Q.key("target", pair)
for _, basis in ipairs { "flow", "stock" } do
  local other = basis == "flow" and "stocks" or "flows"
  local want, left = {}, { no_usd = 0, other = 0, summed = 0, estimated = 0 }
  for _, f in ipairs(investments) do
    local g = want[pair(f)] or { usd = nil, facts = 0, estimated = 0, no_usd = 0, other = 0 }
    want[pair(f)] = g
    if f.basis ~= basis then
      g.other, left.other = g.other + 1, left.other + 1
    elseif f.part_of then
      left.parts = (left.parts or 0) + 1
    elseif f.usd == nil then
      g.no_usd, left.no_usd = g.no_usd + 1, left.no_usd + 1
    else
      g.usd, g.facts, left.summed = (g.usd or 0) + f.usd, g.facts + 1, left.summed + 1
      if f.usd_rate then g.estimated, left.estimated = g.estimated + 1, left.estimated + 1 end
    end
  end
  local res = facts_q:usd_by(basis, by_pair):all()
  eq(res:columns(), { "target", "usd", "facts", "inside", "estimated", "no_usd", other }, "usd_by " .. basis .. ": columns")
  eq(#res, T.size(want), "usd_by " .. basis .. ": one row per target")
  for _, g in ipairs(res) do
    local w = want[g.target]
    eq(g.usd, w.usd, "usd_by " .. basis .. ": usd of " .. g.target)
    -- by investor, no group holds a '*' total and its sources: none inside
    eq({ g.facts, g.inside, g.estimated, g.no_usd, g[other] }, { w.facts, 0, w.estimated, w.no_usd, w.other },
      "usd_by " .. basis .. ": counts of " .. g.target)
  end
  local note = res:note()
  check(note and note:find(string.format("Not in usd: %d %s", left.no_usd, basis), 1, true)
    and note:find(string.format("%d %s", left.other, basis == "flow" and "stock" or "flow"), 1, true)
    and note:find(string.format("%d of the %d %s", left.estimated, left.summed, basis), 1, true),
    "usd_by " .. basis .. ": the note counts what was left out: " .. tostring(note))
  eq(note, Q.usd_note(facts_q, basis), "usd_note says the same")
  -- the note follows the query through order_by, limit and where, and into every human format
  local text = tostring(facts_q:usd_by(basis, by_pair):order_by("-usd"):limit(1))
  check(text:find("%(1 row%)\n" .. note:gsub("%p", "%%%0") .. "\n$"), "text: the note under the table: " .. text)
  check(F.render("markdown", facts_q:usd_by(basis, by_pair)):find(note, 1, true), "markdown: the note")
  check(F.render("html", facts_q:usd_by(basis, by_pair)):find("Not in usd", 1, true), "html: the note")
  check(not F.render("csv", facts_q:usd_by(basis, by_pair)):find("Not in usd", 1, true), "csv: no note, the columns say it")
end

-- by place, a '*' total of an article and the sources it lists are one total
do
  local rows = {
    { type = "investment", doc = "a", target = "X", investor = "*", basis = "flow", usd = 100, rule = "invest.figure" },
    { type = "investment", doc = "a", target = "X", investor = "SG", basis = "flow", usd = 60, rule = "invest.ranked" },
    { type = "investment", doc = "b", target = "X", investor = "JP", basis = "flow", usd = 5, rule = "invest.figure" },
  }
  local by_place = Q.from(rows):usd_by("flow", "target"):all()
  eq({ by_place[1].usd, by_place[1].facts, by_place[1].inside }, { 105, 2, 1 },
    "usd_by place: the '*' total, not its listed source again; another article's figure added")
  eq(#Q.from(rows):usd_by("flow", "investor"):all(), 3, "usd_by investor: each apart")
end

local countries = {}
for row in Q.from {
  { investor = "Samsung", investor_country = "KR" }, { investor = "KR" }, { investor = "*" },
  { investor = "Some Firm" }, { investor = "VN" },
}:select(Q.investor_country()):rows() do countries[#countries + 1] = row.country or "-" end
eq(countries, { "KR", "KR", "-", "-", "VN" }, "investor_country: the company's country, or a country code")
eq(Q.from({ { investor = "KR" } }):select(Q.investor_country()):columns(), { "country" }, "investor_country names its column")

-- }========

-- {======== every amount in US$ ========

-- the rates, read here from the data file itself
local rates = {}
for line in io.lines(ROOT .. "/data/fx/usd_rates.tsv") do
  local cur, year, rate = line:match("^(%u%u%u)\t(%d%d%d%d)\t([%d.]+)\t%a+$")
  if cur then rates[cur .. year] = tonumber(rate) end
end
check(T.size(rates) > 300, "the rate file has its rows")
local function check_usd(corpus, label)
  local n = { stated = 0, converted = 0, none = 0 }
  for f in corpus:facts { type = "investment" } do
    local year = (f.as_of or ""):match("^%d%d%d%d") or (f.article.date or ""):match("^%d%d%d%d")
    local rate = f.currency and year and rates[f.currency .. year]
    if f.amount_usd then
      n.stated = n.stated + 1
      eq({ f.usd, f.usd_rate }, { f.amount_usd, nil }, label .. ": usd is the stated amount_usd: " .. f.text)
    elseif f.amount and f.currency == "USD" then
      n.stated = n.stated + 1
      eq({ f.usd, f.usd_rate }, { f.amount, nil }, label .. ": usd is the amount in US$: " .. f.text)
    elseif f.amount and rate then
      n.converted = n.converted + 1
      eq({ f.usd, f.usd_rate, f.usd_rate_year }, { math.floor(f.amount / rate + 0.5), rate, tonumber(year) },
        label .. ": usd converted at the year's rate: " .. f.text)
    else
      n.none = n.none + 1
      eq({ f.usd, f.usd_rate }, { nil, nil }, label .. ": no usd without an amount and a rate: " .. f.text)
    end
  end
  return n
end
local n = check_usd(c, "examples")
check(n.stated > 0 and n.converted > 0, "the example corpus has stated and converted amounts")
local dev = ROOT .. "/../shared/corpus/dev"
if io.open(dev .. "/gold.jsonl") then
  local nd = check_usd(ivlua.load(dev, ROOT .. "/../shared/corpus/dev2"), "dev")
  check(nd.converted > 0, "dev: some amounts converted")
end
-- a currency with no rate: no usd, and a total counts it as left out
local a = assert(ivlua.article("Đà Nẵng, May 2 (VNA) - A Russian group will invest RUB5 billion in a plant in Đà Nẵng.",
  { doc = "rub.txt", date = "2024-05-02" }))
for f in a:facts("investment") do
  eq({ f.currency, f.usd }, { "RUB", nil }, "RUB has no rate")
  eq(Q.from({ f }):aggregate { n = Q.unconverted(f.basis) }:first().n, 1, "counted as unconverted")
end
-- in extract's JSON Lines too
local code, out = sh(IV .. " extract " .. q(CORPUS))
eq(code, 0, "extract runs")
check(out:find('"currency":"AUD","usd":%d+,"usd_rate":[%d.]+,"usd_rate_year":%d+') ~= nil
  or out:find('"usd":%d+,"usd_rate":[%d.]+,"usd_rate_year":%d+') ~= nil, "extract writes usd, usd_rate and usd_rate_year")

-- }========

-- {======== joins and laziness ========

local joined = Q.facts(c, { type = "investment" }):join(Q.articles(c), "doc", { prefix = "article_" }):all()
eq(#joined, #investments, "each fact joins its article")
for _, j in ipairs(joined) do eq(j.article_title, j.article.title, "the article's title") end
local pairs_n = 0
for _, f in ipairs(investments) do
  for e in f.article:entities("sector") do pairs_n = pairs_n + 1 end
end
eq(Q.facts(c, { type = "investment" }):join(Q.entities(c, { type = "sector" }), "doc", { prefix = "sector_" }):count(),
  pairs_n, "fact x sector entities of the same article")
local left = Q.from({ { k = 1 }, { k = 2 } }):join({ { k = 1, v = "x" } }, "k", { left = true }):all()
eq(#left, 2, "a left join keeps the unmatched row")
eq(left[2].v, nil, "with nothing from the other side")
eq(Q.from({ { p = { "A", "B" } } }):join({ { k = "A" }, { k = "B" }, { k = "C" } }, { "p", "k" }):count(), 2,
  "a list key joins on each item")

local reads = 0
local lazy = Q.from(function()
  reads = reads + 1
  if reads <= 100 then return { i = reads } end
end):where { i = Q.gt(0) }:limit(3)
eq(reads, 0, "nothing is read before the rows are asked for")
eq(#lazy:all(), 3, "limit")
eq(reads, 3, "limit stops reading")
checkerr("used up", function() lazy:all() end)

-- }========

-- {======== formats ========

local J = ivlua.json
eq(J.encode { b = 1, a = { 1, 2 }, c = "é\"" }, '{"a":[1,2],"b":1,"c":"é\\""}', "json.encode: keys sorted")
eq(J.encode({ z = 1, a = 2, m = 3 }, { keys = { "m", "z" } }), '{"m":3,"z":1,"a":2}', "json.encode: keys in order")
eq(J.encode { 80000000.0, 0.1, 0 / 0, J.null, true }, "[80000000,0.1,null,null,true]", "json.encode: numbers, null")
-- a number 15 digits do not read back as makes the text use 17, so that a
-- decoded text encodes to itself (fuzz_json found 333333333333331.5 -> ...332)
local precise = J.encode { 333333333333331.5, 1 / 3 }
eq(J.decode(precise)[1], 333333333333331.5, "json.encode: 17 digits where 15 lose the value")
eq(J.encode(J.decode(precise)), precise, "json.encode(decode(text)) is text")
eq(J.encode {}, "{}", "json.encode: an empty table is an object")
eq(J.encode(setmetatable({}, { __jsontype = "array" })), "[]", "json.encode: unless marked an array")
eq(J.decode(J.encode({ x = { 1, { y = "z" } } }, { indent = 2 })), { x = { 1, { y = "z" } } }, "json: round trip")
checkerr("cannot encode a function", J.encode, { print })
checkerr("not valid UTF-8", J.encode, "\xff")
local cyclic = {}
cyclic.self = cyclic
checkerr("nested deeper", J.encode, cyclic)
checkerr("not a string", J.encode, { [1] = 1, [3] = 3 })

local rows = Q.from({
  { name = 'Hà Nội, "capital"', usd = 1500000, n = 3 },
  { name = "tab\there", usd = 2.5, n = 10 },
  { name = "line\nbreak" },
}):select("name", "usd", "n")
eq(rows:write("csv", io.open("/dev/null", "w")), true, "write to a file handle")
eq(F.render("csv", rows),
  'name,usd,n\r\n"Hà Nội, ""capital""",1500000,3\r\ntab\there,2.5,10\r\n"line\nbreak",,\r\n', "csv (RFC 4180)")
eq(F.render("tsv", rows), "name\tusd\tn\nHà Nội, \"capital\"\t1500000\t3\ntab here\t2.5\t10\nline break\t\t\n", "tsv")
local jsonl = F.render("jsonl", rows)
local first = ivlua.json.decode(jsonl:match("^[^\n]+"))
eq(first, { name = 'Hà Nội, "capital"', usd = 1500000, n = 3 }, "jsonl reads back")
check(jsonl:match("^[^\n]+"):find('^{"name":'), "jsonl keeps the column order")
eq(#ivlua.json.decode(F.render("json", rows)), 3, "json is an array")
eq(F.render("json", Q.from({})), "[]\n", "json of no rows")
local md = F.render("markdown", rows)
check(md:find("| name              |       usd |   n |", 1, true), "markdown header aligned: " .. md)
check(md:find("| ----------------- | --------: | --: |", 1, true), "markdown: numbers right-aligned")
check(md:find("| tab here          |       2.5 |  10 |", 1, true), "markdown: no tab or line break in a cell")
check(md:find("| 1,500,000 |", 1, true), "markdown groups thousands")
local text = F.render("text", rows)
check(text:find("name                     usd   n\n-----------------  ---------  --\n", 1, true), "text header: " .. text)
check(text:find("(3 rows)", 1, true), "text counts rows")
check(tostring(rows:all()) == text:gsub("\n$", "") .. "" or tostring(rows:all()) == text, "a result prints as the text table")
local html = F.render("html", rows, { title = "T <1>" })
check(html:find("<title>T &lt;1&gt;</title>", 1, true), "html escapes")
check(html:find('<table class="sortable">', 1, true) and html:find("<svg", 1, true), "html: table and chart")
check(not html:find("https?://[^\"]*%.js") and not html:find("<link", 1, true), "html fetches nothing")

-- atomic writing: a writer that fails leaves the old file as it was
local dir = T.tmpdir()
local out = dir .. "/out.csv"
T.write(out, "old\n")
F.register("half", function(o, it)
  o:write("partial")
  error("disk on fire")
end)
checkerr("disk on fire", function() rows:write("half", out) end)
eq(T.read(out), "old\n", "the old file is untouched")
local _, listing = sh("ls -A " .. q(dir))
eq(listing, "out.csv\n", "no temporary file is left")
rows:write("csv", out)
check(T.read(out):find("^name,usd,n"), "written when it succeeds")
checkerr("unknown format 'nope'", function() rows:write("nope") end)

-- a format registered in Lua, and a streaming one
F.register("names", function(o, it, columns) for r in it do o:write(r.name or "-", ";") end end)
eq(F.render("names", rows), 'Hà Nội, "capital";tab\there;line\nbreak;', "a registered format")
local seen_columns
F.register("stream", { stream = true, write = function(o, it, columns) seen_columns = columns end })
F.render("stream", Q.from({ { a = 1 } }))
eq(seen_columns, nil, "a streaming format is not made to wait for columns")

-- }========

-- {======== commands ========

local code, o, e = sh(IV .. " query 'facts{type=\"investment\"}:group_by(\"investor\", {n=count()}):order_by(\"-n\", \"investor\")' " .. q(CORPUS))
eq(code, 0, "ivlua query: " .. e)
local top = Q.facts(c, { type = "investment" }):group_by("investor", { n = Q.count() }):order_by("-n", "investor"):first()
check(o:find("^investor%s+n\n") and o:find("\n" .. top.investor:gsub("%p", "%%%0") .. "%s+" .. top.n .. "\n"),
  "query prints the text table: " .. o)
code, o = sh(IV .. " query -f csv 'articles:select(\"doc\", \"date\"):limit(2)' " .. q(CORPUS))
eq(o:match("^[^\r]+"), "doc,date", "query --format csv")
code, o = sh(IV .. " query 'facts:count()' " .. q(CORPUS))
eq(tonumber(o), Q.facts(c):count(), "a plain value is printed")
code, o, e = sh(IV .. " query 'nonsense(' " .. q(CORPUS))
eq(code, 2, "a bad EXPR exits 2")
check(e:find("EXPR:1:", 1, true), "and names the expression: " .. e)
code, o, e = sh(IV .. " query 'facts:count()' /nonexistent")
eq(code, 1, "nothing readable exits 1")
check(e:find("/nonexistent", 1, true), "naming the path")

-- formats/NAME.lua on IVLUA_PATH, for extract and query
local fdir = T.tmpdir()
assert(os.execute("mkdir -p " .. q(fdir .. "/formats")))
T.write(fdir .. "/formats/pipes.lua", [[
return { stream = true, write = function(out, rows)
  for r in rows do out:write(r.type, "|", r.text, "\n") end
end }
]])
local env = "IVLUA_PATH=" .. q(fdir .. "/?.lua;;") .. " "
code, o, e = sh(env .. IV .. " extract --format pipes " .. q(CORPUS .. "/02-da-nang-japanese-software.txt"))
eq(code, 0, "extract --format from formats/pipes.lua: " .. e)
check(o:find("\nmoney|", 1, true) or o:find("^money|"), "its rows: " .. o:sub(1, 200))
code, o = sh(env .. IV .. " query --format pipes 'entities{type=\"country\"}:limit(1)' " .. q(CORPUS))
check(o:find("^country|"), "query --format from formats/pipes.lua: " .. o)
code, o, e = sh(IV .. " extract --format pipes " .. q(CORPUS))
eq(code, 2, "an unknown format exits 2")
check(e:find("formats/pipes.lua on IVLUA_PATH", 1, true), "and says where formats are looked for: " .. e)

-- a format registered by a --load file
local reg = T.write(fdir .. "/reg.lua", [[
ivlua.format.register("count", function(out, rows) local n = 0 for _ in rows do n = n + 1 end out:write(n, "\n") end)
]])
code, o, e = sh(IV .. " extract --load " .. q(reg) .. " --format count " .. q(CORPUS))
local n_records = 0
for a in c:articles() do
  n_records = n_records + #a
  for _ in a:facts() do n_records = n_records + 1 end
end
eq(tonumber(o), n_records, "extract --format from a --load file counts every entity and fact: " .. e)

-- extract -o: atomic, and the same bytes as stdout
local outfile = fdir .. "/x.jsonl"
local _, plain = sh(IV .. " extract " .. q(CORPUS))
code = sh(IV .. " extract -o " .. q(outfile) .. " " .. q(CORPUS))
eq(T.read(outfile), plain, "extract -o writes what stdout would get")
code, o = sh(IV .. " extract -f csv " .. q(CORPUS .. "/02-da-nang-japanese-software.txt"))
check(o:find("^doc,type,text,start,end,"), "extract --format csv: " .. o:sub(1, 80))

-- report
local page = fdir .. "/r.html"
code, o, e = sh(IV .. " report " .. q(CORPUS) .. " -o " .. q(page) .. " --title 'Example corpus'")
eq(code, 0, "report: " .. e)
local body = T.read(page)
for _, want in ipairs { "<title>Example corpus</title>", "Investment by province", "Agreements", "<svg", '<table class="sortable">' } do
  check(body:find(want, 1, true), "the report has " .. want)
end
-- its totals are flows and say what they left out; the stocks are listed apart
local html_note = require("ivlua.html").escape(Q.usd_note(Q.facts(c, { type = "investment" }), "flow"))
for _, section in ipairs { "Investment by province", "Investment by investor", "Investment by year" } do
  local part = body:match("<h2>" .. section .. "</h2>\n<p class=\"note\">(.-)</p>") or ""
  check(part:find(html_note, 1, true), "report: " .. section .. " says what it left out: " .. part)
end
local stocks_html = body:match("<h2>Stocks: investment to date</h2>(.-)<h2>") or ""
local n_stocks, rows_html = 0, select(2, stocks_html:gsub("<tr>", "")) - 1
for _, f in ipairs(investments) do if f.basis == "stock" then n_stocks = n_stocks + 1 end end
check(n_stocks > 0, "the example corpus has stocks")
eq(rows_html, n_stocks, "report: one row per stock, none summed")
-- query prints a usd_by total with its note
code, o = sh(IV .. " query " .. q('facts{type="investment"}:usd_by("flow", "target"):order_by("-usd")') .. " " .. q(CORPUS))
check(code == 0 and o:find(Q.usd_note(Q.facts(c, { type = "investment" }), "flow"), 1, true), "query: the note under usd_by: " .. o)
-- and refuses a sum of flows and stocks: a message naming the fix, no traceback
code, o, e = sh(IV .. " query " .. q('facts{type="investment"}:group_by("target", {usd=sum"amount_usd"})') .. " " .. q(CORPUS))
check(code == 1 and e:find("^ivlua query: sum of amount_usd mixes flow and stock facts") and e:find("filter on basis", 1, true)
  and not e:find("traceback", 1, true) and o == "", "query: a mixed sum is refused: " .. e)
os.execute("rm -rf " .. q(dir) .. " " .. q(fdir))

-- }========
