--- ivlua report: one self-contained HTML page on a corpus: investment by
-- province, by investor and by year (flows, in US$), the stocks (totals to
-- date, listed apart), the sectors in the news, the agreements timeline
-- and the articles, each a sortable table with a bar chart where there is
-- something to count. Every total says what it left out.
--
--     ivlua report PATH... -o report.html

local ivlua = require "ivlua"
local cli = require "ivlua.cli"
local html = require "ivlua.html"
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
local function noted(text, result)
  return text .. (result:note() or "")
end

local function sections(corpus)
  local investments = Q.facts(corpus, { type = "investment" })
  local by_province = investments:usd_by("flow", { province = Q.province_2025("target") })
    :order_by("-usd", "province"):all()
  local by_investor = investments:usd_by("flow", investor):order_by("-usd", "investor"):all()
  local by_year = investments:usd_by("flow", investment_year):order_by("year"):all()
  return {
    {
      title = "Investment by province",
      note = noted("Investment facts by target, in the 34 provinces of 2025 (VN: the country as a whole). " .. FLOWS, by_province),
      rows = by_province,
    },
    {
      title = "Investment by investor",
      note = noted("An investor's country (a company under its investor_country), a company of unknown origin, "
        .. "or * for foreign investors at large. " .. FLOWS, by_investor),
      rows = by_investor,
    },
    {
      title = "Investment by year",
      note = noted("The year an amount is stated for, else the article's year. " .. FLOWS, by_year),
      rows = by_year,
    },
    {
      title = "Stocks: investment to date",
      note = "Cumulative totals as of a date (has invested ... to date, valid projects, the largest investor with ...), "
        .. "one row each, not summed: a stock already holds the flows before it, and a company's total is part of its "
        .. "country's.",
      chart = { label = "investor", value = "usd" },
      rows = Q.facts(corpus, { type = "investment", basis = "stock" })
        :select({ province = Q.province_2025("target") }, investor, "usd", "projects", "rank", "as_of", "doc")
        :order_by("province", "-usd"):all(),
    },
    {
      title = "Sectors in the news",
      rows = Q.entities(corpus, { type = "sector" })
        :group_by("name", { mentions = Q.count(), docs = Q.distinct("doc") })
        :select("name", "mentions", { articles = function(r) return #r.docs end })
        :order_by("-mentions", "name"):all(),
    },
    {
      title = "Agreements",
      chart = false,
      rows = Q.facts(corpus, { type = "agreement" }):select("date", "parties", "sectors", "doc"):order_by("date", "doc"):all(),
    },
    {
      title = "Partnerships",
      chart = false,
      rows = Q.facts(corpus, { type = "partnership" }):select("since", "parties", "doc"):order_by("since", "doc"):all(),
    },
    {
      title = "Articles",
      chart = false,
      rows = Q.articles(corpus):select("date", "title", "dateline", "entities", "doc"):order_by("date", "doc"):all(),
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
