--- Facts: what the built-in linker finds in single sentences, the Lua
-- objects (corpus:facts, article:facts, f.mentions), articles with no
-- investment in them, and fact rules written in Lua, in-process and
-- through `ivlua extract --rules`.
local check, eq, checkerr, sh, q = T.check, T.eq, T.checkerr, T.sh, T.quote
local ivlua = require "ivlua"
local IV, SRC = q(arg[2] or "ivlua"), arg[3]

local function facts_of(text, date, typ)
  local a = assert(ivlua.article(text, { doc = "t.txt", date = date or "2024-05-10" }))
  local out = {}
  for f in a:facts(typ) do out[#out + 1] = f end
  return out, a
end

local function one(text, typ, what)
  local fs = facts_of(text, nil, typ)
  eq(#fs, 1, what .. ": one " .. typ)
  return fs[1] or {}
end

-- {======== investment: figures and what is said next to them ========

local f = one("Japan is now the province's third largest foreign investor with 12 projects valued at " ..
  "$2.39 billion, accounting for 17.21 per cent of the total investment capital registered in " ..
  "Quảng Ninh.", "investment", "stock with rank and share")
eq(f.investor, "JP", "investor")
eq(f.target, "Quảng Ninh", "target")
eq(f.amount, 2390000000, "amount")
eq(f.amount_usd, 2390000000, "amount_usd")
eq(f.projects, 12, "projects")
eq(f.rank, 3, "rank")
eq(f.share_percent, 17.21, "share")
eq(f.as_of, "2024-05-10", "a stock with no date is as of the article")

f = one("Bắc Ninh drew US$1.2 billion (VNĐ30 trillion) in FDI in the first quarter of 2024.",
  "investment", "an amount and its equivalent")
eq(f.investor, "*", "aggregate FDI has investor *")
eq(f.amount, 1200000000, "the first amount")
eq(f.as_of, "2024", "the date stated")

f = one("The Hải Dương People's Committee granted an investment licence to a project of Taiwan's " ..
  "Foxconn with capital of NT$4.5 billion (about $150 million).", "investment", "a USD equivalent")
eq(f.investor, "Foxconn", "the company, not its country")
eq(f.currency, "TWD", "currency as written")
eq(f.amount_usd, 150000000, "the USD equivalent")

f = one("Goertek raised the capital of its plant in Nghệ An from $100 million to $500 million.",
  "investment", "from ... to")
eq(f.amount, 500000000, "the new total")

local fs = facts_of("By 2017, the Republic of Korea accounted for 725 projects worth $11.8 billion in " ..
  "Bắc Ninh, making it by far the largest investor, followed by Japan with 88 projects worth " ..
  "nearly $1.1 billion.", nil, "investment")
eq(#fs, 2, "two investors in one sentence")
eq(fs[1] and fs[1].investor, "KR", "first investor")
eq(fs[2] and fs[2].investor, "JP", "second investor")
eq(fs[1] and fs[1].rank, 1, "largest")
eq(fs[2] and fs[2].rank, 2, "followed by")
eq(fs[2] and fs[2].as_of, "2017", "the date stated before")

f = one("Vietnamese firms have also begun investing in Australia, with capital totalling about " ..
  "AUD850 million.", "investment", "outward investment")
eq(f.investor, "VN", "outward: investor")
eq(f.target, "AU", "outward: target")

eq(#facts_of("Quảng Ninh exported goods worth $2 billion to Japan last year, and its tourism " ..
  "revenue reached $500 million.", nil, "investment"), 0, "exports and revenue are not investment")
eq(#facts_of("Japan signed ODA loan agreements with Việt Nam worth ¥95 billion for four " ..
  "infrastructure projects.", nil, "investment"), 0, "loans are not investment")

-- the headline and the body state one investment once
fs = facts_of("Japan invests $80 million in Quảng Ninh\n\nMay 10, 2024\n\nQUẢNG NINH — Quảng Ninh " ..
  "on Friday granted licences to Japan-invested projects capitalised at US$80 million.\n",
  nil, "investment")
eq(#fs, 1, "headline and lede: one fact")

f = one("Lotte's Vietnamese subsidiary, Lotte Foods Vina Co., Ltd, plans to invest $20 million in Bình Dương.",
  "investment", "a subsidiary after its owner's possessive")
eq(f.investor, "Lotte Foods Vina Co., Ltd", "the subsidiary invests, not its owner")

fs = facts_of("Đồng Nai leads the south, Cần Thơ follows.\n\nVietnam drew US$12.4 billion in registered " ..
  "foreign direct investment in the first half.", nil, "investment")
eq(fs[1] and fs[1].target, "VN", "the country as the subject of the sentence is the target")

-- }======== agreements and partnerships ========

f = one("Hà Nội and Fukuoka on May 2 agreed to broaden cooperation in education and tourism.",
  "agreement", "an agreement")
eq(table.concat(f.parties or {}, "|"), "Fukuoka|Hà Nội", "parties, sorted")
eq(f.date, "2024-05-02", "date")
eq(table.concat(f.sectors or {}, "|"), "education|tourism", "sectors")

fs = facts_of("Representatives of the Ministry of Finance, the Quảng Nam People's Committee and the " ..
  "Quảng Trị People's Committee signed agreements to on-lend the funds.", nil, "agreement")
eq(#fs, 2, "signed agreements: one per pair")

f = one("A memorandum was signed between the People's Committee of Sóc Sơn District and the " ..
  "Kansai Culture Institute on training.", "agreement", "a place and its administrative word in a list")
eq(table.concat(f.parties or {}, "|"), "Kansai Culture Institute|Sóc Sơn", "parties past 'District'")

f = one("The fair was held with the Embassy of Japan in Laos to mark the 60th anniversary of diplomatic " ..
  "relations between Japan and Laos (1955-2015).", "partnership", "an organisation opens the sentence")
eq(table.concat(f.parties or {}, "|"), "JP|LA", "the partners are the ones 'between', not the embassy")

fs = facts_of("Đà Nẵng has established friendship relations with four Japanese cities: Kawasaki in " ..
  "2012, Yokohama in 2013, Sakai in 2019 and Kisarazu in July 2019.", nil, "partnership")
eq(#fs, 4, "a list of partners")
eq(fs[1] and fs[1].since, 2012, "since")
eq(#facts_of("Đà Nẵng and Pyeongtaek agreed to promote exchanges.", nil, "partnership"), 0,
  "no year, no partnership")

-- }======== the objects ========

local corpus = ivlua.load(SRC .. "/examples/corpus")
local n, by_type = 0, {}
for fact in corpus:facts() do
  n = n + 1
  by_type[fact.type] = (by_type[fact.type] or 0) + 1
  check(getmetatable(fact) == ivlua.Fact, "a fact has the ivlua.Fact metatable")
  eq(fact.article:slice(fact.start, fact["end"]), fact.text, "a fact spans its sentence")
  for _, m in ipairs(fact.mentions) do
    check(getmetatable(m) == ivlua.Entity, "a mention is an entity")
    -- in the sentence, or before it when it names who "the company" is
    check(m.article == fact.article and m["end"] <= fact["end"], "a mention of the fact's article")
  end
end
check(n > 0 and by_type.investment, "the example corpus has investment facts")
local inv = 0
for fact in corpus:facts{ type = "investment" } do inv = inv + 1; eq(fact.type, "investment", "filter") end
eq(inv, by_type.investment, "corpus:facts{type=...}")
check(tostring(select(2, next({ corpus:facts()() }))):match("^%a+ @%d+%-%d+"), "a fact prints")

-- articles that state no investment
local none = ivlua.load(SRC .. "/tests/data/no-investment")
eq(#none, 2, "the festival and the sports articles load")
for fact in none:facts() do check(false, "no fact expected: " .. tostring(fact)) end

-- }======== fact rules in Lua ========

ivlua.fact{ name = "jobs-test", type = "employment", link = function(s)
  for _, e in ipairs(s.entities) do
    if e.type == "count" and e.unit == "job" then
      return { jobs = e.value, where = { "here", "there" }, mentions = { e } }
    end
  end
end }
checkerr("exists", ivlua.fact, { name = "jobs-test", type = "x", link = print })
checkerr("'link' must be a function", ivlua.fact, { name = "y", type = "x" })
fs = facts_of("The plant will create 5,000 jobs in Bắc Giang.", nil, "employment")
eq(#fs, 1, "a user fact")
eq(fs[1] and fs[1].jobs, 5000, "its number field")
eq(fs[1] and table.concat(fs[1].where, ","), "here,there", "its list field")
eq(fs[1] and fs[1].mentions[1].type, "count", "its mention")
eq(fs[1] and fs[1].rule, "jobs-test", "a user fact names its rule, as built-in frames do")
-- a user rule adds investment facts through the same store and settle step as the frames
ivlua.fact{ name = "pledges", type = "investment", link = function(s)
  if not s.text:find("pledged") then return nil end
  local money, place
  for _, e in ipairs(s.entities) do
    if e.type == "money" then money = money or e end
    if e.type == "location" then place = place or e end
  end
  if money and place then
    return { investor = "*", target = place.name, amount = money.value, currency = money.currency,
             basis = "flow", mentions = { money, place } }
  end
end }
fs = facts_of("Investors pledged $40 million for Hà Giang.", nil, "investment")
local pledged
for _, f in ipairs(fs) do if f.rule == "pledges" then pledged = f end end
check(pledged and pledged.amount == 40e6 and pledged.target == "Hà Giang" and pledged.basis == "flow",
  "a user investment rule's fact")
-- with worker threads, fact rules still run (on the Lua thread): the same facts
local function all_facts(jobs)
  local out = {}
  for f in ivlua.load(SRC .. "/examples/corpus", { jobs = jobs }):facts() do
    out[#out + 1] = f.rule .. " " .. tostring(f.amount) .. " " .. tostring(f.target) .. " " .. tostring(f.usd)
  end
  return table.concat(out, "\n")
end
eq(all_facts(3), all_facts(1), "fact rules in Lua with jobs = 3: the facts of one thread")
fs = facts_of("The RoK had invested $382 million in 285 projects in Đà Nẵng by 2024.", nil, "investment")
check(fs[1] and fs[1].rule and fs[1].rule:match("^invest%."), "a built-in fact names its frame: " .. tostring(fs[1] and fs[1].rule))

ivlua.fact{ name = "broken", type = "x", link = function(s)
  if s.text:find("jobs") then error("boom") end
end }
local c = ivlua.load(SRC .. "/examples/corpus")
check(#c > 0, "a failing rule loses no article")
check(#c.errors > 0 and c.errors[1]:match("fact rule 'broken': .*boom"), "the rule's error is reported")

-- an investment from a rule of one's own must say flow or stock (rule 15)
ivlua.fact{ name = "no_basis", type = "investment", link = function(s)
  for _, e in ipairs(s.entities) do
    if e.type == "money" then return { investor = "*", target = "X", amount = e.value, mentions = { e } } end
  end
end }
c = ivlua.load(SRC .. "/examples/corpus")
local said
for _, e in ipairs(c.errors) do said = said or e:match("fact rule 'no_basis': .*basis") end
check(#c > 0 and said, "an investment with no basis is refused, named, and no article lost")
for f in c:facts { type = "investment" } do
  check(f.basis == "flow" or f.basis == "stock", "every investment fact has basis: " .. tostring(f.rule))
end

-- a total and its parts: the parts say so, and sums count the total once
local whole_parts = facts_of("Lạng Sơn drew $500 million in FDI in 2023. Of the total, 20 new projects were "
  .. "licensed with $300 million, and foreign investors spent $200 million on share purchases.", nil, "investment")
eq(#whole_parts, 3, "a total and two parts")
eq(whole_parts[1].part_of, nil, "the total is no part")
eq(whole_parts[2] and whole_parts[2].part_of, 500e6, "a part names its total")
local sums = ivlua.query.from(whole_parts):group_by("target", { usd = ivlua.query.sum "usd" }):all()
eq(sums[1] and sums[1].usd, 500e6, "a sum by target counts the total, not its parts again")
local by = ivlua.query.from(whole_parts):usd_by("flow", "target"):all()
eq(by[1] and by[1].usd, 500e6, "usd_by counts the total, not its parts again")

-- the frames' cue words are data: a user's words work as the built-in ones
local inked = "Đà Nẵng and Pyeongtaek initialled a memorandum on port cooperation on May 2."
eq(#facts_of(inked, nil, "agreement"), 0, "'initialled' is no agreement verb by default")
check(#ivlua.lexicon("agreeing") >= 3, "the agreeing lexicon lists its words")
ivlua.lexicon("agreeing", "initialled")
local agr = facts_of(inked, nil, "agreement")
eq(agr[1] and table.concat(agr[1].parties, ","), "Pyeongtaek,Đà Nẵng", "'initialled' added: an agreement")
eq(agr[1] and agr[1].rule, "agree.signed", "made by the same frame")
-- a word added after an extraction counts in the next: the linker's cache
-- of the lists (known by their addresses) forgets them when a word is added
local carved = "Huế and Kyoto inscribed a memorandum on tourism cooperation on June 3."
eq(#facts_of(carved, nil, "agreement"), 0, "'inscribed' is no agreement verb yet")
ivlua.lexicon("agreeing", "inscribed")
eq(#facts_of(carved, nil, "agreement"), 1, "'inscribed' added after an extraction: an agreement")
local aim = "Hà Nam set its sights on $1 billion of FDI in 2025."
check(#facts_of(aim, nil, "investment") == 1, "a goal not yet known is a fact")
ivlua.lexicon("goal", { "set its sights on" })
eq(#facts_of(aim, nil, "investment"), 0, "with the goal phrase added, it is a goal")
checkerr("not a cue word", ivlua.lexicon, "goal", "Capitalised Words")
checkerr("no lexicon", ivlua.lexicon, "no-such-lexicon")

-- fact:explain() and `ivlua explain`: the sentence with its roles marked and the frame
fs = facts_of("Foreign investors poured $900 million into Bình Thuận in 2023. Malaysia led with $300 million, "
  .. "followed by Thailand ($200 million).", nil, "investment")
local ex = fs[3] and fs[3]:explain() or ""
check(ex:match("^investment by invest%.ranked") and ex:match("%[investor Thailand%]") and
  ex:match("%[amount %$200 million%]") and ex:match("rank=2"), "fact:explain(): " .. ex)
local tmp = T.tmpname()
T.write(tmp, "Foreign investors poured $900 million into Bình Thuận in 2023.\n")
local code0, out0 = sh(IV .. " explain " .. q(tmp .. ":1"))
eq(code0, 0, "ivlua explain FILE:1")
check(out0:match("%[amount %$900 million%]") and out0:match("%[target Bình Thuận%]") and out0:match("basis=flow"),
  "ivlua explain marks the amount and the target: " .. out0)
local code2, _, err2 = sh(IV .. " explain " .. q(tmp .. ":5"))
check(code2 == 2 and err2:match("has 1 fact, not 5"), "ivlua explain FILE:N past the last fact: " .. err2)
os.remove(tmp)

-- through the command line
local code, out, err = sh(IV .. " extract --rules " .. q(SRC .. "/examples/facts/jobs.lua") .. " " ..
  q(SRC .. "/examples/corpus"))
eq(code, 0, "extract --rules: exit code " .. err)
check(out:match('"type":"employment"[^\n]*"jobs":%d+'), "a user fact in the JSONL")
check(out:match('"type":"investment"'), "built-in facts in the JSONL too")
