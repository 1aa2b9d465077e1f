--- Sectors by country: for each investing country, the sectors named in
-- the sentences that state its investments.
--
--     ivlua examples/sectors_by_country.lua [-f FORMAT] PATH...
--
-- A company counts for its investor_country (Samsung: KR); an investor
-- that is a country code counts for itself; investments from "foreign
-- investors" at large (*) and companies of unknown origin have none.

local Q = ivlua.query
local opts, paths = require("ivlua.cli").script_args({ ... }, { f = "text" }, "ivlua sectors_by_country.lua [-f FORMAT] PATH...")

local corpus = ivlua.load(table.unpack(paths))
Q.facts(corpus, { type = "investment" })
  :join(Q.entities(corpus, { type = "sector" }), "doc", { prefix = "sector_" })
  :where(function(r) return r.sector_start >= r.start and r.sector_end <= r["end"] end)
  :group_by(Q.investor_country(), { sectors = Q.distinct("sector_name"), mentions = Q.count() })
  :having { country = Q.exists() }
  :order_by("-mentions", "country")
  :print(opts.f)
