--- Top investors into each province, by US dollars: for every province (in
-- its 2025 borders), the N investors with the most investment stated.
--
--     ivlua examples/top_investors.lua [-f FORMAT] [-n N] [-b flow|stock] PATH...
--
-- An investor is its country (a company under its investor_country:
-- Samsung is KR), a company of unknown origin, or * for foreign investors
-- at large. By default (-b flow) the flows are summed: capital licensed,
-- added or bought in a period. With -b stock the stocks (totals to date)
-- are listed instead, one fact a row with its date: stocks are compared,
-- never added, to each other or to flows. Amounts in other currencies are
-- in US$ at the yearly average rate of their year (counted in 'estimated').
-- The note under the table says what was left out.

local Q = ivlua.query
local USAGE = "ivlua top_investors.lua [-f FORMAT] [-n N] [-b flow|stock] PATH..."
local opts, paths, fail = require("ivlua.cli").script_args({ ... }, { f = "text", n = 3, b = "flow" }, USAGE)
if opts.b ~= "flow" and opts.b ~= "stock" then fail("-b is flow or stock, got '" .. opts.b .. "'") end

local country = Q.investor_country()
local investor = Q.key("investor", function(f) return country(f) or f.investor end)
local province = { province = Q.province_2025("target") }

local corpus = ivlua.load(table.unpack(paths))
local investments = Q.facts(corpus, { type = "investment" })
local ranked
if opts.b == "stock" then
  ranked = investments:where { basis = "stock", usd = Q.exists() }
    :select(province, investor, "usd", "projects", "rank", "as_of")
    :order_by("province", "-usd", "investor")
else
  ranked = investments:usd_by(opts.b, province, investor)
    :having { usd = Q.exists() }
    :order_by("province", "-usd", "investor")
end

-- Keep the first N rows of each province (the rows come sorted).
local seen = {}
ranked:where(function(row)
  seen[row.province] = (seen[row.province] or 0) + 1
  return seen[row.province] <= opts.n
end):print(opts.f, { note = Q.usd_note(investments, opts.b) })
