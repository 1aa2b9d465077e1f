--- The sqlite format: the example corpus extracted to a database holds
-- what the JSON Lines export holds (counts by type, sums by investor and
-- target, lists as JSON, NULL for what is absent), queried through
-- ivlua.sqlite and, where it is installed, the sqlite3 command; a failed
-- run or a SIGTERM leaves no database and no temporary; standard output,
-- devices and FIFOs are refused in one line; a field a user rule declares
-- is a column.
local check, eq, sh, q = T.check, T.eq, T.sh, T.quote
local bin, examples = ...
local ivlua = require "ivlua"
local json = ivlua.json
local IV, EX = q(bin), q(examples)
local dir = T.tmpdir()
local function path(name) return dir .. "/" .. name end
local function has(s, frag) return s:find(frag, 1, true) ~= nil end
local function listing() return T.listing(dir) end
local function one_line(err, what)
  local n = select(2, err:gsub("\n", ""))
  check(n == 1 and not has(err, "traceback") and not has(err, ".lua:"), what .. ": one plain line, got: " .. err)
end

-- {======== the corpus, as JSON Lines and as a database ========

local code, out, err = sh(IV .. " extract " .. EX)
eq(code, 0, "extract to JSON Lines: " .. err)
local lines = {}
for line in out:gmatch("[^\n]+") do lines[#lines + 1] = assert(json.decode(line)) end
check(#lines > 100, "the example corpus gives rows")

code, out, err = sh(IV .. " extract -f sqlite -o " .. q(path("corpus.db")) .. " " .. EX)
eq(code, 0, "extract -f sqlite: " .. err)
eq(out, "", "nothing on standard output")
eq(listing(), "corpus.db", "the database and nothing else (no temporary, no journal)")

local db <close> = assert(ivlua.sqlite.open(path("corpus.db")))
local function rows(sql, ...) return assert(db:rows(sql, ...)) end
local function value(sql, ...)
  local r = rows(sql, ...)[1]
  local _, v = next(r or {})
  return v
end

-- the tables, views and indexes
local objects = {}
for _, r in ipairs(rows("SELECT name, type FROM sqlite_master")) do objects[r.name] = r.type end
for _, t in ipairs { "articles", "entities", "facts", "meta" } do eq(objects[t], "table", "table " .. t) end
for _, v in ipairs { "money", "date", "location", "investment", "agreement", "partnership" } do
  eq(objects[v], "view", "view " .. v)
end
for _, i in ipairs { "entities_doc", "entities_type", "facts_doc", "facts_type", "facts_investor", "facts_target" } do
  eq(objects[i], "index", "index " .. i)
end

-- articles: one a file, in input order
local files = {}
for name in io.popen("ls " .. EX):lines() do if name:match("%.txt$") then files[#files + 1] = name end end
table.sort(files)
eq(value("SELECT COUNT(*) FROM articles"), #files, "one article a file")
local first = rows("SELECT * FROM articles WHERE id = 1")[1]
eq(first.doc, files[1], "article 1 is the first file")
local a1 = ivlua.load(examples .. "/" .. files[1])[1]
eq(first.title, a1.title, "its title")
eq(first.date, a1.date, "its date")
eq(first.bytes, #a1.bytes, "its size")

-- counts by type: entities and facts as the JSON Lines lines
local want = { entities = {}, facts = {} }
local fact_types = {}
for _, t in ipairs(ivlua.schema()) do if t.fact then fact_types[t.type] = true end end
check(fact_types.investment and fact_types.agreement and fact_types.partnership, "schema marks the fact types")
check(not fact_types.money, "money is no fact type")
for _, l in ipairs(lines) do
  local t = fact_types[l.type] and want.facts or want.entities
  t[l.type] = (t[l.type] or 0) + 1
end
for _, tbl in ipairs { "entities", "facts" } do
  local got = {}
  for _, r in ipairs(rows("SELECT type, COUNT(*) AS n FROM " .. tbl .. " GROUP BY type")) do got[r.type] = r.n end
  eq(got, want[tbl], tbl .. " by type as in JSON Lines")
end
eq(value("SELECT COUNT(*) FROM money"), want.entities.money, "the money view")
eq(value("SELECT COUNT(*) FROM entities e JOIN articles a ON a.id = e.article AND a.doc = e.doc"),
  value("SELECT COUNT(*) FROM entities"), "every entity's article is its doc's")

-- facts by investor and target: the analyst's question, in SQL and from the lines
local sums = {}
for _, l in ipairs(lines) do
  if l.type == "investment" and l.investor == "KR" and l.amount_usd then
    sums[l.target] = (sums[l.target] or 0) + l.amount_usd
  end
end
check(next(sums), "the corpus has Korean investments")
local got = {}
for _, r in ipairs(rows("SELECT target, SUM(amount_usd) AS usd FROM facts WHERE type = 'investment' "
    .. "AND investor = ? GROUP BY target", "KR")) do got[r.target] = r.usd end
eq(got, sums, "US$ by target of KR's investments")
local pairs_json, pairs_sql = 0, value("SELECT COUNT(DISTINCT investor || '>' || target) FROM investment")
local seen = {}
for _, l in ipairs(lines) do
  local k = l.type == "investment" and l.investor .. ">" .. l.target
  if k and not seen[k] then seen[k], pairs_json = true, pairs_json + 1 end
end
eq(pairs_sql, pairs_json, "distinct investor and target pairs")

-- values: every field of every line as a cell of its row (lists as JSON, absent NULL)
-- (each table's rows in the order of the lines)
local in_order = { entities = rows("SELECT * FROM entities ORDER BY rowid"), facts = rows("SELECT * FROM facts ORDER BY rowid") }
local next_row = { entities = 0, facts = 0 }
local mismatches = 0
for _, l in ipairs(lines) do
  local tbl = fact_types[l.type] and "facts" or "entities"
  next_row[tbl] = next_row[tbl] + 1
  local r = in_order[tbl][next_row[tbl]]
  if not r then
    mismatches = mismatches + 1
  else
    for k, v in pairs(l) do
      local cell = r[k]
      if type(v) == "table" then cell = json.decode(cell) end
      if type(v) == "number" and type(cell) == "number" then v, cell = v + 0.0, cell + 0.0 end
      if not T.eq(cell, v, l.doc .. " " .. l.type .. " " .. k) then mismatches = mismatches + 1 end
    end
  end
end
eq(mismatches, 0, "every JSON Lines field is in the database")
local parties = value("SELECT parties FROM facts WHERE type = 'agreement' LIMIT 1")
check(type(parties) == "string" and parties:sub(1, 1) == "[", "a list is a JSON array: " .. tostring(parties))
local no_rank = 0
for _, l in ipairs(lines) do if l.type == "investment" and l.rank == nil then no_rank = no_rank + 1 end end
eq(value("SELECT COUNT(*) FROM facts WHERE type = 'investment' AND rank IS NULL"), no_rank, "absent is NULL")
eq(value("SELECT typeof(start) FROM entities LIMIT 1"), "integer", "offsets are integers")
eq(value("SELECT typeof(amount_usd) FROM facts WHERE amount_usd IS NOT NULL LIMIT 1"), "real", "amounts are numbers")

-- meta
local meta = {}
for _, r in ipairs(rows("SELECT key, value FROM meta")) do meta[r.key] = r.value end
eq(meta.ivlua_version, ivlua.version, "meta: ivlua's version")
local schema = json.decode(meta.schema or "null")
check(type(schema) == "table" and schema[1].type == "money", "meta: the schema as JSON")
db:close()

-- }========

-- {======== the sqlite3 command opens it ========

if sh("command -v sqlite3") == 0 then
  code, out, err = sh("sqlite3 " .. q(path("corpus.db")) .. " " ..
    q("SELECT target, SUM(amount_usd) FROM facts WHERE type='investment' AND investor='KR' GROUP BY target"))
  eq(code, 0, "sqlite3 runs the query: " .. err)
  local n = 0
  for line in out:gmatch("[^\n]+") do
    local target, usd = line:match("^(.-)|(.*)$")
    eq(tonumber(usd), sums[target], "sqlite3: " .. line)
    n = n + 1
  end
  eq(n, T.size(sums), "sqlite3: one line a target")
  code, out = sh("sqlite3 " .. q(path("corpus.db")) .. " 'PRAGMA integrity_check'")
  eq(out, "ok\n", "sqlite3: integrity")
else
  print("notice: no sqlite3 command (apt-get install sqlite3): queried through ivlua.sqlite only")
end

-- }========

-- {======== refusals, and failures that leave nothing ========

code, out, err = sh(IV .. " extract -f sqlite " .. EX)
eq(code, 2, "-f sqlite to standard output: refused")
eq(out, "", "nothing written")
check(has(err, "give -o FILE"), "says why: " .. err)
one_line(err, "-f sqlite to standard output")
code, out, err = sh(IV .. " extract -f sqlite -o - " .. EX)
eq(code, 2, "-o -: refused")
for _, dev in ipairs { "/dev/null", path("fifo") } do
  if dev ~= "/dev/null" then os.execute("mkfifo " .. q(dev)) end
  code, out, err = sh("timeout 20 " .. IV .. " extract -f sqlite -o " .. q(dev) .. " " .. EX)
  eq(code, 1, dev .. ": refused")
  check(has(err, "not a regular file"), dev .. ": says why: " .. err)
  one_line(err, dev)
  if dev ~= "/dev/null" then os.remove(dev) end
end
T.checkerr("give a path", ivlua.format.write, "sqlite", {})
T.checkerr("give F.write a path", ivlua.format.render, "sqlite", {})

-- a run that fails halfway: no database, no temporary; an old one stays
local function failing()
  local each, n = ivlua.each(examples), 0
  return function()
    n = n + 1
    if n == 4 then error("the source broke") end
    return each()
  end
end
local target = path("failed.db")
T.checkerr("the source broke", ivlua.format.write, "sqlite", failing(), target)
eq(listing(), "corpus.db", "a failed run leaves no database and no temporary")
os.execute("cp " .. q(path("corpus.db")) .. " " .. q(target))
local before = T.read(target)
T.checkerr("the source broke", ivlua.format.write, "sqlite", failing(), target)
check(T.read(target) == before, "a failed run leaves the old database as it was")
eq(listing(), "corpus.db failed.db", "and no temporary")
os.remove(target)

-- SIGTERM while the database is being written (its articles still coming
-- from a FIFO): neither the database nor the temporary stays
os.execute("mkdir -p " .. q(path("term")))
code, out, err = sh("cd " .. q(path("term")) .. " && mkfifo in && { " .. IV .. " extract -f sqlite -o t.db - < in & pid=$!; "
  .. "exec 3> in; i=0; while [ $i -lt 100 ] && ! ls -A | grep -q 'ivlua-'; do sleep 0.1; i=$((i+1)); done; "
  .. "ls -A | grep -c 'ivlua-'; kill -TERM $pid; wait $pid; echo status $?; rm in; ls -A; }")
eq(out, "1\nstatus 143\n", "SIGTERM while writing: a temporary, then nothing left: " .. err)
eq(listing(), "corpus.db term", "SIGTERM leaves nothing in its directory")
os.execute("rm -rf " .. q(path("term")))

-- from Lua: articles, rows and a query's result
ivlua.format.write("sqlite", ivlua.load(examples), path("lua.db"))
local ldb <close> = assert(ivlua.sqlite.open(path("lua.db")))
local n_entities = 0
for _, n in pairs(want.entities) do n_entities = n_entities + n end
eq(ldb:rows("SELECT COUNT(*) AS n FROM entities")[1].n, n_entities, "a corpus: its entities")
eq(ldb:rows("SELECT COUNT(*) AS n FROM articles WHERE path IS NOT NULL")[1].n, #files, "a corpus: its articles")
ldb:close()
local Q = ivlua.query
ivlua.format.write("sqlite", Q.facts(examples):where { type = "investment", basis = "flow" }
  :group_by("investor", { usd = Q.sum("amount_usd") }), path("result.db"))
local rdb <close> = assert(ivlua.sqlite.open(path("result.db")))
local res = assert(rdb:rows("SELECT investor, usd FROM rows WHERE investor = 'KR'"))
eq(#res, 1, "a result goes to the table 'rows'")
rdb:close()

-- }========

-- {======== a field a rule declares is a column ========

T.write(path("rules.lua"), [[
ivlua.rule {
  name = "tonnage", type = "tonnage",
  pattern = "({number})({magnitude})?[\\s-]*(?:metric\\s+)?(?i:tonnes|tons|tonne|ton){end}",
  returns = { "value", "grade" },
  normalize = function(m) return { value = m.value, grade = m.value >= 10000 and "bulk" or "small" } end,
}
ivlua.fact {
  name = "jobs", type = "employment", returns = { "jobs" },
  link = function(s)
    for _, e in ipairs(s.entities) do
      if e.type == "count" and (e.unit == "job" or e.unit == "worker") then return { jobs = e.value, mentions = { e } } end
    end
  end,
}
]])
code, out, err = sh(IV .. " extract --load " .. q(path("rules.lua")) .. " -f sqlite -o " .. q(path("rules.db")) .. " " .. EX)
eq(code, 0, "extract with a rule: " .. err)
local udb <close> = assert(ivlua.sqlite.open(path("rules.db")))
local cols = {}
for _, r in ipairs(assert(udb:rows("PRAGMA table_info(entities)"))) do cols[r.name] = true end
check(cols.grade, "the rule's declared field is a column of entities")
eq(udb:rows("SELECT grade FROM tonnage WHERE value = 20000")[1].grade, "bulk", "and has its value (view tonnage)")
local fcols = {}
for _, r in ipairs(assert(udb:rows("PRAGMA table_info(facts)"))) do fcols[r.name] = true end
check(fcols.jobs and not cols.jobs, "a fact rule's field is a column of facts")
check(udb:rows("SELECT COUNT(*) AS n FROM employment WHERE jobs > 0")[1].n > 0, "with its facts (view employment)")
udb:close()

-- }========

os.execute("rm -rf " .. q(dir))
