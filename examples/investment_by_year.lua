--- Investment by year: how much investment the articles state for each
-- year, how many facts, and from how many distinct investors.
--
--     ivlua examples/investment_by_year.lua [-f FORMAT] PATH...
--
-- The year is the fact's as_of when the text dates it, else the year of
-- the article.

local Q = ivlua.query
local opts, paths = require("ivlua.cli").script_args({ ... }, { f = "text" }, "ivlua investment_by_year.lua [-f FORMAT] PATH...")

local year = Q.key("year", function(f)
  local date = f.as_of or f.article.date
  return date and math.tointeger(tonumber(date:match("^(%d%d%d%d)")))
end)

Q.facts(ivlua.load(table.unpack(paths)), { type = "investment" })
  :group_by(year, { usd = Q.sum("amount_usd"), facts = Q.count(), investors = Q.distinct("investor") })
  :select("year", "usd", "facts", { investors = function(r) return #r.investors end })
  :order_by("year")
  :print(opts.f)
