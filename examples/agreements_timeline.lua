--- The agreements timeline: every agreement and partnership the articles
-- report, oldest first, with the parties and the sectors it covers.
--
--     ivlua examples/agreements_timeline.lua [-f FORMAT] PATH...
--
-- An agreement with no date stated is placed at its article's date.

local Q = ivlua.query
local opts, paths = require("ivlua.cli").script_args({ ... }, { f = "text" }, "ivlua agreements_timeline.lua [-f FORMAT] PATH...")

local corpus = ivlua.load(table.unpack(paths))
local agreements = Q.facts(corpus, { type = "agreement" }):map(function(f)
  return { when = f.date or f.article.date, stated = f.date and "yes" or "no", kind = "agreement",
           parties = f.parties, sectors = f.sectors, doc = f.doc }
end)
local partnerships = Q.facts(corpus, { type = "partnership" }):map(function(f)
  return { when = f.since and tostring(f.since), stated = "yes", kind = "partnership",
           parties = f.parties, doc = f.doc }
end)

-- One list of both, in date order (a year sorts before its dates).
local rows = agreements:all()
for row in partnerships:rows() do rows[#rows + 1] = row end
Q.from(rows)
  :select("when", "kind", "parties", "sectors", "stated", "doc")
  :order_by("when", "doc")
  :print(opts.f)
