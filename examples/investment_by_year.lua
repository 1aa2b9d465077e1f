--- Investment by year: how much investment the articles state for each
-- year, in US dollars, and how many facts that is.
--
--     ivlua examples/investment_by_year.lua [-f FORMAT] PATH...
--
-- The year is the fact's as_of when the text dates it, else the year of
-- the article. Only flows (capital of a period) are summed: a stock, a
-- total to date, already holds the flows of the years before it. The
-- columns and the note under the table say what each total left out.

local Q = ivlua.query
local opts, paths = require("ivlua.cli").script_args({ ... }, { f = "text" },
  "ivlua investment_by_year.lua [-f FORMAT] PATH...")

local year = Q.key("year", function(f)
  local date = f.as_of or f.article.date
  return date and math.tointeger(tonumber(date:match("^(%d%d%d%d)")))
end)

Q.facts(ivlua.load(table.unpack(paths)), { type = "investment" })
  :usd_by("flow", year)
  :order_by("year")
  :print(opts.f)
