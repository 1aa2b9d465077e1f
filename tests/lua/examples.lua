--- The README's examples, run as written: every command in the shell
-- blocks of its "## Examples" section is run from the top of the
-- repository (with the ivlua under test for build/bin/ivlua), and its
-- output is checked against what the Lua API computes from the same
-- corpus. Every script in examples/ must have a command there.
local check, eq, sh, q = T.check, T.eq, T.sh, T.quote
local ivlua = require "ivlua"
local IV, ROOT = arg[2] or "ivlua", arg[3]
local CORPUS = ROOT .. "/examples/corpus"

local slurp = T.read

-- {======== the README's commands ========

local readme = slurp(ROOT .. "/README.md")
local section = readme:match("\n## Examples\n(.-)\n## ") or ""
check(section ~= "", "README has an Examples section")
local commands = {}
for block in section:gmatch("```sh\n(.-)```") do
  for line in block:gmatch("[^\n]+") do
    local cmd = line:gsub("%s+#.*$", "")
    if cmd:find("build/bin/ivlua", 1, true) then commands[#commands + 1] = cmd end
  end
end

-- Which example a command runs: the first examples/ path it names.
local function script_of(cmd)
  return cmd:match("(examples/[%w_/]+%.lua)") or (cmd:find("--format org", 1, true) and "examples/formats/org.lua")
end

-- }========

-- {======== reading a text table ========

-- The rows of an aligned text table: the dashes under the header give each
-- column's place (in characters), numbers lose their separators.
local function parse_table(out)
  local lines = {}
  for line in out:gmatch("[^\n]*") do lines[#lines + 1] = line end
  local header, rule = lines[1] or "", lines[2] or ""
  local spans = {}
  for s, e in rule:gmatch("()%-+()") do spans[#spans + 1] = { s, e - 1 } end -- ASCII: bytes are characters
  local function cells(line)
    local chars = {}
    for _, cp in utf8.codes(line) do chars[#chars + 1] = utf8.char(cp) end
    local out_cells = {}
    for j, sp in ipairs(spans) do
      local last = j == #spans and #chars or sp[2]
      out_cells[j] = table.concat(chars, "", sp[1], math.min(last, #chars)):match("^%s*(.-)%s*$")
    end
    return out_cells
  end
  local names = cells(header)
  local rows = {}
  for i = 3, #lines do
    if lines[i]:match("^%(%d+ rows?%)$") or lines[i]:match("^%u%l+s only %(") then break end
    if lines[i] ~= "" then
      local row = {}
      for j, v in ipairs(cells(lines[i])) do
        local n = tonumber((v:gsub(",", "")))
        if v ~= "" then row[names[j]] = n and v:match("^[%d,.%-]+$") and n or v end
      end
      rows[#rows + 1] = row
    end
  end
  return rows, names
end

-- The note under a table: the line after "(N rows)", or the last line.
local function note_of(out)
  return out:match("%(%d+ rows?%)\n([^\n]+)\n$") or out:match("([^\n]+)\n$")
end

-- }========

-- {======== what each example must print ========

local c = ivlua.load(CORPUS)
local gazetteer = ivlua.gazetteer

local function province_2025(name)
  local e = gazetteer.lookup(name)
  return e and e.province_2025 or name
end

local function year_of(date) return date and math.tointeger(tonumber(date:match("^(%d%d%d%d)"))) end

local checks = {}

-- Of the flows of one group, those inside a foreign total '*' of their
-- article, place and period (a ranked list's members, or a named investor
-- of the same date): a total over the group adds the '*' only (Q.usd).
local LISTED = { ["invest.ranked"] = true, ["invest.named"] = true, ["invest.position"] = true }
local function inside_set(group)
  local star, inside = {}, {}
  for _, f in ipairs(group) do
    if f.investor == "*" and f.basis == "flow" and not f.part_of and f.usd then
      local k = f.doc .. "\0" .. f.target
      star[k] = star[k] or {}
      star[k][f.as_of or ""] = true
    end
  end
  for _, f in ipairs(group) do
    local dates = star[f.doc .. "\0" .. f.target]
    if f.investor ~= "*" and f.basis == "flow" and dates and (LISTED[f.rule] or (f.as_of and dates[f.as_of])) then
      inside[f] = true
    end
  end
  return inside
end

-- What a flow total over 'facts' must leave out, counted by hand.
local function flow_note(facts)
  local no_usd, stocks, summed, estimated = 0, 0, 0, 0
  for _, f in ipairs(facts) do
    if f.basis == "stock" then stocks = stocks + 1
    elseif f.part_of then -- its total is summed instead
    elseif f.usd == nil then no_usd = no_usd + 1
    else
      summed = summed + 1
      if f.usd_rate then estimated = estimated + 1 end
    end
  end
  return no_usd, stocks, summed, estimated
end

local function check_note(out, facts, name)
  local no_usd, stocks, summed, estimated = flow_note(facts)
  local note = note_of(out) or ""
  check(note:find(string.format("Not in usd: %d flows? with no US%%$ value", no_usd))
    and note:find(string.format(", %d stocks? %%(totals to date%%)", stocks))
    and note:find(string.format("Converted at a yearly average rate: %d of the %d flows? in usd", estimated, summed)),
    name .. ": the note says what the totals left out: " .. note)
end

-- The same for a listing of stocks.
local function check_stock_note(out, facts, name)
  local no_usd, flows, listed, estimated = 0, 0, 0, 0
  for _, f in ipairs(facts) do
    if f.basis == "flow" then flows = flows + 1
    elseif f.usd == nil then no_usd = no_usd + 1
    else
      listed = listed + 1
      if f.usd_rate then estimated = estimated + 1 end
    end
  end
  local note = note_of(out) or ""
  check(note:find(string.format("^Stocks only %%(totals to date%%)%%. Not in usd: %d stocks? with no US%%$ value", no_usd))
    and note:find(string.format(", %d flows? %%(capital of one period%%)", flows))
    and note:find(string.format("Converted at a yearly average rate: %d of the %d stocks? in usd", estimated, listed)),
    name .. ": the note says what the listing left out: " .. note)
end

local investments = {}
for f in c:facts { type = "investment" } do investments[#investments + 1] = f end
check(#investments > 10, "the example corpus has investment facts")

-- A company counts for its country; else the investor as it is.
local function country_or_investor(f)
  return f.investor_country or (f.investor:match("^%u%u$") and f.investor) or nil
end

-- top_investors -b stock: the stocks with a US$ value, one a row, the
-- largest three of each province.
local function top_stocks(out)
  local by_province = {}
  for _, f in ipairs(investments) do
    if f.basis == "stock" and f.usd then
      local p = province_2025(f.target)
      by_province[p] = by_province[p] or {}
      table.insert(by_province[p], f)
    end
  end
  local rows = parse_table(out)
  local shown = {}
  for _, r in ipairs(rows) do
    shown[r.province] = (shown[r.province] or 0) + 1
    local match, bigger = nil, 0
    for _, f in ipairs(by_province[r.province] or {}) do
      if f.usd == r.usd and (country_or_investor(f) or f.investor) == r.investor and f.as_of == (r.as_of and tostring(r.as_of)) then
        match = f
      end
      if f.usd > r.usd then bigger = bigger + 1 end
    end
    check(match, "top_investors -b stock: row " .. r.province .. " " .. r.investor .. " is a stock fact")
    check(bigger < 3, "top_investors -b stock: " .. r.investor .. " is among the largest three of " .. r.province)
  end
  for p, list in pairs(by_province) do eq(shown[p], math.min(3, #list), "top_investors -b stock: rows for " .. p) end
  check(#rows > 0, "top_investors -b stock: some stocks")
  check_stock_note(out, investments, "top_investors -b stock")
end

checks["examples/top_investors.lua"] = function(out, cmd)
  if cmd:find("-b stock", 1, true) then return top_stocks(out) end
  local sums = {}
  for _, f in ipairs(investments) do
    if f.basis == "flow" and f.usd and not f.part_of then
      local who = country_or_investor(f) or f.investor
      local key = province_2025(f.target) .. "\0" .. who
      local s = sums[key] or { province = province_2025(f.target), investor = who, usd = 0, facts = 0, estimated = 0 }
      s.usd, s.facts = s.usd + f.usd, s.facts + 1
      if f.usd_rate then s.estimated = s.estimated + 1 end
      sums[key] = s
    end
  end
  local by_province = {}
  for _, s in pairs(sums) do
    by_province[s.province] = by_province[s.province] or {}
    table.insert(by_province[s.province], s)
  end
  local rows = parse_table(out)
  local shown = {}
  for _, r in ipairs(rows) do
    shown[r.province] = (shown[r.province] or 0) + 1
    local s = sums[r.province .. "\0" .. r.investor]
    check(s and s.usd == r.usd and s.facts == r.facts and s.estimated == r.estimated,
      "top_investors row " .. r.province .. " " .. r.investor)
    for _, other in ipairs(by_province[r.province] or {}) do
      if other.usd > (s and s.usd or 0) then
        -- a bigger investor in the same province must be shown too
        local found = false
        for _, r2 in ipairs(rows) do
          if r2.province == r.province and r2.investor == other.investor then found = true end
        end
        check(found, "top_investors: " .. other.investor .. " outranks " .. r.investor .. " in " .. r.province)
      end
    end
  end
  for p, list in pairs(by_province) do eq(shown[p], math.min(3, #list), "top_investors: rows for " .. p) end
  check_note(out, investments, "top_investors")
end

checks["examples/investment_by_year.lua"] = function(out)
  local years, groups = {}, {}
  for _, f in ipairs(investments) do
    local y = year_of(f.as_of or f.article.date) or "none"
    groups[y] = groups[y] or {}
    table.insert(groups[y], f)
  end
  local inside = {}
  for _, g in pairs(groups) do for f in pairs(inside_set(g)) do inside[f] = true end end
  for _, f in ipairs(investments) do
    -- an undated article's facts have no year: one row with an empty year
    local y = year_of(f.as_of or f.article.date) or "none"
    do
      local s = years[y] or { usd = nil, facts = 0, estimated = 0, no_usd = 0, stocks = 0 }
      if f.basis == "stock" then s.stocks = s.stocks + 1
      elseif f.part_of then -- its total is summed instead
      elseif f.usd == nil then s.no_usd = s.no_usd + 1
      elseif inside[f] then s.inside = (s.inside or 0) + 1
      else
        s.usd, s.facts = (s.usd or 0) + f.usd, s.facts + 1
        if f.usd_rate then s.estimated = s.estimated + 1 end
      end
      years[y] = s
    end
  end
  local rows = parse_table(out)
  eq(#rows, T.size(years), "investment_by_year: one row per year")
  for i, r in ipairs(rows) do
    local s = years[r.year or "none"] or {}
    eq(r.usd, s.usd, "investment_by_year: usd of " .. tostring(r.year))
    eq({ r.facts, r.inside, r.estimated, r.no_usd, r.stocks }, { s.facts, s.inside or 0, s.estimated, s.no_usd, s.stocks },
      "investment_by_year: counts of " .. tostring(r.year))
    if rows[i + 1] and rows[i + 1].year then check(r.year < rows[i + 1].year, "investment_by_year: in year order") end
  end
  check_note(out, investments, "investment_by_year")
end

checks["examples/sectors_by_country.lua"] = function(out)
  local want = {}
  for _, f in ipairs(investments) do
    local country = country_or_investor(f)
    if country then
      for e in f.article:entities("sector") do
        if e.start >= f.start and e["end"] <= f["end"] then
          want[country] = want[country] or {}
          want[country][e.name] = true
        end
      end
    end
  end
  local rows = parse_table(out)
  eq(#rows, T.size(want), "sectors_by_country: one row per country")
  for _, r in ipairs(rows) do
    local names = {}
    for s in pairs(want[r.country] or {}) do names[#names + 1] = s end
    table.sort(names)
    eq(r.sectors, table.concat(names, ", "), "sectors_by_country: sectors of " .. r.country)
  end
end

checks["examples/agreements_timeline.lua"] = function(out)
  local n = 0
  for _ in c:facts { type = "agreement" } do n = n + 1 end
  for _ in c:facts { type = "partnership" } do n = n + 1 end
  local rows = parse_table(out)
  eq(#rows, n, "agreements_timeline: every agreement and partnership")
  for i = 2, #rows do
    check(rows[i - 1].when == nil or rows[i].when == nil or tostring(rows[i - 1].when) <= tostring(rows[i].when),
      "agreements_timeline: in date order")
  end
end

checks["examples/money_by_article.lua"] = function(out)
  local rows = parse_table(out)
  eq(#rows, #c, "money_by_article: one row per article")
  for _, r in ipairs(rows) do
    local n, usd, stocks = 0, nil, 0
    for a in c:articles() do
      if a.doc == r.article then
        for _ in a:entities("money") do n = n + 1 end
        local group = {}
        for f in a:facts("investment") do group[#group + 1] = f end
        local inside = inside_set(group)
        for _, f in ipairs(group) do
          if f.basis == "stock" then stocks = stocks + 1
          elseif f.usd and not f.part_of and not inside[f] then usd = (usd or 0) + f.usd end
        end
      end
    end
    eq(r.amounts, n, "money_by_article: amounts in " .. r.article)
    eq(r["flows US$ (m)"], usd and tonumber(string.format("%.1f", usd / 1e6)) or "-", "money_by_article: flows in " .. r.article)
    eq(r.stocks, stocks, "money_by_article: stocks in " .. r.article)
  end
  check_note(out, investments, "money_by_article")
end

checks["examples/formats/org.lua"] = function(out)
  local counts, n = {}, 0
  for f in c:facts() do
    if not counts[f.type] then n = n + 1 end
    counts[f.type] = (counts[f.type] or 0) + 1
  end
  local lines = {}
  for line in out:gmatch("[^\n]+") do lines[#lines + 1] = line end
  check(lines[1] and lines[1]:match("^| type%s+| count |$"), "org: the header row: " .. tostring(lines[1]))
  check(lines[2] and lines[2]:match("^|%-+%+%-+|$"), "org: the rule")
  eq(#lines, n + 2, "org: one line per fact type")
  for i = 3, #lines do
    local t, k = lines[i]:match("^| (%S+)%s+| (%d+)%s+|$")
    eq(tonumber(k), counts[t], "org: count of " .. tostring(t))
  end
end

-- A rules file: the command's lines of 'type' are those the Lua API finds
-- after running the same file.
local function rule_check(file, typ)
  return function(out)
    local n = 0
    for line in out:gmatch("[^\n]+") do
      if line:find('"type":"' .. typ .. '"', 1, true) then n = n + 1 end
    end
    local got = select(2, sh(q(IV) .. " -e " .. q(string.format([[
      dofile(%q)
      local c, n = ivlua.load(%q), 0
      for a in c:articles() do
        for e in a:entities(%q) do n = n + 1 end
        for f in a:facts(%q) do n = n + 1 end
      end
      print(n)]], ROOT .. "/" .. file, CORPUS, typ, typ))))
    check(n > 0, file .. ": finds some " .. typ)
    eq(n, tonumber(got), file .. ": as many " .. typ .. " as the Lua API")
  end
end
checks["examples/rules/tonnage.lua"] = rule_check("examples/rules/tonnage.lua", "tonnage")
checks["examples/facts/jobs.lua"] = rule_check("examples/facts/jobs.lua", "employment")

-- }========

-- {======== run them ========

local ran = {}
for _, cmd in ipairs(commands) do
  local script = script_of(cmd)
  local run = cmd:gsub("build/bin/ivlua", (q(IV):gsub("%%", "%%%%")))
  local code, out, err = sh("cd " .. q(ROOT) .. " && " .. run)
  eq(code, 0, cmd .. ": " .. err)
  eq(err, "", cmd .. ": nothing on stderr")
  if T.check(checks[script] ~= nil, "a check for " .. tostring(script)) then checks[script](out, cmd) end
  ran[script] = true
end

local _, listing = sh("cd " .. q(ROOT) .. " && find examples -name '*.lua' | sort")
local n = 0
for file in listing:gmatch("[^\n]+") do
  n = n + 1
  check(ran[file], file .. " is run from the README")
end
check(n >= 6, "at least six examples")

-- }========
