--- Money by article: for each article, how many amounts it states, the
-- largest one in US dollars, and the sum of its dollar amounts.
--
--     ivlua examples/money_by_article.lua examples/corpus
--
-- Amounts in other currencies are counted but not converted: ivlua reports
-- what the text says, and the text gives a dollar figure where it matters.

local paths = { ... }
if #paths == 0 then
  io.stderr:write("usage: ivlua money_by_article.lua PATH...\n")
  os.exit(2, true)
end

local function millions(v) return string.format("%.1f", v / 1e6) end

local rows = {}
paths[#paths + 1] = function(msg) io.stderr:write("ivlua: ", msg, "\n") end
for article in ivlua.each(table.unpack(paths)) do
  local n, usd, largest = 0, 0, nil
  for e in article:entities("money") do
    n = n + 1
    if e.currency == "USD" then
      usd = usd + e.value
      if not largest or e.value > largest.value then largest = e end
    end
  end
  rows[#rows + 1] = { article.doc, article.date or "-", tostring(n),
                      largest and largest.text or "-", millions(usd) }
end

local header = { "article", "date", "amounts", "largest US$", "sum of US$ mentions (m)" }
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
  print(table.concat(out, "  "))
end

line(header)
local rule = {}
for i, w in ipairs(widths) do rule[i] = string.rep("-", w) end
print(table.concat(rule, "  "))
for _, r in ipairs(rows) do line(r) end
