--- Money by article: for each article, how many amounts it states and the
-- investment it reports in US dollars: flows summed, stocks counted apart.
--
--     ivlua examples/money_by_article.lua PATH...
--
-- It reads one article at a time (ivlua.each), so any corpus fits, and
-- prints its own table. A flow is capital of one period and a stock a total
-- to date: adding them would count the same money twice, so the stocks are
-- only counted. An amount in another currency is in US$ at its year's
-- average rate (estimated); one with no rate is counted as not converted.

local Q = ivlua.query
local _, paths = require("ivlua.cli").script_args({ ... }, {}, "ivlua money_by_article.lua PATH...")

local function millions(v) return v and string.format("%.1f", v / 1e6) or "-" end

local rows = {}
local all = {} -- every investment fact, for the note
paths[#paths + 1] = function(msg) io.stderr:write("ivlua: ", msg, "\n") end
for article in ivlua.each(table.unpack(paths)) do
  local amounts = 0
  for _ in article:entities("money") do amounts = amounts + 1 end
  local facts = {}
  for f in article:facts("investment") do
    facts[#facts + 1] = f
    all[#all + 1] = f
  end
  local t = Q.from(facts):aggregate {
    usd = Q.usd("flow"), estimated = Q.estimated("flow"), no_usd = Q.unconverted("flow"),
    stocks = Q.other_basis("flow"),
  }:first()
  rows[#rows + 1] = { article.doc, article.date or "-", tostring(amounts), millions(t.usd),
                      tostring(t.estimated), tostring(t.no_usd), tostring(t.stocks) }
end

local header = { "article", "date", "amounts", "flows US$ (m)", "estimated", "no_usd", "stocks" }
local widths = {}
for i, h in ipairs(header) do widths[i] = utf8.len(h) end
for _, r in ipairs(rows) do
  for i, cell in ipairs(r) do widths[i] = math.max(widths[i], utf8.len(cell) or #cell) end
end

local function line(cells)
  local out = {}
  for i, cell in ipairs(cells) do
    local pad = string.rep(" ", widths[i] - (utf8.len(cell) or #cell))
    out[i] = (i >= 3) and (pad .. cell) or (cell .. pad) -- numbers right-aligned
  end
  print((table.concat(out, "  "):gsub("%s+$", "")))
end

line(header)
local rule = {}
for i, w in ipairs(widths) do rule[i] = string.rep("-", w) end
print(table.concat(rule, "  "))
for _, r in ipairs(rows) do line(r) end
print(Q.usd_note(all, "flow"))
