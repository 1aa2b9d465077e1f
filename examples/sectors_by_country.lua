--- Sectors by country: for each investing country, the sectors named in
-- the sentences that state its investments.
--
--     ivlua examples/sectors_by_country.lua [-f FORMAT] PATH...
--
-- A company's country is the origin the gazetteer gives it (Samsung: KR);
-- investments from "foreign investors" at large (*) have none.

local Q = ivlua.query
local opts, paths = require("ivlua.cli").script_args({ ... }, { f = "text" }, "ivlua sectors_by_country.lua [-f FORMAT] PATH...")

-- The investor's country: the code itself, or the origin of the company
-- mention the fact was linked from.
local country = Q.key("country", function(f)
  if f.investor:match("^%u%u$") then return f.investor end
  for _, m in ipairs(f.mentions) do
    if m.type == "organization" and m.origin and (m.name == f.investor or m.canonical == f.investor) then
      return m.origin
    end
  end
end)

local corpus = ivlua.load(table.unpack(paths))
Q.facts(corpus, { type = "investment" })
  :join(Q.entities(corpus, { type = "sector" }), "doc", { prefix = "sector_" })
  :where(function(r) return r.sector_start >= r.start and r.sector_end <= r["end"] end)
  :group_by(country, { sectors = Q.distinct("sector_name"), mentions = Q.count() })
  :having { country = Q.exists() }
  :order_by("-mentions", "country")
  :print(opts.f)
