--- ivlua report: one self-contained HTML page on a corpus: investment by
-- province, by investor and by year (flows, in US$), the stocks (totals to
-- date, listed apart), the sectors in the news, the agreements timeline
-- and the articles, each a sortable table with a bar chart where there is
-- something to count. Every total says what it left out, and links to the
-- facts it counts (a block per total), every fact to its row in Facts (its
-- sentence and fields). Provinces have their 2025 names, the older one in
-- parentheses; a target not in a province (VN, a country as a whole) is
-- totalled apart, never charted as a province.
--
--     ivlua report PATH... -o report.html

local ivlua = require "ivlua"
local cli = require "ivlua.cli"
local html = require "ivlua.html"
local format = require "ivlua.format"
local Q = ivlua.query

local USAGE = [[
usage: ivlua report [options] PATH... [-o report.html]
  -o, --output FILE  write the page to FILE (atomically) instead of stdout
  --title TEXT       the page's title
  --load FILE        run the Lua FILE first (rules, fact rules)
  --gazetteer FILE   add the names of a TSV file
  -j, --jobs N       extract N articles at once (default: one per core)
]] .. cli.READING_USAGE .. "\n" .. [[  -h, --help         show this help]]

-- The year an investment is stated for: its as_of, else its article's date.
local investment_year = Q.key("year", function(f)
  local d = f.as_of or f.article.date
  return d and math.tointeger(tonumber(d:match("^(%d%d%d%d)")))
end)

-- An investor's country (Samsung under KR), else the investor itself: a
-- company of unknown origin, or * for foreign investors at large.
local investor_country = Q.investor_country()
local investor = Q.key("investor", function(f) return investor_country(f) or f.investor end)

local FLOWS = "In US$ as stated, or converted at the year's average rate (counted in 'estimated'); "
  .. "stocks are listed apart below. "

-- A section note: what the table is, then what its totals left out.
local function noted(text, t)
  return text .. (t.note or "")
end

-- {======================================================================
-- Places: one naming of provinces
-- =======================================================================

-- A target the gazetteer places in a province: { province = its 2025
-- name, old = the province it was in before, where that differs, whole =
-- true when it is a province itself (not a city or district in one) };
-- nil for a country (VN, AU), a place abroad or no target.
local place_cache = {}
local function place(target)
  if type(target) ~= "string" then return nil end
  local p = place_cache[target]
  if p == nil then
    local e = ivlua.gazetteer.lookup(target)
    p = false
    if e and e.province_2025 and not target:match("^%u%u$") then
      local old = e.province or e.name
      p = { province = e.province_2025, old = old ~= e.province_2025 and old or nil, whole = e.name == old }
    end
    place_cache[target] = p
  end
  return p or nil
end

-- A province as the page names it: "Bắc Ninh (Bắc Giang)", the 2025 name
-- with the older names in parentheses where they differ.
local function province_label(name, olds)
  local list = {}
  for old in pairs(olds or {}) do list[#list + 1] = old end
  table.sort(list)
  if #list == 0 then return name end
  return name .. " (" .. table.concat(list, ", ") .. ")"
end

-- A place as the page names it: a province in 2025 naming, anything else
-- (a city, a country, a company) as written; a list, each of its values.
local function place_label(v)
  if type(v) == "table" then
    local out = {}
    for i, x in ipairs(v) do out[i] = place_label(x) end
    return out
  end
  local p = place(v)
  if not (p and p.whole) then return v end
  return province_label(p.province, p.old and { [p.old] = true })
end

-- }======================================================================

-- {======================================================================
-- Facts: numbered as 'ivlua explain FILE:N' numbers them
-- =======================================================================

-- All facts in order, and for each its anchor (fact-A-K: the Kth fact of
-- the Ath article) and its name, doc:K (path:K when two docs share a name).
local function number_facts(corpus)
  local all, where, docs = {}, {}, {}
  for _, a in ipairs(corpus) do docs[a.doc] = (docs[a.doc] or 0) + 1 end
  for ai, a in ipairs(corpus) do
    local k = 0
    for f in a:facts() do
      k = k + 1
      all[#all + 1] = f
      where[f] = { id = string.format("fact-%d-%d", ai, k),
        loc = string.format("%s:%d", docs[a.doc] > 1 and a.path or a.doc, k) }
    end
  end
  return all, where
end

local ROLE = {
  added = "added", inside = "inside the foreign total (*) of its article", part = "part of a total counted whole",
  no_usd = "no US$ value", other = "stock: not summed", none = "no basis",
}

-- }======================================================================

-- {======================================================================
-- Totals that link to their facts
-- =======================================================================

local function group_id(v) return type(v) .. ":" .. tostring(v) end

-- The US$ totals of 'facts' by 'key' (named 'name'), ordered by 'order',
-- each row tied to the facts it counts: { rows =, columns =, note =,
-- members = { row -> facts }, ids = { row -> anchor } }. 'label(v, facts)'
-- gives a key's label in the table and chart.
local function totals(prefix, facts, name, key, order, label)
  local result = Q.from(facts):usd_by("flow", Q.key(name, key)):order_by(table.unpack(order)):all()
  local groups = {}
  for _, f in ipairs(facts) do
    local g = group_id(key(f))
    groups[g] = groups[g] or {}
    table.insert(groups[g], f)
  end
  local t = { rows = {}, columns = result:columns(), note = result:note(), members = {}, ids = {} }
  for i, r in ipairs(result) do
    local members = groups[group_id(r[name])] or {}
    local row = {}
    for k, v in pairs(r) do row[k] = v end
    if label then row[name] = label(r[name], members) end
    t.rows[i], t.members[row], t.ids[row] = row, members, string.format("src-%s-%d", prefix, i)
  end
  return t
end

-- The section of a table of totals: each total (its label and numbers) and
-- each bar links to the block of its facts.
local function totals_section(t, title, note, fields)
  fields = fields or {}
  local function href(row, column)
    if column == nil or column == t.columns[1] or column == "usd" or column == "facts" then return "#" .. t.ids[row] end
  end
  local chart = { label = t.columns[1], value = "usd", href = href }
  if fields.chart == false then chart = false end
  return {
    id = fields.id, level = fields.level, title = title, note = note, note_html = fields.note_html,
    rows = t.rows, columns = t.columns, chart = chart, links = { href = href },
  }
end

-- The blocks behind a table of totals: for each total, its facts with what
-- the total did with each, the sentence and the fact it links to.
local function sources_html(t, where, unit)
  local columns = { "fact", "counted", "usd", "investor", "target", "as_of", "sentence" }
  local links = {
    href = function(row, column) if column == "fact" then return "#" .. row.id end end,
    class = { sentence = "text" },
  }
  local out = {}
  for _, row in ipairs(t.rows) do
    local members = t.members[row]
    local roles = Q.usd_roles(members, "flow")
    local rows, added = {}, 0
    for _, f in ipairs(members) do
      local role = roles[f]
      if role == "added" then added = added + 1 end
      rows[#rows + 1] = { id = where[f].id, fact = where[f].loc, counted = ROLE[role] or role, usd = f.usd,
        investor = f.investor, target = place_label(f.target), as_of = f.as_of, sentence = f.text }
    end
    local label = row[t.columns[1]]
    label = label ~= nil and format.cell(label) or "(no " .. t.columns[1] .. ")"
    local total = row.usd and (format.grouped(row.usd) .. " US$, the sum of the " .. added .. " fact"
      .. (added == 1 and "" or "s") .. " added") or "no US$ total"
    out[#out + 1] = string.format('<div class="src" id="%s"><h4>%s %s: %s (%d fact%s)</h4>', t.ids[row],
      html.escape(unit), html.escape(label), html.escape(total), #members, #members == 1 and "" or "s")
    out[#out + 1] = html.table_open(columns)
    local numeric = format.numeric_columns(rows, columns)
    for _, r in ipairs(rows) do out[#out + 1] = html.table_row(r, columns, numeric, links) end
    out[#out + 1] = html.TABLE_CLOSE .. "</div>\n"
  end
  return table.concat(out)
end

-- The sentence of an article that holds byte 'pos' (its sentences are in
-- order: a binary search).
local function sentence_at(a, pos)
  local list = a.sentences or {}
  local lo, hi = 1, #list
  while lo <= hi do
    local mid = (lo + hi) // 2
    local s = list[mid]
    if pos < s.start then hi = mid - 1
    elseif pos >= s["end"] then lo = mid + 1
    else return s.text end
  end
  return nil
end

-- The sectors in the news, each row and bar linked to the block of its
-- mentions (the article, the words, the sentence): { rows =, html = }.
local function sectors(corpus)
  local result = Q.entities(corpus, { type = "sector" })
    :group_by("name", { mentions = Q.count(), docs = Q.distinct("doc") })
    :select("name", "mentions", { articles = function(r) return #r.docs end })
    :order_by("-mentions", "name"):all()
  local mentions = {}
  for _, a in ipairs(corpus) do
    for e in a:entities("sector") do
      local list = mentions[e.name] or {}
      mentions[e.name] = list
      list[#list + 1] = { doc = a.doc, words = e.text, sentence = sentence_at(a, e.start) or "" }
    end
  end
  local ids, out = {}, {}
  local columns = { "doc", "words", "sentence" }
  local links = { class = { sentence = "text" } }
  for i, r in ipairs(result) do
    ids[r] = "src-sector-" .. i
    local list = mentions[r.name] or {}
    out[#out + 1] = string.format('<div class="src" id="%s"><h4>Sector %s: %d mention%s in %d article%s</h4>', ids[r],
      html.escape(format.cell(r.name)), #list, #list == 1 and "" or "s", r.articles, r.articles == 1 and "" or "s")
    out[#out + 1] = html.table_open(columns)
    local numeric = format.numeric_columns(list, columns)
    for _, m in ipairs(list) do out[#out + 1] = html.table_row(m, columns, numeric, links) end
    out[#out + 1] = html.TABLE_CLOSE .. "</div>\n"
  end
  local function href(row) return "#" .. ids[row] end
  return {
    title = "Sectors in the news",
    note = "Mentions of a sector's words; each row links to its mentions and their sentences.",
    rows = result,
    chart = { label = "name", value = "mentions", href = href },
    links = { href = href },
  }, table.concat(out)
end

-- A fact's fields as one cell: "investor=KR · target=Bắc Ninh (Bắc Giang) · ..."
local function fields_text(f)
  local parts = {}
  for _, k in ipairs(ivlua.fields(f.type) or {}) do
    local v = f[k]
    if v ~= nil and k ~= "rule" then -- the rule has a column of its own
      if k == "target" then v = place_label(v) end
      parts[#parts + 1] = k .. "=" .. format.cell(v)
    end
  end
  return table.concat(parts, " · ")
end

-- }======================================================================

local function sections(corpus)
  local all, where = number_facts(corpus)
  local function fact_ref(f) return where[f].loc end
  local fact_href = {}
  for _, f in ipairs(all) do fact_href[where[f].loc] = "#" .. where[f].id end
  local function fact_link(row, column) if column == "fact" then return fact_href[row.fact] end end

  local investments, located, elsewhere = {}, {}, {}
  for _, f in ipairs(all) do
    if f.type == "investment" then
      investments[#investments + 1] = f
      table.insert(place(f.target) and located or elsewhere, f)
    end
  end

  local by_province = totals("province", located, "province", function(f) return place(f.target).province end,
    { "-usd", "province" }, function(v, members)
      local olds = {}
      for _, f in ipairs(members) do
        local p = place(f.target)
        if p.old then olds[p.old] = true end
      end
      return province_label(v, olds)
    end)
  local outside = totals("elsewhere", elsewhere, "target", function(f) return f.target end, { "-usd", "target" })
  local by_investor = totals("investor", investments, "investor", investor, { "-usd", "investor" })
  local by_year = totals("year", investments, "year", investment_year, { "year" })

  local outside_usd, outside_facts = 0, #elsewhere
  for _, r in ipairs(outside.rows) do outside_usd = outside_usd + (r.usd or 0) end
  local outside_note = string.format("Of these, %d investment fact%s not located in a province (a country as "
    .. "a whole, such as VN, a place abroad, no target)%s %s not in this chart or table but in "
    .. "'Not located in a province' below.", outside_facts, outside_facts == 1 and "" or "s",
    outside_usd > 0 and (", " .. format.grouped(outside_usd) .. " US$ of flows,") or "",
    outside_facts == 1 and "is" or "are")

  local sectors_section, sectors_html = sectors(corpus)

  local stocks = {}
  for _, f in ipairs(investments) do
    if f.basis == "stock" then
      local p = place(f.target)
      stocks[#stocks + 1] = { province = p and province_label(p.province, p.old and { [p.old] = true })
          or ("not in a province: " .. format.cell(f.target)), outside = p == nil,
        investor = investor(f), usd = f.usd, projects = f.projects, rank = f.rank, as_of = f.as_of, fact = fact_ref(f) }
    end
  end
  table.sort(stocks, function(a, b)
    if a.outside ~= b.outside then return b.outside end
    if a.province ~= b.province then return a.province < b.province end
    return (a.usd or -math.huge) > (b.usd or -math.huge)
  end)

  local function of_type(t)
    local list = {}
    for _, f in ipairs(all) do if f.type == t then list[#list + 1] = f end end
    return Q.from(list)
  end

  local audit = {}
  for _, f in ipairs(all) do
    audit[#audit + 1] = { id = where[f].id, fact = where[f].loc, type = f.type, rule = f.rule, sentence = f.text,
      fields = fields_text(f) }
  end

  return {
    totals_section(by_province, "Investment by province",
      "Investment facts by target, in the 34 provinces of 2025, each named as in 2025 with the names its "
        .. "facts gave it before, where they differ, in parentheses. Each total links to its facts. " .. FLOWS
        .. Q.usd_note(investments, "flow") .. " " .. outside_note),
    totals_section(outside, "Not located in a province",
      "Investment facts whose target is a country (VN: the country as a whole), a place abroad or none: not "
        .. "charted with the provinces. " .. (outside.note or ""), { level = 3, chart = false }),
    totals_section(by_investor, "Investment by investor",
      noted("An investor's country (a company under its investor_country), a company of unknown origin, "
        .. "or * for foreign investors at large. " .. FLOWS, by_investor)),
    totals_section(by_year, "Investment by year",
      noted("The year an amount is stated for, else the article's year. " .. FLOWS, by_year)),
    {
      title = "Stocks: investment to date",
      note = "Cumulative totals as of a date (has invested ... to date, valid projects, the largest investor with ...), "
        .. "one row each, not summed: a stock already holds the flows before it, and a company's total is part of its "
        .. "country's. Each links to its fact.",
      chart = {
        label = "investor", value = "usd",
        text = function(r) return table.concat({ format.cell(r.investor), format.cell(r.province), format.cell(r.as_of) }, ", ") end,
        href = function(r) return fact_href[r.fact] end,
      },
      columns = { "province", "investor", "usd", "projects", "rank", "as_of", "fact" },
      rows = stocks,
      links = { href = fact_link },
    },
    sectors_section,
    {
      title = "Agreements",
      chart = false,
      rows = of_type("agreement"):select("date", { parties = function(f) return place_label(f.parties) end }, "sectors",
        { fact = fact_ref }):order_by("date", "fact"):all(),
      links = { href = fact_link },
    },
    {
      title = "Partnerships",
      chart = false,
      rows = of_type("partnership"):select("since", { parties = function(f) return place_label(f.parties) end },
        { fact = fact_ref }):order_by("since", "fact"):all(),
      links = { href = fact_link },
    },
    {
      title = "Articles",
      chart = false,
      rows = Q.articles(corpus):select("date", "title", { dateline = function(r) return place_label(r.dateline) end },
        "entities", "doc"):order_by("date", "doc"):all(),
    },
    {
      id = "sources", title = "Sources of the totals",
      note = "For each total above, the facts of its group and what the total did with each: added to usd, "
        .. "or counted in another column (inside a foreign total, no US$ value, a stock). A fact links to its row "
        .. "in Facts. Then, for each sector, its mentions and their sentences.",
      html = "<h3>By province</h3>\n" .. sources_html(by_province, where, "Province")
        .. "<h3>Not located in a province</h3>\n" .. sources_html(outside, where, "Target")
        .. "<h3>By investor</h3>\n" .. sources_html(by_investor, where, "Investor")
        .. "<h3>By year</h3>\n" .. sources_html(by_year, where, "Year")
        .. "<h3>Sectors</h3>\n" .. sectors_html,
    },
    {
      id = "facts", title = "Facts",
      note = "Every fact of the corpus: its file and number (as 'ivlua explain FILE:N' takes it), the sentence it was "
        .. "read from and its fields (a target named as in 2025, its older name in parentheses).",
      chart = false,
      columns = { "fact", "type", "rule", "sentence", "fields" },
      rows = audit,
      links = { id = function(r) return r.id end, class = { sentence = "text", fields = "text" } },
    },
  }
end

local spec = cli.reading { title = "value" }
spec.format = nil -- a report is HTML
local cmd = cli.command("report", USAGE, spec, { o = "output" })
local opts, paths = cmd.parse({ ... })
cmd.setup(opts)
local corpus, failures = cmd.load(paths)
local counts = Q.facts(corpus):group_by("type"):all()
local entities = 0
for a in corpus:articles() do entities = entities + #a end -- the store's count: no entity tables made
local summary = {}
for _, r in ipairs(counts) do summary[#summary + 1] = string.format("%d %s", r.count, r.type) end
local page = html.page {
  title = opts.title or "Investment and cooperation news",
  intro = string.format("%d articles, %d entities; facts: %s. Made by ivlua %s from %s.",
    #corpus, entities, #summary > 0 and table.concat(summary, ", ") or "none",
    ivlua.version, table.concat(paths, ", ")),
  sections = sections(corpus),
}
cmd.output(opts, function(out) out:write(page) end)
if failures > 0 then os.exit(1, true) end
