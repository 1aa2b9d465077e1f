-- A user rule: tonnages ("5,000 tonnes", "2.5 million tons") as a new
-- entity type. Use it with
--   ivlua extract --rules examples/rules/tonnage.lua examples/corpus
-- or dofile() it from a script before loading articles.
-- {number} and {magnitude} are ivlua's shared pattern fragments; without a
-- normalize function the number in the match (times its magnitude) is the
-- value, and `fields` adds constant fields.
ivlua.rule {
  name = "tonnage",
  type = "tonnage",
  pattern = "({number})({magnitude})?[\\s-]*(?:metric\\s+)?(?i:tonnes|tons|tonne|ton){end}",
  fields = { unit = "t" },
}
