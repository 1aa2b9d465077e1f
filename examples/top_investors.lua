--- Top investors into each province, by US dollars: for every province (in
-- its 2025 borders), the N investors with the most investment stated.
--
--     ivlua examples/top_investors.lua [-f FORMAT] [-n N] PATH...
--
-- An investor is a country code (KR, JP), a company, or * for foreign
-- investors at large. Amounts are summed as the facts state them in US$.

local Q = ivlua.query
local opts, paths = require("ivlua.cli").script_args({ ... }, { f = "text", n = 3 },
  "ivlua top_investors.lua [-f FORMAT] [-n N] PATH...")

local corpus = ivlua.load(table.unpack(paths))
local by_pair = Q.facts(corpus, { type = "investment", amount_usd = Q.exists() })
  :group_by({ province = Q.province_2025("target") }, "investor", { usd = Q.sum("amount_usd"), facts = Q.count() })
  :order_by("province", "-usd", "investor")

-- Keep the first N rows of each province (the rows come sorted).
local seen = {}
by_pair:where(function(row)
  seen[row.province] = (seen[row.province] or 0) + 1
  return seen[row.province] <= opts.n
end):print(opts.f)
