--- ivlua report: one self-contained HTML page on a corpus: investment by
-- province, by investor and by year, the sectors in the news, the
-- agreements timeline and the articles, each a sortable table with a bar
-- chart where there is something to count.
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
  -h, --help         show this help]]

-- The year an investment is stated for: its as_of, else its article's date.
local investment_year = Q.key("year", function(f)
  local d = f.as_of or f.article.date
  return d and math.tointeger(tonumber(d:match("^(%d%d%d%d)")))
end)

local function sections(corpus)
  local investments = Q.facts(corpus, { type = "investment" })
  local by_usd = { usd = Q.sum("amount_usd"), facts = Q.count(), projects = Q.sum("projects") }
  return {
    {
      title = "Investment by province",
      note = "Investment facts by target, in the 34 provinces of 2025 (VN: the country as a whole); amounts in US$ as stated or converted.",
      rows = investments:group_by({ province = Q.province_2025("target") }, by_usd):order_by("-usd", "province"):all(),
    },
    {
      title = "Investment by investor",
      note = "A country code, a company, or * for foreign investors at large.",
      rows = investments:group_by("investor", { usd = Q.sum("amount_usd"), facts = Q.count(), targets = Q.distinct("target") })
        :order_by("-usd", "investor"):all(),
    },
    {
      title = "Investment by year",
      note = "The year an amount is stated for, else the article's year.",
      rows = investments:group_by(investment_year, { usd = Q.sum("amount_usd"), facts = Q.count() }):order_by("year"):all(),
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
